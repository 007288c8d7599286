/// Findings a team has accepted for now, so that a check of an old archive reports only what
/// is new (`--write-baseline`, `--baseline`).
///
/// A finding is known by what it is about, never by its line: its rule id, its file's path
/// (relative to the directory the run starts in), its context text with white space folded,
/// and, among the file's findings sharing all three, which one it is in report order. Adding or
/// removing lines above a finding leaves its key as it was.
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

        /// A 64-bit digest of the key: what runs compare, so that neither a baseline nor a file
        /// of many findings has its context texts held in memory.
        var identity: UInt64 {
            Baseline.digest([ruleID, path, context, String(occurrence)])
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

    public let entries: [Entry]
    /// Each entry's identity, with the path of its file.
    private let paths: [UInt64: String]

    public init(entries: [Entry]) {
        self.entries = entries
        paths = Dictionary(entries.map { ($0.key.identity, $0.key.path) }) { first, _ in first }
    }

    public static func == (lhs: Baseline, rhs: Baseline) -> Bool { lhs.entries == rhs.entries }

    /// Tells, finding by finding in report order, which of one file's findings the baseline holds.
    public struct FileMatcher: Sendable {
        let baseline: Baseline
        let baseDirectory: String?
        private var counter = OccurrenceCounter()
        /// Identities of the entries found.
        public private(set) var matched: Set<UInt64> = []

        init(baseline: Baseline, baseDirectory: String?) {
            self.baseline = baseline
            self.baseDirectory = baseDirectory
        }

        public mutating func holds(_ finding: Finding) -> Bool {
            let identity = counter.key(for: finding, baseDirectory: baseDirectory).identity
            guard baseline.paths[identity] != nil else { return false }
            matched.insert(identity)
            return true
        }
    }

    public func matcher(baseDirectory: String?) -> FileMatcher {
        FileMatcher(baseline: self, baseDirectory: baseDirectory)
    }

    /// The comparison's totals: `matched`, the identities found in the run; `readPaths`, the
    /// relative paths of the files the run read. Entries count as fixed only for files the run
    /// read: a file left out of the run (another shard, another directory) or one that could not
    /// be read fixes nothing.
    public func summary(matched: Set<UInt64>, readPaths: Set<String>) -> BaselineSummary {
        let fixed = paths.count { identity, path in !matched.contains(identity) && readPaths.contains(path) }
        return BaselineSummary(hidden: matched.count, fixed: fixed)
    }

    /// White space runs made one space, none at either end.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// FNV-1a over the parts' UTF-8, a 0 byte after each.
    static func digest(_ parts: [String]) -> UInt64 {
        Fingerprint.fnv1a64Value(parts)
    }
}

/// Numbers one file's findings that share rule, path and context, in report order.
struct OccurrenceCounter: Sendable {
    /// Counted by the digest of rule, path and context.
    private var counts: [UInt64: Int] = [:]

    mutating func key(for finding: Finding, baseDirectory: String?) -> Baseline.Key {
        var key = Baseline.Key(
            ruleID: finding.ruleID, path: ReportPath.relative(finding.path, to: baseDirectory),
            context: Baseline.folded(finding.context), occurrence: 0)
        let shared = Baseline.digest([key.ruleID, key.path, key.context])
        key.occurrence = (counts[shared] ?? 0) + 1
        counts[shared] = key.occurrence
        return key
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
