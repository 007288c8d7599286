/// The cablemark JSON report, schema version 1 (docs/json-format.md). Keys keep their documented
/// order; optional values are written as null, never left out.
public struct JSONReporter: Reporter {
    /// Raised only when a field is removed or changes meaning; additions keep the version.
    public static let schemaVersion = 1

    public init() {}

    public var partSeparator: String { ",\n" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter {
        Findings()
    }

    public func head(_ overview: ReportOverview) -> String { document(overview).renderedAroundHole().before }

    public func tail(_ overview: ReportOverview) -> String { document(overview).renderedAroundHole().after + "\n" }

    /// The findings are the elements of the top object's "findings" array.
    static let elementIndent = 2

    private struct Findings: FilePartWriter {
        var elements = JSONElements(indent: JSONReporter.elementIndent)

        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings { output += elements.append { JSONReporter.write(finding, to: &$0) } }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
    }

    private func document(_ overview: ReportOverview) -> JSONValue {
        let summary = overview.summary
        return .object([
            ("version", .int(Self.schemaVersion)),
            ("tool", .object([("name", .string(overview.tool.name)), ("version", .string(overview.tool.version))])),
            ("summary", .object([
                ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)),
                ("notes", .int(summary.notes)),
                ("cables", .int(summary.cables)),
                ("files", .int(summary.files)),
                ("unreadableFiles", .int(summary.unreadableFiles)),
                ("baseline", summary.baseline.map { .object([("hidden", .int($0.hidden)), ("fixed", .int($0.fixed))]) } ?? .null),
            ])),
            ("findings", .hole(isEmpty: overview.findingCount == 0)),
            ("unreadableInputs", .array(overview.files.compactMap(Self.unreadable))),
            ("rules", .array(overview.rules.map(Self.rule))),
        ])
    }

    /// A finding, written without a `JSONValue`: a run writes one per finding.
    static func write(_ finding: Finding, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("ruleId", finding.ruleID)
        writer.member("severity", finding.severity.rawValue)
        writer.member("message", finding.message)
        writer.member("path", finding.path)
        writer.member("recordNumber", finding.recordNumber)
        writer.key("range")
        write(finding.range, to: &writer)
        writer.member("cableId", finding.cableID)
        writer.member("context", finding.context)
        writer.endObject()
    }

    /// `{"start": {"line", "column", "offset"}, "end": {…}}`.
    static func write(_ range: SourceRange, to writer: inout JSONWriter) {
        writer.range(
            from: (range.start.line, range.start.column, range.start.offset),
            to: (range.end.line, range.end.column, range.end.offset))
    }

    static func unreadable(_ file: FileOutline) -> JSONValue? {
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

/// The elements of a JSON array that a file's part holds, each on its own lines at `indent`,
/// joined by ",\n" (the parts of two files are joined the same way).
struct JSONElements {
    let indent: Int
    private var written = false

    init(indent: Int) {
        self.indent = indent
    }

    /// The element's text, after the separator unless it is the part's first.
    mutating func append(_ value: JSONValue) -> String {
        appendRendered(value.rendered(indent: indent))
    }

    /// The same for an element `write` writes.
    mutating func append(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(level: indent)
        write(&writer)
        return appendRendered(String(decoding: writer.bytes, as: UTF8.self))
    }

    /// The same for an element already rendered at `indent` (on another thread).
    mutating func appendRendered(_ rendered: String) -> String {
        defer { written = true }
        return (written ? ",\n" : "") + JSONWriter.indentation(indent) + rendered
    }
}
