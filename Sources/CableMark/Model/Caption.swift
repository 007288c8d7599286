/// A caption or handling marker in the header: SIPDIS, SENSITIVE, NOFORN, EXDIS, NODIS, LIMDIS,
/// STADIS, "REL TO ...".
public struct Caption: Sendable, Hashable, Codable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }

    /// Caption words the header reader recognises.
    public static let known: [String] = [
        "SIPDIS", "SENSITIVE", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS",
    ]
}
