/// The one stage that decides which of a file's findings a run reports: the findings the file's
/// configuration accepts (its suppressions) are dropped, then those the baseline holds are
/// hidden. Findings come in report order, slice by slice; one filter serves one file.
public struct FindingFilter {
    /// True for a finding a suppression of the file's configuration accepts.
    private let isSuppressed: ((Finding) -> Bool)?
    private var baseline: Baseline.FileMatcher?

    public init(isSuppressed: ((Finding) -> Bool)? = nil, baseline: Baseline.FileMatcher? = nil) {
        self.isSuppressed = isSuppressed
        self.baseline = baseline
    }

    /// The next slice: what the run reports, and what a baseline being recorded lists (the
    /// findings before the baseline hid any; suppressed ones are never listed).
    public mutating func apply(_ findings: [Finding]) -> (reported: [Finding], unbaselined: [Finding]) {
        let unsuppressed = isSuppressed.map { isSuppressed in findings.filter { !isSuppressed($0) } } ?? findings
        guard baseline != nil else { return (unsuppressed, unsuppressed) }
        return (unsuppressed.filter { baseline?.holds($0) != true }, unsuppressed)
    }

    /// Identities of the baseline entries found so far.
    public var matchedBaselineEntries: Set<UInt64> { baseline?.matched ?? [] }
}
