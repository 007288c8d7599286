import Testing

@testable import CableMark

@Suite struct CablegateHTMLReaderTests {
    typealias Support = ContainerTestSupport

    static let page = """
        <div class='pane big'>
        <h3>Viewing cable 09ROME1, TITLE</h3>
        <table class='cable'>
        <tr>
        <th>Reference ID</th>
        <th>Created</th>
        <th>Released</th>
        <th>Classification</th>
        <th>Origin</th>
        </tr>
        <tr>
        <td>
        <a href='/cable/2009/01/09ROME1.html'>09ROME1</a>
        </td>
        <td>
        <a href='/date/2009-01_0.html'>2009-01-02 03:04</a>
        </td>
        <td>
        <a href='/reldate/2011-01-01_0.html'>2011-01-01 00:00</a>
        </td>
        <td>
        <a href='/classification/1_0.html' title='unclassified'>CONFIDENTIAL</a>
        </td>
        <td>
        <a href='/origin/1_0.html'>Embassy Rome &amp; Vatican</a>
        </td>
        </tr>
        </table>
        <code><pre>VZCZCXYZ0001&#x000A;ZNY CCCCC ZZH&#x000A;FM AMEMBASSY ROME</pre></code>
        <code><pre>C O N F I D E N T I A L ROME 000001 &#x000A;&#x000A;TAGS: <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/IT_0.html'>IT</a>&#x000A;SUBJECT: AT&T & R&D &amp; MORE&#x000A;&#x000A;<a id='par1' href='#par1'>¶</a>1. (C) Text &lt;here&gt;.&#x000A;</pre></code>
        </div>

        """

