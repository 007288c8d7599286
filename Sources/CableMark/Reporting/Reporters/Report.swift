/// Everything a reporter renders: the rules that ran and, for every input file in input order,
/// its findings (already in report order) or why it could not be read.
public struct Report: Sendable {
    public var tool: ToolInfo
    /// The rules the run used, in the engine's order (SARIF `ruleIndex` points into this list).
    public var rules: [RuleDescription]
    public var files: [FileReport]
    /// Set when the run compared its findings with a baseline (`files` then hold only new ones).
    public var baseline: BaselineSummary?

    public init(tool: ToolInfo = .cablemark, rules: [RuleDescription], files: [FileReport], baseline: BaselineSummary? = nil) {
        self.tool = tool
        self.rules = rules
        self.files = files
        self.baseline = baseline
    }

    /// All findings, file after file: the report order of `Finding.reportOrder`.
    public var findings: [Finding] { files.flatMap(\.findings) }

    public var summary: ReportSummary { ReportSummary(files: files, baseline: baseline) }

    /// The rule with this id, if the run declared it.
    public func rule(withID id: String) -> RuleDescription? {
        rules.first { $0.id == id }
    }
}
