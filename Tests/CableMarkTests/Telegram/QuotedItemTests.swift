import Testing

@testable import CableMark

/// A document quoted inside a paragraph whose items are numbered again from 1 ("9. (SBU) …
/// Policy Outcomes", then "1. We agreed …", "2. …"): items of that paragraph, not paragraphs; a
/// restart with marks, or a lone "1.", is read as before.
@Suite struct QuotedItemTests {
    static let header = """
        C O N F I D E N T I A L SECTION 01 OF 02 LONDON 000123

        E.O. 12958: DECL: 06/21/2019
        TAGS: PREL ECON UK CH
        SUBJECT: ECONOMIC DIALOGUE OUTCOMES

        Classified By: Economic Counselor Jane Roe for reasons 1.4 (b) and (d).

        """

    /// Paragraph 2 quotes items 1 to `items`, then paragraph 3 follows; `pilcrow` writes the
    /// numbers as the web extracts do ("¶1."), `itemMark` marks every item.
    static func cable(items: Int, pilcrow: Bool = false, itemMark: String? = nil) -> String {
        func anchor(_ number: Int) -> String { pilcrow ? "<a id='par\(number)' href='#par\(number)'>¶</a>" : "" }
        let quoted = (1...items).map { number in
            "\(anchor(number))\(number). \(itemMark.map { "(\($0)) " } ?? "")Both sides agree to item number \(number) of the list."
        }
        return header + """
            \(anchor(1))1. (C) The minister spoke about the dialogue at length.

            \(anchor(2))2. (SBU) Text of the outcomes document follows.
            Session I: Supporting growth

            \(quoted.joined(separator: "\n\n"))

            \(anchor(3))3. (C) Comment: the talks went well.

            ROE
            """
    }

    /// The first cable of `text`, read as a file of its own (its format detected).
    static func read(_ text: String) -> Cable? {
        for case .cable(let cable) in CableReader.read(bytes: Array(text.utf8), path: "cable.txt") { return cable }
        return nil
    }

    static func findings(_ text: String, rule: String) throws -> [Finding] {
        let engine = try Engine(
            ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!))
        return CableReader.read(bytes: Array(text.utf8), path: "cable.txt").flatMap(engine.findings(for:))
            .filter { $0.ruleID == rule }
    }

    @Test func itemsNumberedAgainFromOneBelongToTheParagraphThatQuotesThem() throws {
        for pilcrow in [false, true] {
            let text = Self.cable(items: 5, pilcrow: pilcrow)
            let cable = try #require(Self.read(text))
            #expect(cable.paragraphs.map(\.number) == [1, 2, 3])
            let quoting = cable.paragraphs[1]
            #expect(quoting.quotedItems.map(\.number) == [1, 2, 3, 4, 5])
            #expect(quoting.quotedItems[3].text == "Both sides agree to item number 4 of the list.")
            #expect(!quoting.text.contains("Both sides agree"))
            #expect(quoting.text.hasSuffix("Session I: Supporting growth"))
        }
    }

    @Test func itemsNumberedPastTheNextParagraphStayItems() throws {
        // Items 1 to 23 run past 3, 4, …: in sequence and unmarked they are the quoted list's.
        let cable = try #require(parseTelegram(Self.cable(items: 23)))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 3])
        #expect(cable.paragraphs[1].quotedItems.map(\.number) == Array(1...23))
        #expect(cable.paragraphs[2].mark?.raw == "C")
    }

    @Test func checkReportsNoMissingMarkOrNumberingForQuotedItems() throws {
        let text = Self.cable(items: 12)
        #expect(try Self.findings(text, rule: "portion-missing").isEmpty)
        #expect(try Self.findings(text, rule: "paragraph-numbering").isEmpty)
    }

    @Test func aRestartWithMarksStaysParagraphs() throws {
        // A page printed twice, a second cable appended: each restarted paragraph is marked.
        let cable = try #require(parseTelegram(Self.cable(items: 3, itemMark: "C")))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 1, 2, 3, 3])
        #expect(cable.paragraphs.allSatisfy { $0.quotedItems.isEmpty })
    }

    @Test func aLoneOneStaysTextOfItsParagraph() throws {
        let cable = try #require(parseTelegram(Self.cable(items: 1)))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 3])
        #expect(cable.paragraphs[1].quotedItems.isEmpty)
        #expect(cable.paragraphs[1].text.contains("1. Both sides agree to item number 1"))
    }

    @Test func anUnmarkedParagraphAfterTheListEndsIt() throws {
        // Items 1 and 2, then the cable's own paragraph 3, unmarked: a paragraph, reported.
        let text = Self.header + """
            1. (C) The minister spoke.

            2. (C) The document reads:

            1. Both sides agree to the first item.

            2. Both sides agree to the second item.

            3. Comment: the talks went well.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 3])
        #expect(cable.paragraphs[1].quotedItems.map(\.number) == [1, 2])
        #expect(try Self.findings(text, rule: "portion-missing").map(\.range.start.line) == [16])
    }

    @Test func sanitizeReleasesAnItemOnlyWhereTheParagraphAndAnUnmarkedPortionWouldBe() throws {
        // A SECRET cable whose paragraph 2 (C) quotes unmarked items: the items are the cable's (S).
        let text = Self.cable(items: 4).replacing("C O N F I D E N T I A L", with: "S E C R E T")
            .replacing("(SBU) Text of the outcomes", with: "(C) Text of the outcomes")
        let item = "Both sides agree to item number 3 of the list."
        func publicText(_ release: ClassificationLevel) throws -> String {
            try SanitizeTestSupport.publicVersion(text, options: SanitizeTestSupport.options(release: release)).text
        }
        // Release C: paragraph 2 is released, its items are not.
        let confidential = try publicText(.confidential)
        #expect(confidential.contains("(C) Text of the outcomes document follows."))
        #expect(!SanitizeTestSupport.repeatsWords(of: item, in: confidential))
        // Release S: both, each item under its own number.
        #expect(try publicText(.secret).contains("3. " + item))
        // Release U: the paragraph is withheld, and so is every item it quotes.
        let unclassified = try publicText(.unclassified)
        #expect(!SanitizeTestSupport.repeatsWords(of: item, in: unclassified))
        #expect(!unclassified.contains("Text of the outcomes document"))
    }
}