    @Test func theTwoPreBlocksBecomeTheCableTextMappedToThePage() throws {
        let cable = try Support.cable(Support.read(Self.page, as: .cablegateHTML).first)
        #expect(
            Support.string(cable.text) == """
                VZCZCXYZ0001
                ZNY CCCCC ZZH
                FM AMEMBASSY ROME
                C O N F I D E N T I A L ROME 000001 \n
                TAGS: PREL IT
                SUBJECT: AT&T & R&D & MORE

                ¶1. (C) Text <here>.

                """)
        #expect(Support.position(of: "FM AMEMBASSY", in: cable) == [29, 53])
        #expect(Support.position(of: "C O N", in: cable) == [30, 12])
        #expect(Support.position(of: "PREL", in: cable) == [30, 97])
        #expect(Support.position(of: "R&D", in: cable) == [30, 161])
        #expect(Support.position(of: "& MORE", in: cable) == [30, 165])
        #expect(Support.position(of: "1. (C)", in: cable) == [30, 222])
        #expect(Support.position(of: "<here", in: cable) == [30, 234])
    }

    @Test func theTableGivesMetadataAndTheClassificationIsTheLinkTextNotItsTitle() throws {
        let cable = try Support.cable(Support.read(Self.page, as: .cablegateHTML).first)
        let metadata = cable.metadata
        #expect(metadata.referenceID?.text == "09ROME1")
        #expect(Support.span(metadata.referenceID) == [13, 39, 13, 46])
        #expect(metadata.classification?.text == "CONFIDENTIAL")
        #expect(Support.span(metadata.classification) == [22, 57, 22, 69])
        #expect(metadata.origin?.text == "Embassy Rome & Vatican")
        #expect(Support.span(metadata.origin) == [25, 28, 25, 54])
        // Created, not Released.
        #expect(metadata.date == CalendarDate(year: 2009, month: 1, day: 2))
        #expect(Support.span(metadata.dateField) == [16, 32, 16, 48])
    }

    @Test func theDecodedBlocksEqualLibxml2sTextOfThePreElements() throws {
        let bytes = Array(Self.page.utf8)
        let cable = try Support.cable(ContainerReaders.read(bytes, format: .cablegateHTML).first)
        let root = try #require(XMLDocument.parseHTML(bytes)?.root)
        let libxml2Text = root.descendants(named: "pre").map(\.textContent).joined(separator: "\n")
        #expect(Support.string(cable.text) == libxml2Text)
    }

    @Test(arguments: [
        "A &amp; B &amp C &foo; D &#65 E &#x;F &#1;G &para; &apos; &eacute; &#x1F600; AT&T R&D",
        "x < /a> y <b>bold</b> <p>para</p> </table> <!-- note --> z",
        "line\r\nnext\rlast\n",
    ])
    func referencesAndStrayMarkupDecodeAsLibxml2Does(content: String) throws {
        let bytes = Array("<div><pre>\(content)</pre></div>".utf8)
        let root = try #require(XMLDocument.parseHTML(bytes)?.root)
        let nodes = root.descendants(named: "pre")
        let element = try #require(RawHTMLElement.locate(lines: nodes.map(\.line), named: "pre", endingAt: ["/pre"], in: bytes).first)
        var decoded = SourceText()
        MarkupDecoder.decode(bytes, from: element.contentStart, to: element.contentEnd, mode: .html, into: &decoded)
        #expect(Support.string(decoded) == CorpusContainerTests.lineFeeds(nodes[0].textContent))
    }

    @Test func anOlderPageWithADateColumnAndOneBlock() throws {
        let page = """
            <table class='cable'>
            <tr><th>Reference ID</th><th>Date</th><th>Classification</th><th>Origin</th></tr>
            <tr><td><a href='x.html'>06MOSCOW1</a></td><td><a href='d.html'>2006-08-31 06:06</a></td><td><a href='c.html' title='secret'>UNCLASSIFIED</a></td><td><a href='o.html'>Embassy Moscow</a></td></tr>
            </table>
            <code><pre>UNCLAS MOSCOW 000001 &#x000A;&#x000A;<a id='par1' href='#par1'>¶</a>1. Text.</pre></code>
            """
        let cable = try Support.cable(Support.read(page, as: .cablegateHTML).first)
        #expect(Support.string(cable.text) == "UNCLAS MOSCOW 000001 \n\n¶1. Text.")
        #expect(cable.metadata.referenceID?.text == "06MOSCOW1")
        #expect(Support.span(cable.metadata.referenceID) == [3, 26, 3, 35])
        #expect(cable.metadata.classification?.text == "UNCLASSIFIED")
        #expect(cable.metadata.date == CalendarDate(year: 2006, month: 8, day: 31))
        #expect(cable.metadata.origin?.text == "Embassy Moscow")
        #expect(Support.position(of: "1. Text", in: cable) == [5, 80])
    }

    /// A no-break space is white space in a cell, as in the cable's own text: trimmed from a
    /// value's ends, one space between words, the range on the value's first and last letter;
    /// a header "Reference&nbsp;ID" names its column.
    @Test func noBreakSpacesInACellAreWhiteSpace() throws {
        let page = """
            <table class='cable'>
            <tr><th>Reference&nbsp;ID</th><th>Classification</th><th>Origin</th></tr>
            <tr><td>06MOSCOW1</td><td>&nbsp; CONFIDENTIAL&nbsp;</td><td>\u{A0}Embassy&nbsp;&nbsp;Moscow \u{A0}</td></tr>
            </table>
            <code><pre>C O N F I D E N T I A L MOSCOW 000001 &#x000A;&#x000A;1. (C) Text.</pre></code>
            """
        let cable = try Support.cable(Support.read(page, as: .cablegateHTML).first)
        #expect(cable.metadata.referenceID?.text == "06MOSCOW1")
        #expect(cable.metadata.classification?.text == "CONFIDENTIAL")
        #expect(Support.span(cable.metadata.classification) == [3, 34, 3, 46])
        #expect(cable.metadata.origin?.text == "Embassy Moscow")
        #expect(Support.span(cable.metadata.origin) == [3, 62, 3, 87])
    }

    @Test func aPageWithoutAPreBlockIsUnreadable() {
        let page = Array("<html><body><table class='cable'><tr><th>Reference ID</th></tr></table></body></html>".utf8)
        let items = ContainerReaders.read(page, format: .cablegateHTML)
        #expect(items.count == 1)
        guard case .unreadable(let number, _, let reason) = items.first else {
            Issue.record("expected unreadable, got \(items)")
            return
        }
        #expect(number == nil)
        #expect(reason == "the page has no <pre> block with cable text")
    }
}
