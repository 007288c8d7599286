/// Counts over a whole report, and the one line every human-facing reporter ends with.
public struct ReportSummary: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var cables = 0
    public var files = 0
    /// Files that could not be used at all.
    public var unreadableFiles = 0
    /// Findings a baseline hid and baseline entries no longer found, when the run used one.
    public var baseline: BaselineSummary?

    public init(files reports: [FileReport], baseline: BaselineSummary? = nil) {
        self.baseline = baseline
        files = reports.count
        for report in reports {
            cables += report.cableCount
            if report.problem != nil { unreadableFiles += 1 }
            for finding in report.findings {
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .note: notes += 1
                }
            }
        }
    }

    /// "3 errors, 1 warning, 0 notes in 8 cables (8 files)", then what could not be read and
    /// what the baseline did ("; baseline: 12 hidden, 1 fixed").
    public var line: String {
        var text = "\(Self.count(errors, "error")), \(Self.count(warnings, "warning")), "
            + "\(Self.count(notes, "note")) in \(Self.count(cables, "cable")) (\(Self.count(files, "file")))"
        if unreadableFiles > 0 {
            text += "; \(Self.count(unreadableFiles, "file")) could not be read"
        }
        if let baseline {
            text += "; baseline: \(baseline.hidden) hidden, \(baseline.fixed) fixed"
        }
        return text
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
