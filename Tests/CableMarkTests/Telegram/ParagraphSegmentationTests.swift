import Testing

@testable import CableMark

/// Where paragraphs start, as a reviewer sees them: after a gap in the numbering, inside a line
/// whose breaks were lost, after a redaction mask, at a number typed with a comma; and where
/// they do not (a pilcrow before a date, a list inside a paragraph).
@Suite struct ParagraphSegmentationTests {
    static func cable(_ body: String) -> Cable? {
        parseTelegram(
            """
            C O N F I D E N T I A L LIMA 000123

            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PGOV PE
            SUBJECT: BORDER SECURITY

            \(body)
            """)
    }

    static func outline(_ body: String) -> [String] {
        (cable(body)?.paragraphs ?? []).map { "\($0.number.map(String.init) ?? "-") \($0.mark?.raw ?? "none")" }
    }

    @Test func anUnmarkedParagraphAfterAGapInTheNumberingIsItsOwn() {
        let body = "1. (C) The minister asked for a meeting.\n\n3. (U) The visit is planned.\n\n5. The talks went well."
        #expect(Self.outline(body) == ["1 C", "3 U", "5 none"])
    }

    @Test func aParagraphStartsInsideALineAfterASentenceEndADashRuleOrAMask() {
        #expect(Self.outline("1. (U) End of one.  2. (C) Text of two. 3. Text of three.") == ["1 U", "2 C", "3 none"])
        #expect(Self.outline("1. (U) Heading ------ 2. (C) Text of two.") == ["1 U", "2 C"])
        #expect(Self.outline("1. (U) Sizable investment in XXXXXXXXXXXX 2. (S//NF) The second reason.") == ["1 U", "2 S//NF"])
        #expect(Self.outline("1. (U) Text. SAO PAULO 00000003 002 OF 002 2. Next text.") == ["1 U", "2 none"])
    }

    @Test func aNumberTypedWithACommaStartsAParagraphBeforeAMark() {
        #expect(Self.outline("1. (U) First.\n\n2, (C) Boko offered.") == ["1 U", "2 C"])
        // Without a mark a comma is part of the text ("2, 3 and 4").
        #expect(Self.outline("1. (U) First.\n2, 3 and 4 were read.") == ["1 U"])
    }

    @Test func numberingMayStartPastOneWhenMarked() {
        #expect(Self.outline("18. (C) OVERVIEW of the talks.\n\n19. (C) More.") == ["18 C", "19 C"])
    }

    @Test func aPilcrowBeforeADayInsideASentenceIsNoParagraph() {
        let body = "1. (U) First.\n\n2. (C) The offer was withdrawn on Friday morning, December\n¶17. The Dutch did not agree."
        #expect(Self.outline(body) == ["1 U", "2 C"])
    }

    @Test func amountsSectionsDatesAndReferencesStayInsideTheirParagraph() {
        let body = """
            1. (U) The loan of $1.5 million under section 1.4(d) was signed on March 5. See para 2. The
            list follows: 1) the first, 2) the second.

            2. (U) Post will report.
            """
        #expect(Self.outline(body) == ["1 U", "2 U"])
    }

    @Test func aMarkAfterALeadInIsTheParagraphsMarkMisplaced() throws {
        let paragraph = try #require(Self.cable("1. SUMMARY: (C) According to the minister.")?.paragraphs.first)
        #expect(paragraph.mark?.raw == "C")
        #expect(paragraph.leadIn == "SUMMARY:")
        #expect(paragraph.text == "According to the minister.")
    }

    @Test func twoMarksCountAsTheHigher() throws {
        let paragraph = try #require(Self.cable("1. (U) (SBU) The visa line.")?.paragraphs.first)
        #expect(paragraph.mark?.raw == "SBU")
        #expect(paragraph.otherMark?.raw == "U")
        let repeated = try #require(Self.cable("1. (SBU) (SBU) The visa line.")?.paragraphs.first)
        #expect(repeated.otherMark == nil)
    }

