import Testing

@testable import CableMark

@Suite struct PlainTelegramReaderTests {
    typealias Support = ContainerTestSupport

    @Test func rawTelegramDropsCRAndMakesTheLonePilcrowByteUTF8() throws {
        let input =
            Array("VZCZCXYZ0001\r\nZNY CCCCC ZZH\r\nC O N F I D E N T I A L ROME 000123\r\n".utf8) + [0xB6]
            + Array("1. (C) Text.\r\n".utf8)
        let items = Support.read(input, as: .rawTelegram)
        #expect(items.count == 1)
        let cable = try Support.cable(items.first)
        #expect(
            Support.string(cable.text)
                == "VZCZCXYZ0001\nZNY CCCCC ZZH\nC O N F I D E N T I A L ROME 000123\n¶1. (C) Text.\n")
        // The 0xB6 byte is one column: "1." is column 2 of line 4, "¶" maps to the byte itself.
        #expect(Support.position(of: "1. (C)", in: cable) == [4, 2])
        #expect(Support.position(of: "¶", in: cable) == [4, 1])
        #expect(cable.text.offset(at: cable.text.bytes.firstIndex(of: 0xC2)!) == input.firstIndex(of: 0xB6))
        #expect(Support.position(of: "ROME", in: cable) == [3, 25])
        #expect(cable.recordNumber == nil)
        #expect(cable.startOffset == 0 && cable.endOffset == input.count)
    }

    @Test func webExtractLosesItsMarkupAndKeepsEveryPosition() throws {
        let input = """
            <code><pre>Cable dated:2009-03-04T05:06:00S E C R E T PARIS 000456
            TAGS: <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/FR_0.html'>FR</a>
            SUBJECT: A &amp; B &#39;Q&#39; &lt;X&gt; &quot;Y&quot;&#x000A;REF: NONE
            <a id='par1' href='#par1'>¶</a>1. (S) Body.</pre></code>

            """
        let cable = try Support.cable(Support.read(input, as: .webExtract).first)
        #expect(
            Support.string(cable.text)
                == "S E C R E T PARIS 000456\nTAGS: PREL FR\nSUBJECT: A & B 'Q' <X> \"Y\"\nREF: NONE\n¶1. (S) Body.\n")
        #expect(cable.metadata.date == CalendarDate(year: 2009, month: 3, day: 4))
        #expect(cable.metadata.dateField?.text == "2009-03-04T05:06:00")
        #expect(Support.span(cable.metadata.dateField) == [1, 24, 1, 43])
        #expect(Support.position(of: "S E C R E T", in: cable) == [1, 43])
        #expect(Support.position(of: "PREL", in: cable) == [2, 34])
        #expect(Support.position(of: "&", in: cable) == [3, 12])
        #expect(Support.position(of: "REF", in: cable) == [3, 63])
        #expect(Support.position(of: "¶", in: cable) == [4, 27])
        #expect(Support.position(of: "1. (S)", in: cable) == [4, 32])
    }

    @Test func markdownLinksGiveTheirTextAndTheBulletBeforeAParagraphIsThePilcrow() throws {
        let input = #"""


            VZCZCXYZ0005
            ZNY CCCCC ZZH

            C O N F I D E N T I A L LIMA 000001
            TAGS: [PREL](#) [PE](#)
            REF: A. LIMA 994
            [B. LIMA 513](#)
            [C. LIMA 3259 \(06\)](#)

            [1](#)1. (C) In [2007](#) we met.
            [1](#)2. (U) Done [1](#) here.

            """#
        // Routing comes first, but the links show it was cut from a web page.
        let cable = try Support.cable(Support.read(input, as: .webExtract).first)
        #expect(
            Support.string(cable.text) == """


                VZCZCXYZ0005
                ZNY CCCCC ZZH

                C O N F I D E N T I A L LIMA 000001
                TAGS: PREL PE
                REF: A. LIMA 994
                B. LIMA 513
                C. LIMA 3259 (06)

                ¶1. (C) In 2007 we met.
                ¶2. (U) Done 1 here.

                """)
        #expect(Support.position(of: "PE\n", in: cable) == [7, 18])
        #expect(Support.position(of: "(06", in: cable) == [10, 16])
        #expect(Support.position(of: "¶", in: cable, occurrence: 1) == [13, 1])
        #expect(Support.position(of: "2. (U)", in: cable) == [13, 7])
    }

    @Test func scoopPageLinesBecomeMetadataAndTheTailIsCut() throws {
        let input = """
            INDEPENDENT NEWS
            Cablegate: Title
            VZCZCXYZ0012
            ZNY CCCCC ZZH
            C O N F I D E N T I A L LIMA 003673
            SUBJECT: TEASER...
            id: 130835 DROGAS 2
            date: 11/20/2007 13:37
            refid: 07LIMA3673
            origin: Embassy Lima
            classification: CONFIDENTIAL
            destination: 07LIMA3638
            header:
            VZCZCXYZ0012
            ZNY CCCCC ZZH
            ----------------- header ends ----------------
            C O N F I D E N T I A L LIMA 003673
            1. (C) Body.
            MCKINLEY
            =======================CABLE ENDS============================
            View as: DESKTOP | MOBILE © Scoop Media

            """
        let cable = try Support.cable(Support.read(input, as: .webExtract).first)
        #expect(
            Support.string(cable.text) == """
                INDEPENDENT NEWS
                Cablegate: Title
                VZCZCXYZ0012
                ZNY CCCCC ZZH
                C O N F I D E N T I A L LIMA 003673
                SUBJECT: TEASER...
                VZCZCXYZ0012
                ZNY CCCCC ZZH
                C O N F I D E N T I A L LIMA 003673
                1. (C) Body.
                MCKINLEY

                """)
        let metadata = cable.metadata
        #expect(metadata.referenceID?.text == "07LIMA3673")
        #expect(Support.span(metadata.referenceID) == [9, 8, 9, 18])
        #expect(metadata.classification?.text == "CONFIDENTIAL")
        #expect(Support.span(metadata.classification) == [11, 17, 11, 29])
        #expect(metadata.origin?.text == "Embassy Lima")
        #expect(Support.span(metadata.origin) == [10, 9, 10, 21])
        #expect(metadata.date == CalendarDate(year: 2007, month: 11, day: 20))
        #expect(metadata.dateField?.text == "11/20/2007 13:37")
        #expect(Support.span(metadata.dateField) == [8, 7, 8, 23])
        #expect(Support.position(of: "1. (C)", in: cable) == [18, 1])
        #expect(Support.position(of: "VZCZC", in: cable, occurrence: 1) == [14, 1])
    }

    @Test func aWeekdayDateLineBecomesTheDateAndLoneKeyLinesStayText() throws {
        let input = """
            <code><pre>Monday, 22 October 2007, 13:49
            C O N F I D E N T I A L BAKU 001268
            date: not a metadata block
            1. (C) A <SIC> B < C.</pre></code>
            """
        let cable = try Support.cable(Support.read(input, as: .webExtract).first)
        #expect(
            Support.string(cable.text)
                == "C O N F I D E N T I A L BAKU 001268\ndate: not a metadata block\n1. (C) A <SIC> B < C.")
        #expect(cable.metadata.date == CalendarDate(year: 2007, month: 10, day: 22))
        #expect(Support.span(cable.metadata.dateField) == [1, 12, 1, 42])
        #expect(Support.position(of: "C O N", in: cable) == [2, 1])
    }

    @Test func aDatabaseIdBeforeCableDatedGoesWithIt() throws {
        let input = """
            <code><pre>RUEHBS/USEU BRUSSELS PRIORITY
            ID:247169 Cable dated:2010-02-04T10:15:00C O N F I D E N T I A L LONDON 000255
            TAGS: EAIR</pre></code>
            """
        let cable = try Support.cable(Support.read(input, as: .webExtract).first)
        #expect(
            Support.string(cable.text)
                == "RUEHBS/USEU BRUSSELS PRIORITY\nC O N F I D E N T I A L LONDON 000255\nTAGS: EAIR")
        #expect(cable.metadata.date == CalendarDate(year: 2010, month: 2, day: 4))
        #expect(Support.span(cable.metadata.dateField) == [2, 23, 2, 42])
        #expect(Support.position(of: "C O N", in: cable) == [2, 42])
    }

    /// Blanks before a page line are counted as they arrive, once: a page line after them is
    /// still seen through, and a line of many blanks, whose start stays undecided, is kept as it
    /// stands (Scripts/hostile times two million of them).
    @Test func blanksBeforeAPageLineAreSeenThrough() throws {
        let blanks = String(repeating: " \t", count: 5000)
        let input = "<code><pre>RUEHBS/USEU BRUSSELS PRIORITY\n \t ID:247169 Cable dated:2010-02-04T10:15:00"
            + "C O N F I D E N T I A L LONDON 000255\n\(blanks)\n\(blanks)TAGS: EAIR\n  \t</pre></code>"
        let cable = try Support.cable(Support.read(input, as: .webExtract).first)
        #expect(
            Support.string(cable.text)
                == "RUEHBS/USEU BRUSSELS PRIORITY\nC O N F I D E N T I A L LONDON 000255\n\(blanks)\n\(blanks)TAGS: EAIR\n  \t")
        #expect(cable.metadata.date == CalendarDate(year: 2010, month: 2, day: 4))
        #expect(Support.span(cable.metadata.dateField) == [2, 26, 2, 45])
        #expect(Support.position(of: "C O N", in: cable) == [2, 45])
        #expect(Support.position(of: "TAGS", in: cable) == [4, 10_001])
    }
}
