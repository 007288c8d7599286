import CableMark

/// `--fail-on`: the lowest severity that makes a run fail.
enum FailThreshold: String, Sendable, CaseIterable {
    case error
    case warning
    case note
    case never

    /// A threshold by its name, `info` read as `note`.
    init?(name: String) {
        self.init(rawValue: name == Severity.noteAlias ? Self.note.rawValue : name)
    }

    func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .note: true
        case .never: false
        }
    }
}
