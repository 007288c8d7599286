/// `--fail-on`: the lowest severity that makes a run fail.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error
    case warning
    case info
    case never

    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
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
        if report.files.contains(where: { $0.problem != nil }) { return .unusable }
        return report.findings.contains { threshold.fails($0.severity) } ? .findings : .clean
    }
}
