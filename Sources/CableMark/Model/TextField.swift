/// A piece of a cable's text and where it stands in the input file.
public struct TextField: Sendable, Hashable, Codable {
    /// The text with runs of white space folded to one space.
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}
