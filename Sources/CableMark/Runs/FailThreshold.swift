/// `--fail-on`: the lowest severity that makes a run fail.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error
    case warning
    case note
    case never

    /// A threshold by its name, `info` read as `note`.
    public init?(name: String) {
        self.init(rawValue: name == Severity.noteAlias ? Self.note.rawValue : name)
    }

    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .note: true
        case .never: false
        }
    }
}

/// The documented exit statuses of every command.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// No finding at or above `--fail-on`.
    case clean = 0
    /// Findings at or above `--fail-on`.
    case findings = 1
    /// An input, rule set, config or output could not be used.
    case unusable = 2
    /// Bad usage: unknown option, bad value, missing argument.
    case usage = 64

    /// A check run's status: an unusable input outweighs findings.
    public static func of(_ report: Report, failOn threshold: FailThreshold) -> ExitStatus {
        of(report.summary, failOn: threshold)
    }

    /// A check run's status from its totals.
    public static func of(_ summary: ReportSummary, failOn threshold: FailThreshold) -> ExitStatus {
        if summary.unreadableFiles > 0 { return .unusable }
        let counts: [(Severity, Int)] = [(.error, summary.errors), (.warning, summary.warnings), (.note, summary.notes)]
        return counts.contains { $0.1 > 0 && threshold.fails($0.0) } ? .findings : .clean
    }
}
