import Testing

@testable import CableMark

/// The scanner reads a page only where it reads it as libxml2 does: libxml2's own parse of the
/// same bytes is the oracle, on pages in the shapes Cablegate sites write and on pages made to
/// trip it.
struct HTMLOutlineScannerTests {
    static let names: Set<String> = ["table", "tr", "th", "td", "pre"]

    static func libxml2s(_ page: String) -> HTMLOutline? {
        HTMLOutline(parsingWithLibxml2: Array(page.utf8), keeping: names, text: ["th"])
    }

    static func scanned(_ page: String) -> HTMLOutline? {
        HTMLOutlineScanner.outline(Array(page.utf8), keeping: names, text: ["th"])
    }

    static let table = """
        <table class='cable'>
        <tr>
        <th>Reference ID</th>
        <th>Created</th>
        <th>Classification</th>
        </tr>
        <tr>
        <td><a href='/cable/2009/04/09BELGRADE841.html'>09BELGRADE841</a></td>
        <td>2009-04-21 07:49</td>
        <td>CONFIDENTIAL</td>
        </tr>
        </table>
        """

    static let plainPages = [
        // A full page: declaration, document type, head, navigation, the table, the cable.
        """
        <?xml version='1.0' encoding='utf-8' ?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>
        <head>
        <title>Cable Viewer</title>
        <link href='/static/gfx/favicon.ico' rel='shortcut icon' />
        <script type='text/javascript'>if (a < b && c > d) { document.write('<pre></div>'); }</script>
        </head>
        <body>
        <div class='main'>
        <a href='/index.html'>
        <img alt='WikiLeaks logo' src='/static/gfx/WL_Hour_Glass_small.png' />
        <p>Currently released so far... 251287 / 251,287</p>
        </a>
        <!-- <pre>a comment</pre> -->
        <ul><li><a href="/date/2009-04_0.html">2009/04</a></li></ul>
        <br>
        \(table)
        <code><pre>R 211220Z APR 09&#x000A;FM AMEMBASSY BELGRADE</pre></code>
        <code><pre>C O N F I D E N T I A L BELGRADE 000841 &#x000A; &#x000A;TAGS: <a href='/tag/PREL_0.html'>PREL</a>&#x000A;<a id='par1' href='#par1' class='nav'>&#x00B6;</a>1. (C) Text.</pre></code>
        </div>
        </body>
        </html>

        """,
        // The cable's fragment of a page: libxml2 implies <html> and <body> around it.
        "<div class='pane big'>\n<h3>Viewing cable 09BELGRADE841</h3>\n\(table)\n<code><pre>text</pre></code>\n</div>\n",
        // Carriage returns, a tag and its attributes over several lines, unquoted and empty values.
        "<div\r\n  class=pane\r\n  id = 'x'\r\n  hidden>\r\n\(table)\r\n<pre\r\n>one</pre>\r\n</div>\r\n",
        // An empty element written the XML way; a non-empty one too (libxml2 ends it at once).
        "<div><br/><span/>\n\(table)\n<pre>x</pre></div>",
        // Header text from a descendant; a page cut off inside its table.
        "<div>\n<table>\n<tr>\n<th><b>Reference</b> ID</th>\n</tr>\n<tr>\n<td>09BELGRADE841",
        // A <pre> inside a <pre>; a table inside a cell.
        "<div><pre>\n<pre>nested</pre>\n</pre><table><tr><td><table><tr><th>Reference ID</th></tr></table></td></tr></table></div>",
        // Elements whose content browsers read as text and libxml2 reads as markup.
        "<html><head><title>Cable <b>Viewer</b><pre>in a title</pre></title></head><body></body></html>",
        "<div><textarea><pre>in a textarea</pre></textarea></div>",
        "<div><noscript><pre>in a noscript</pre></noscript></div>",
        "<div><iframe><pre>in an iframe</pre></iframe></div>",
    ]

    @Test(arguments: plainPages)
    func aPlainPageIsScannedAsLibxml2ParsesIt(page: String) throws {
        let scanned = try #require(Self.scanned(page), "the scanner gave the page up")
        #expect(scanned == Self.libxml2s(page))
    }

