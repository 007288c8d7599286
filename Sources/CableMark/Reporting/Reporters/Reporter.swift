/// Renders a run's report as the text of one output (a terminal, a file), in parts that a run
/// writes as it goes: each input file's part is made from its findings as soon as they are
/// known (a streamed cables.csv dump hands them over a record at a time), so no run holds all
/// its findings at once; the head and the tail, which state totals, are made last.
///
/// The output is `head`, then the parts of the files in input order (`partSeparator` between
/// two non-empty parts), then `tail`. Reporters are stateless values: what they need besides
/// the findings is fixed when they are made or handed over in `ReportContext`.
public protocol Reporter: Sendable {
    /// A writer for one file's part.
    func fileWriter(path: String, context: ReportContext) -> any FilePartWriter
    /// What goes between the parts of two files when both are non-empty.
    var partSeparator: String { get }
    func head(_ overview: ReportOverview) -> String
    func tail(_ overview: ReportOverview) -> String
}

/// Makes one file's part of an output from the file's findings, given in report order, in as
/// many slices as the run reads them.
public protocol FilePartWriter {
    /// The text for the next findings of the file.
    mutating func write(_ findings: [Finding]) -> String
    /// Once the file is done: the text that goes before and after everything `write` gave.
    mutating func finish(_ file: FileOutline) -> (before: String, after: String)
}

/// What every part of a report may need before any file is checked.
public struct ReportContext: Sendable {
    public var tool: ToolInfo
    /// The rules the run uses, in the engine's order.
    public var rules: [RuleDescription]

    public init(tool: ToolInfo = .cablemark, rules: [RuleDescription]) {
        self.tool = tool
        self.rules = rules
    }
}

/// A checked file without its findings: what its part's frame and the report's totals need.
public struct FileOutline: Sendable, Hashable {
    public var path: String
    public var cableCount: Int
    /// Findings reported for the file (after any baseline).
    public var findingCount: Int
    public var problem: String?

    public init(path: String, cableCount: Int, findingCount: Int, problem: String? = nil) {
        self.path = path
        self.cableCount = cableCount
        self.findingCount = findingCount
        self.problem = problem
    }
}

/// The whole run, for the head and the tail: totals, the files that could not be read, the
/// findings per rule, and the first findings of each severity.
public struct ReportOverview: Sendable {
    public var context: ReportContext
    public var summary: ReportSummary
    /// Every input file, in report order, without findings.
    public var files: [FileOutline]
    public var ruleCounts: [RuleCounts]
    /// The first `leadingLimit` findings of each severity, in report order.
    public var leadingFindings: [Finding]
    public static let leadingLimit = 10

    public init(
        context: ReportContext, summary: ReportSummary, files: [FileOutline], ruleCounts: [RuleCounts],
        leadingFindings: [Finding]
    ) {
        self.context = context
        self.summary = summary
        self.files = files
        self.ruleCounts = ruleCounts
        self.leadingFindings = leadingFindings
    }

    public var tool: ToolInfo { context.tool }
    public var rules: [RuleDescription] { context.rules }
    public var findingCount: Int { summary.errors + summary.warnings + summary.notes }

    /// The rule with this id, if the run declared it.
    public func rule(withID id: String) -> RuleDescription? {
        rules.first { $0.id == id }
    }
}

extension Reporter {
    /// The whole output for a report held in memory: the parts as a run writes them, joined.
    public func render(_ report: Report) -> String {
        let context = ReportContext(tool: report.tool, rules: report.rules)
        var parts: [String] = []
        for file in report.files {
            var writer = fileWriter(path: file.path, context: context)
            let body = writer.write(file.findings)
            let frame = writer.finish(FileOutline(file))
            let part = frame.before + body + frame.after
            if !part.isEmpty { parts.append(part) }
        }
        let overview = ReportOverview(report)
        return head(overview) + parts.joined(separator: partSeparator) + tail(overview)
    }
}

extension FileOutline {
    public init(_ file: FileReport) {
        self.init(path: file.path, cableCount: file.cableCount, findingCount: file.findings.count, problem: file.problem)
    }
}

extension ReportOverview {
    /// The overview of a report held in memory.
    public init(_ report: Report) {
        var tally = FindingTally()
        for finding in report.findings { tally.add(finding) }
        self.init(
            context: ReportContext(tool: report.tool, rules: report.rules), summary: report.summary,
            files: report.files.map(FileOutline.init), ruleCounts: tally.ruleCounts, leadingFindings: tally.leading)
    }
}

/// Counts findings per rule and keeps the first few of each severity, as findings go by.
public struct FindingTally: Sendable {
    private var byRule: [String: RuleCounts] = [:]
    private var leadingCount: [Severity: Int] = [:]
    public private(set) var leading: [Finding] = []

    public init() {}

    public mutating func add(_ finding: Finding) {
        byRule[finding.ruleID, default: RuleCounts(ruleID: finding.ruleID)].add(finding.severity)
        if leadingCount[finding.severity, default: 0] < ReportOverview.leadingLimit {
            leadingCount[finding.severity, default: 0] += 1
            leading.append(finding)
        }
    }

    /// A later file's tally added after this one's.
    public mutating func append(_ other: FindingTally) {
        for (rule, counts) in other.byRule { byRule[rule, default: RuleCounts(ruleID: rule)].add(counts) }
        for finding in other.leading where leadingCount[finding.severity, default: 0] < ReportOverview.leadingLimit {
            leadingCount[finding.severity, default: 0] += 1
            leading.append(finding)
        }
    }

    /// One entry per rule id, most findings first, then by id.
    public var ruleCounts: [RuleCounts] {
        byRule.values.sorted { $0.total != $1.total ? $0.total > $1.total : $0.ruleID < $1.ruleID }
    }
}