    @Test func aWordGluedToANumberInSequenceStartsTheParagraph() {
        #expect(Self.outline("1.Embassy Madrid welcomes the visit.\n\n2.The minister agreed.") == ["1 none", "2 none"])
        #expect(Self.outline("1. (U) First.\n2.CVRD wins the concession.") == ["1 U", "2 none"])
        // Collapsed onto one line, after a sentence end.
        #expect(Self.outline("1. (U) First text ends. 2.The second starts.") == ["1 U", "2 none"])
    }

    @Test func decimalsSectionsAndOutOfSequenceNumbersGluedToAWordStayText() {
        let body = """
            1. (U) The rate rose by
            1.5 percent under section
            1.4(b) of the order, and
            12958.Total was the word.
            3.Later means nothing out of sequence, nor does a list letter:
            2.A first option.
            """
        #expect(Self.outline(body) == ["1 U"])
    }

    @Test func aLoneDashAfterASentenceEndIsABoundaryInCollapsedText() {
        // Old cables typed "-" on an empty line; JSON records collapse it onto one line.
        let body = "1. CONFIDENTIAL - ENTIRE TEXT. - 2. SUMMARY: THE MINISTER SPOKE. - 3. HE SAID NO."
        #expect(Self.outline(body) == ["1 none", "2 none", "3 none"])
        // A hyphen inside a sentence is none.
        #expect(Self.outline("1. (U) THE SOVIET - 2. THINGS") == ["1 U"])
    }

    @Test func aMarkedNumberSteppingBackAfterASentenceEndStartsAParagraphInsideALine() {
        // The cable numbered two paragraphs twice; its copy without line breaks must read the same.
        let collapsed = "1. (C) One. 2. (C) Two. 3. (C) Three. 2. (C) Again two. 3. (C) Again three."
        let lines = "1. (C) One.\n\n2. (C) Two.\n\n3. (C) Three.\n\n2. (C) Again two.\n\n3. (C) Again three."
        #expect(Self.outline(collapsed) == ["1 C", "2 C", "3 C", "2 C", "3 C"])
        #expect(Self.outline(collapsed) == Self.outline(lines))
        // Not inside a sentence: "see para 2. (C) text" keeps its words.
        #expect(Self.outline("1. (C) One. 2. (C) Two, see para 1. (C) refers to it.") == ["1 C", "2 C"])
    }

    @Test func aMarkAfterADashBulletIsTheBulletsNotALeadIns() throws {
        // "1. KEY POINTS -- (S) …": the same paragraph as "1. KEY POINTS" with "-- (S) …" below.
        let collapsed = try #require(Self.cable("1. KEY POINTS -- (S) The insider dismissed it.\n\n2. (S) Comment.")?.paragraphs)
        let wrapped = try #require(Self.cable("1. KEY POINTS\n\n-- (S) The insider dismissed it.\n\n2. (S) Comment.")?.paragraphs)
        #expect(collapsed.map { $0.mark?.raw } == [nil, "S"])
        #expect(collapsed.first?.leadIn == nil)
        #expect(collapsed.map { $0.mark?.raw } == wrapped.map { $0.mark?.raw })
        // A single dash still ends a lead-in.
        #expect(Self.cable("1. SUMMARY - (C) Text.")?.paragraphs.first?.mark?.raw == "C")
    }

    @Test func unmarkedNumbersBeforeAMarkedParagraphOneListTheContents() {
        let body = "CONTENTS\n2.CVRD wins the concession\n3. Sasol explores gas\n\n1. (SBU) Summary.\n\n2. (SBU) CVRD wins."
        #expect(Self.outline(body) == ["1 SBU", "2 SBU"])
        // Without a paragraph 1 after them they are paragraphs keyed to a reference cable.
        #expect(Self.outline("18. OVERVIEW of the talks.\n\n19. More.") == ["18 none", "19 none"])
    }

    @Test func aNumberingFindingStandsAtTheNumberNotTheMark() throws {
        let text = """
            C O N F I D E N T I A L LIMA 000123

            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PGOV PE
            SUBJECT: BORDER SECURITY

            1. (C) First.

              3. (C) Third.
            """
        let engine = try Engine(
            ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!))
        let found = CableReader.read(bytes: Array(text.utf8), path: "cable.txt").flatMap(engine.findings(for:))
            .filter { $0.ruleID == "paragraph-numbering" }
        #expect(found.map { [$0.range.start.line, $0.range.start.column] } == [[9, 3]])
    }
}
