/// A numbered paragraph and everything that belongs to it (sub-items, wrapped lines).
public struct Paragraph: Sendable, Hashable, Codable {
    /// The paragraph number as read, after seeing through "¶", "[1](#)" and "- 1" bullets.
    public var number: Int?
    /// The mark right after the number, nil when there is none.
    public var mark: PortionMark?
    /// Where the mark stands (parentheses included); the number's place when there is no mark.
    public var markRange: SourceRange
    /// Where the number stands (its digits); nil for an unnumbered paragraph.
    public var numberRange: SourceRange?
    /// The paragraph from its number to its last character, quoted items left out.
    public var range: SourceRange
    /// The paragraph's text after its mark, white space folded.
    public var text: String
    /// The words before the mark when it follows a lead-in ("SUMMARY:" in "1. SUMMARY: (C) …"):
    /// the mark is the paragraph's, misplaced. Nil when the mark follows the number.
    public var leadIn: String?
    /// The lower of two marks written one after the other ("(U) (SBU)"); `mark` is the higher.
    public var otherMark: PortionMark?
    /// The numbered items of a document the paragraph quotes, in order (see `QuotedItem`).
    public var quotedItems: [QuotedItem] = []

    public init(number: Int?, mark: PortionMark?, markRange: SourceRange, range: SourceRange, text: String) {
        self.number = number
        self.mark = mark
        self.markRange = markRange
        self.range = range
        self.text = text
    }

    /// Records a second mark written after `mark`: the higher of the two (fail-closed) becomes
    /// the paragraph's mark, the other is kept for the finding.
    mutating func addSecondMark(_ second: PortionMark) {
        guard let first = mark else {
            mark = second
            return
        }
        let firstLevel = first.sensitivity ?? .topSecret
        let secondLevel = second.sensitivity ?? .topSecret
        if secondLevel > firstLevel {
            mark = second
            otherMark = first
        } else {
            otherMark = second
        }
    }
}
