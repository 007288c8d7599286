/// How serious a finding is: error, warning or note, the words compilers, SARIF and GitHub use.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note
    case warning
    case error

    /// The word earlier versions used for `note`, still read in rule sets, configurations,
    /// reports being merged and `--fail-on`.
    public static let noteAlias = "info"

    /// A severity by its name, `info` read as `note`.
    public init?(name: String) {
        self.init(rawValue: name == Self.noteAlias ? Self.note.rawValue : name)
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
