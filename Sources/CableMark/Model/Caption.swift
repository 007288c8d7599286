/// A caption or handling marker in the header: one of the `known` words, or "REL TO ...".
public struct Caption: Sendable, Hashable, Codable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }

    /// Caption words the header reader recognises (upper case): the handling markers, and
    /// captions that are also ordinary words of a cable's text.
    public static let known: [String] = handlingMarkers + ["SENSITIVE", "FOR OFFICIAL USE ONLY", "LIMITED OFFICIAL USE"]

    /// Handling markers: no public version carries them, anywhere in its text. The built-in
    /// redaction policy removes these (`<handling-markers built-in="true"/>`).
    public static let handlingMarkers: [String] = ["SIPDIS", "NOFORN", "NODIS", "EXDIS", "LIMDIS", "STADIS"]
}
