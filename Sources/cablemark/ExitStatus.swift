import CableMark

/// The documented exit statuses of every command: the command line decides them from what a
/// run tells (its totals, what could not be used or written).
enum ExitStatus: Int32, CaseIterable {
    /// No finding at or above `--fail-on`.
    case clean = 0
    /// Findings at or above `--fail-on`.
    case findings = 1
    /// An input, rule set, config or output could not be used.
    case unusable = 2
    /// Bad usage: unknown option, bad value, missing argument.
    case usage = 64

    /// A check run's status from its totals: an unusable input outweighs findings.
    static func of(_ summary: ReportSummary, failOn threshold: FailThreshold) -> ExitStatus {
        if summary.unreadableFiles > 0 { return .unusable }
        let counts: [Severity: Int] = [.error: summary.errors, .warning: summary.warnings, .note: summary.notes]
        return of(counts, failOn: threshold)
    }

    /// The status the single run would have exited with, from a merged report.
    static func of(_ merged: ReportMerger.Merged, failOn threshold: FailThreshold) -> ExitStatus {
        merged.hasUnreadableInputs ? .unusable : of(merged.counts, failOn: threshold)
    }

    /// Findings by severity: any at or above the threshold fails the run.
    private static func of(_ counts: [Severity: Int], failOn threshold: FailThreshold) -> ExitStatus {
        counts.contains { $0.value > 0 && threshold.fails($0.key) } ? .findings : .clean
    }

    /// A sanitize run's status: an unusable input or an unwritten public version, manifest,
    /// index or report outweighs refused cables.
    static func of(_ outcome: SanitizeRun.Outcome) -> ExitStatus {
        let summary = outcome.summary
        if outcome.failedFiles > 0 || summary.unusableInputs > 0 || summary.writeFailed > 0 { return .unusable }
        return summary.refused > 0 || summary.verificationFailed > 0 ? .findings : .clean
    }
}
