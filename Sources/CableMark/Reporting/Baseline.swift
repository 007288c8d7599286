/// Findings a team has accepted for now, so that a check of an old archive reports only what
/// is new (`--write-baseline`, `--baseline`).
///
/// A finding is known by what it is about, never by its line: its rule id, its file's path
/// (relative to the directory the run starts in), its context text with white space folded,
/// and, among findings sharing all three, which one it is in report order. Adding or removing
/// lines above a finding leaves its key as it was.
public struct Baseline: Sendable, Equatable {
    public struct Key: Hashable, Sendable {
        public var ruleID: String
        public var path: String
        public var context: String
        /// 1 for the first finding with this rule, path and context; 2 for the next one …
        public var occurrence: Int

        public init(ruleID: String, path: String, context: String, occurrence: Int) {
            self.ruleID = ruleID
            self.path = path
            self.context = context
            self.occurrence = occurrence
        }
    }

    public struct Entry: Hashable, Sendable {
        public var key: Key
        /// The finding's message when it was recorded, for people reading the file; no part of the key.
        public var message: String

        public init(key: Key, message: String) {
            self.key = key
            self.message = message
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Every finding of `report`, paths made relative to `baseDirectory`.
    public init(recording report: Report, baseDirectory: String?) {
        let findings = report.findings
        entries = zip(findings, Self.keys(findings, baseDirectory: baseDirectory)).map {
            Entry(key: $1, message: $0.message)
        }
    }

    /// `report` without the findings this baseline knows, and what the comparison found. Entries
    /// count as fixed only for files the run read: a file left out of the run (another shard,
    /// another directory) or one that could not be read fixes nothing.
    public func filter(_ report: Report, baseDirectory: String?) -> Report {
        let known = Set(entries.map(\.key))
        var matched = Set<Key>()
        var filtered = report
        for (index, file) in report.files.enumerated() {
            let keys = Self.keys(file.findings, baseDirectory: baseDirectory)
            filtered.files[index].findings = zip(file.findings, keys).compactMap { finding, key in
                guard known.contains(key) else { return finding }
                matched.insert(key)
                return nil
            }
        }
        let read = Set(report.files.filter { $0.problem == nil }.map { ReportPath.relative($0.path, to: baseDirectory) })
        let fixed = known.count { !matched.contains($0) && read.contains($0.path) }
        filtered.baseline = BaselineSummary(hidden: matched.count, fixed: fixed)
        return filtered
    }

    /// Keys of `findings` (report order), occurrences counted among them.
    static func keys(_ findings: [Finding], baseDirectory: String?) -> [Key] {
        // Counted under the key with occurrence 0.
        var seen: [Key: Int] = [:]
        return findings.map { finding in
            var key = Key(
                ruleID: finding.ruleID, path: ReportPath.relative(finding.path, to: baseDirectory),
                context: folded(finding.context), occurrence: 0)
            let occurrence = (seen[key] ?? 0) + 1
            seen[key] = occurrence
            key.occurrence = occurrence
            return key
        }
    }

    /// White space runs made one space, none at either end.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// What comparing a run with a baseline found: findings hidden as known, entries no longer found.
public struct BaselineSummary: Sendable, Hashable {
    public var hidden: Int
    public var fixed: Int

    public init(hidden: Int, fixed: Int) {
        self.hidden = hidden
        self.fixed = fixed
    }
}
