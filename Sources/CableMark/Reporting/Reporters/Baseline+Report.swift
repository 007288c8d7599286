/// A baseline recorded from a run's report, and a report compared with a baseline: the report
/// is the reporters' type, so these live with them rather than with the findings.
extension Baseline {
    /// Every finding of `report`, paths made relative to `baseDirectory`.
    public init(recording report: Report, baseDirectory: String?) {
        var entries: [Entry] = []
        for file in report.files {
            var counter = OccurrenceCounter()
            for finding in file.findings {
                entries.append(Entry(key: counter.key(for: finding, baseDirectory: baseDirectory), message: finding.message))
            }
        }
        self.init(entries: entries)
    }

    /// `report` without the findings this baseline holds, with the comparison's totals.
    public func filter(_ report: Report, baseDirectory: String?) -> Report {
        var filtered = report
        var matched = Set<UInt64>()
        for (index, file) in report.files.enumerated() {
            var matcher = matcher(baseDirectory: baseDirectory)
            filtered.files[index].findings = file.findings.filter { !matcher.holds($0) }
            matched.formUnion(matcher.matched)
        }
        let read = Set(report.files.filter { $0.problem == nil }.map { ReportPath.relative($0.path, to: baseDirectory) })
        filtered.baseline = summary(matched: matched, readPaths: read)
        return filtered
    }
}
