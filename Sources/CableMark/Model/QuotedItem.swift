/// A numbered item of a document quoted inside a paragraph ("9. (SBU) … Policy Outcomes" then
/// "1. We agreed …", "2. …"): numbered again from 1, unmarked, in sequence. A reviewer reads it
/// within the paragraph's portion, so it is no paragraph of its own for `check`; `sanitize`
/// releases it only where both the paragraph and an unmarked portion would be released.
public struct QuotedItem: Sendable, Hashable, Codable {
    /// The item's number as written.
    public var number: Int
    /// The item from its number to its last character.
    public var range: SourceRange
    /// The item's text after its number, white space folded.
    public var text: String

    public init(number: Int, range: SourceRange, text: String) {
        self.number = number
        self.range = range
        self.text = text
    }
}
