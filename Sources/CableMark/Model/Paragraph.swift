/// A numbered paragraph and everything that belongs to it (sub-items, wrapped lines).
public struct Paragraph: Sendable, Hashable, Codable {
    /// The paragraph number as read, after seeing through "¶", "[1](#)" and "- 1" bullets.
    public var number: Int?
    /// The mark right after the number, nil when there is none.
    public var mark: PortionMark?
    /// Where the mark stands (parentheses included); the number's place when there is no mark.
    public var markRange: SourceRange
    /// The paragraph from its number to its last character.
    public var range: SourceRange
    /// The paragraph's text after its mark, white space folded.
    public var text: String

    public init(number: Int?, mark: PortionMark?, markRange: SourceRange, range: SourceRange, text: String) {
        self.number = number
        self.mark = mark
        self.markRange = markRange
        self.range = range
        self.text = text
    }
}