    static let pagesLibxml2ReadsAnotherWay = [
        // Omitted end tags: libxml2 closes the open cell or paragraph itself.
        "<div><table><tr><td>a<td>b</table></div>",
        "<div><p>text<div>block</div></p></div>",
        "<div><table><tr><th>Reference ID</th><tr><td>x</td></tr></table></div>",
        // End tags that do not close the open element.
        "<div><table><tr><td>a</tr></table></div>",
        "<div><pre>a</div></pre>",
        "<div><br></br><pre>a</pre></div>",
        // Bytes libxml2 reads another way: a NUL ends its page, a byte that is not UTF-8 turns it
        // to Latin-1.
        "<div><pre>a\u{0}b</pre></div>",
        // Text where libxml2 implies a paragraph, before the first element or after the last.
        "text<div><pre>a</pre></div>",
        "<html><head></head>text<body><pre>a</pre></body></html>",
        "<html><body><pre>a</pre></body></html><pre>b</pre>",
        "<html><body></body><div><pre>a</pre></div></html>",
        // A second <body>, a <head> late, elements in the head that close it.
        "<html><body><body><pre>a</pre></body></html>",
        "<html><head><div><pre>a</pre></div></head></html>",
        // An entity or a carriage return in a header cell's text (libxml2 decodes and keeps).
        "<div><table><tr><th>Reference&nbsp;ID</th></tr></table></div>",
        "<div><table><tr><th>Reference\r\nID</th></tr></table></div>",
        // Markup libxml2 reads with steps of its own.
        "<div><![CDATA[<pre>a</pre>]]></div>",
        "<div><?php echo '<pre>'; ?><pre>a</pre></div>",
        "<div>a < b<pre>a</pre></div>",
        "<div></ div><pre>a</pre></div>",
        "<div><script>document.write('</scripts>');</script><pre>a</pre></div>",
        "<div><script><pre>a</pre>",
        "<div><!--><pre>a</pre>--></div>",
        "<div><!-- a --!><pre>a</pre>--></div>",
        "<div><!-- never closed <pre>a</pre></div>",
        "<div><meta charset='iso-8859-1'><pre>a</pre></div>",
        "<div><svg:rect/><my-element><pre>a</pre></my-element></div>",
        // Elements libxml2 does not know (xmp among them), a name longer than the scanner packs.
        "<div><madeup><pre>a</pre></madeup></div>",
        "<div><xmp><pre>in an xmp</pre></xmp></div>",
        "<div><averyveryverylongname><pre>a</pre></averyveryverylongname></div>",
        "<div><pre title='never closed>a</pre></div>",
        "<div><pre / title=x>a</pre></div>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD >\" ><div><pre>a</pre></div>",
        "<html><body><!DOCTYPE html><pre>a</pre></body></html>",
        "<title>head first</title><div><pre>a</pre></div>",
        "<div><frameset><pre>a</pre></frameset></div>",
        "<frameset><pre>a</pre></frameset>",
        "<body><pre>a</pre></body>",
    ]

    @Test(arguments: pagesLibxml2ReadsAnotherWay)
    func aPageLibxml2ReadsAnotherWayIsLeftToIt(page: String) {
        #expect(Self.scanned(page) == nil, "the scanner read the page")
        let outline = HTMLOutline(Array(page.utf8), keeping: Self.names, text: ["th"])
        #expect(outline == Self.libxml2s(page))
    }

    @Test(arguments: [[0xC3, 0x28], [0xE2, 0x82], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xA0]])
    func aPageThatIsNotUTF8IsLeftToLibxml2(sequence: [UInt8]) {
        let page = Array("<div><pre>caf".utf8) + sequence + Array("</pre></div>".utf8)
        #expect(HTMLOutlineScanner.outline(page, keeping: Self.names, text: []) == nil)
        #expect(HTMLOutline(page, keeping: Self.names, text: []) == HTMLOutline(parsingWithLibxml2: page, keeping: Self.names, text: []))
    }

    @Test func utf8IsReadEightBytesAtATimeAndOneAtATime() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(HTMLOutlineScanner.isUTF8WithoutNUL) }
        let text = Array("Déclassifié le 21 juin 2017 — ¶ 1. 𝄞 fin".utf8)
        #expect(valid(text))
        for position in [0, 7, 8, 13, text.count - 1] {
            var withNUL = text
            withNUL[position] = 0
            #expect(!valid(withNUL), "a NUL at \(position)")
        }
        #expect(!valid(Array(text.dropLast(2) + [0xF0, 0x9D])), "a sequence cut off at the end")
    }

    @Test func libxml2sAnswersAreItsOwn() throws {
        let facts = HTMLElementFacts.shared
        func name(_ string: String) throws -> HTMLTagName { try #require(HTMLTagName(string)) }
        #expect(try facts.isEmpty(name("br")) == true)
        #expect(try facts.isEmpty(name("img")) == true)
        #expect(try facts.isEmpty(name("div")) == false)
        #expect(try facts.isEmpty(name("madeup")) == nil)
        #expect(try facts.nests(name("div"), in: name("div")))
        #expect(try facts.nests(name("a"), in: name("div")))
        #expect(try facts.nests(name("title"), in: name("head")))
        #expect(try !facts.nests(name("div"), in: name("p")))
        #expect(try !facts.nests(name("td"), in: name("td")))
        #expect(try !facts.nests(name("tr"), in: name("tr")))
        #expect(try !facts.nests(name("div"), in: name("head")))
    }

    @Test func aTagNameIsPackedLowerCased() throws {
        let upper = try #require(HTMLTagName("BlockQuote"))
        #expect(upper == HTMLTagName("blockquote"))
        #expect(upper.string == "blockquote")
        #expect(HTMLTagName("abcdefghijklmnop")?.string == "abcdefghijklmnop")
        #expect(HTMLTagName("abcdefghijklmnopq") == nil)
        #expect(HTMLTagName("my-element") == nil)
    }
}
