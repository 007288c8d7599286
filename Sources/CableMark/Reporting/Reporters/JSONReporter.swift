/// The cablemark JSON report, schema version 1 (docs/json-format.md). Keys keep their documented
/// order; optional values are written as null, never left out.
public struct JSONReporter: Reporter {
    /// Raised only when a field is removed or changes meaning; additions keep the version.
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: Report) -> String {
        let summary = report.summary
        let document = JSONValue.object([
            ("version", .int(Self.schemaVersion)),
            ("tool", .object([("name", .string(report.tool.name)), ("version", .string(report.tool.version))])),
            ("summary", .object([
                ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)),
                ("notes", .int(summary.notes)),
                ("cables", .int(summary.cables)),
                ("files", .int(summary.files)),
                ("unreadableFiles", .int(summary.unreadableFiles)),
                ("baseline", summary.baseline.map { .object([("hidden", .int($0.hidden)), ("fixed", .int($0.fixed))]) } ?? .null),
            ])),
            ("findings", .array(report.findings.map(Self.finding))),
            ("unreadableInputs", .array(report.files.compactMap(Self.unreadable))),
            ("rules", .array(report.rules.map(Self.rule))),
        ])
        return document.rendered() + "\n"
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("ruleId", .string(finding.ruleID)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("path", .string(finding.path)),
            ("recordNumber", .optional(finding.recordNumber)),
            ("range", .object([("start", position(finding.range.start)), ("end", position(finding.range.end))])),
            ("cableId", .optional(finding.cableID)),
            ("context", .string(finding.context)),
        ])
    }

    static func position(_ position: SourcePosition) -> JSONValue {
        .object([("line", .int(position.line)), ("column", .int(position.column)), ("offset", .int(position.offset))])
    }

    static func unreadable(_ file: FileReport) -> JSONValue? {
        file.problem.map { .object([("path", .string(file.path)), ("problem", .string($0))]) }
    }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("severity", .string(rule.severity.rawValue)),
            ("enabled", .bool(rule.enabled)),
            ("title", .string(rule.title)),
            ("rationale", .string(rule.rationale)),
            ("source", .string(rule.source)),
            ("help", .string(rule.help)),
        ])
    }
}
