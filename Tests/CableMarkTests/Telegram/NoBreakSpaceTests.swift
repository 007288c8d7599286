import Testing

@testable import CableMark

/// A no-break space (U+00A0, the bytes C2 A0) is read as white space, and the byte 0xA0 alone,
/// the last byte of another character ("à" is C3 A0), is not: web pages and word processors
/// write no-break spaces between a paragraph's number and its mark.
@Suite struct NoBreakSpaceTests {
    static let cable = """
        CONFIDENTIAL

        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV
        SUBJECT: VOIL\u{E0} A\u{A0}\u{A0}TEST

        Classified By: Ambassador John Smith for reasons 1.4 (b) and (d)

        1. (U) Public words are here for all to read.

        2.\u{A0}(C) The minister said the plan starts Monday at dawn.

        3. (U) More public words.
        """

    @Test func readsAParagraphWhoseMarkFollowsANoBreakSpace() throws {
        let cable = try #require(parseTelegram(Self.cable))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 3])
        #expect(cable.paragraphs.map { $0.mark?.raw } == ["U", "C", "U"])
        #expect(cable.paragraphs[1].text.hasPrefix("The minister said"))
    }

    @Test func keepsACharacterEndingInA0Whole() throws {
        let cable = try #require(parseTelegram(Self.cable))
        #expect(cable.subject?.text == "VOIL\u{E0} A TEST")
        #expect(!(cable.subject?.text.contains("\u{FFFD}") ?? true))
    }

    @Test func withholdsOnlyTheParagraphMarkedAboveRelease() throws {
        let version = try SanitizeTestSupport.publicVersion(Self.cable)
        let lines = SanitizeTestSupport.paragraphLines(version.text)
        #expect(lines[1] == "1. (U) Public words are here for all to read.")
        #expect(lines[2]?.contains("withheld") == true)
        #expect(!version.text.contains("minister"))
        #expect(lines[3] == "3. (U) More public words.")
    }
}
