import Testing

@testable import CableMark

/// Titles, rationales and help are re-flowed as they are loaded: the words of a paragraph on one
/// line, one space apart; paragraphs one blank line apart.
@Suite struct RuleProseTests {
    @Test func wordsAreFoldedAndParagraphsKept() {
        let text = "\n    Every cable\n\tstates its  level.\n\n  \n    The naïve\rreader\n  sees it.\n  "
        #expect(RuleSetParser.prose(text) == "Every cable states its level.\n\nThe naïve reader sees it.")
        #expect(RuleSetParser.prose(" \n\t\n") == "")
    }

    /// Words end at the bytes of a space, tab, CR or line end, whatever follows them.
    @Test func separatorsAreBytes() {
        #expect(RuleSetParser.prose("(C) …\n  next") == "(C) … next")
        #expect(RuleSetParser.prose("x  \u{301}y") == "x \u{301}y")
        #expect(RuleSetParser.prose("a\r\nb  c") == "a b c")
    }
}
