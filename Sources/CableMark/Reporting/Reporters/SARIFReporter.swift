/// SARIF 2.1.0 for code scanning: one run, every rule of the run in `tool.driver.rules`, one
/// result per finding, and inputs that could not be read as tool execution notifications.
public struct SARIFReporter: Reporter {
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Where artifact URIs are made relative from; absolute paths outside it become file:// URIs.
    public var baseDirectory: String?

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    public var partSeparator: String { ",\n" }

    /// Results are the elements of `runs[0].results`.
    static let elementIndent = 4

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in context.rules.enumerated() where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = index
        }
        return Results(reporter: self, ruleIndex: ruleIndex)
    }

    public func head(_ overview: ReportOverview) -> String { log(overview).renderedAroundHole().before }

    public func tail(_ overview: ReportOverview) -> String { log(overview).renderedAroundHole().after + "\n" }

    private func log(_ overview: ReportOverview) -> JSONValue {
        let problems = overview.files.compactMap(notification)
        let driver = JSONValue.object([
            ("name", .string(overview.tool.name)),
            ("version", .string(overview.tool.version)),
            ("semanticVersion", .string(overview.tool.version)),
            ("informationUri", .string(overview.tool.informationURI)),
            ("rules", .array(overview.rules.map(Self.rule))),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([.object([
                ("executionSuccessful", .bool(problems.isEmpty)),
                ("toolExecutionNotifications", .array(problems)),
            ])])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .hole(isEmpty: overview.findingCount == 0)),
        ])
        return .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    /// One file's results; fingerprints count occurrences within the file, as every finding's
    /// fingerprint includes its file.
    private struct Results: FilePartWriter {
        let reporter: SARIFReporter
        let ruleIndex: [String: Int]
        var fingerprints = Fingerprint.Occurrences()
        var elements = JSONElements(indent: SARIFReporter.elementIndent)

        init(reporter: SARIFReporter, ruleIndex: [String: Int]) {
            self.reporter = reporter
            self.ruleIndex = ruleIndex
        }

        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                let hash = fingerprints.next(finding, path: reporter.uri(finding.path))
                let result = reporter.result(finding, ruleIndex: ruleIndex[finding.ruleID], fingerprint: hash)
                output += elements.append(result)
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
    }

    func uri(_ path: String) -> String { ReportPath.uri(path, base: baseDirectory) }

    static func level(_ severity: Severity) -> String { severity.rawValue }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        let full = rule.rationale.isEmpty ? rule.title : rule.rationale
        var help = rule.help.isEmpty ? full : rule.help
        if !rule.source.isEmpty { help += "\n\nSource: \(rule.source)" }
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("help", .object([("text", .string(help))])),
            ("defaultConfiguration", .object([
                ("enabled", .bool(rule.enabled)),
                ("level", .string(level(rule.severity))),
            ])),
            ("properties", .object([("source", .string(rule.source))])),
        ])
    }

    func result(_ finding: Finding, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(finding))])])),
            ("partialFingerprints", .object([("primaryLocationLineHash", .string(fingerprint))])),
        ]
        var properties: [(String, JSONValue)] = []
        if let recordNumber = finding.recordNumber { properties.append(("recordNumber", .int(recordNumber))) }
        if let cableID = finding.cableID { properties.append(("cableId", .string(cableID))) }
        if !properties.isEmpty { members.append(("properties", .object(properties))) }
        return .object(members)
    }

    func physicalLocation(_ finding: Finding) -> JSONValue {
        let start = finding.range.start
        // A range that ends before it starts (never expected) is reported as empty, not invalid.
        let end = finding.range.end.offset >= start.offset ? finding.range.end : start
        return .object([
            ("artifactLocation", .object([("uri", .string(uri(finding.path)))])),
            ("region", .object([
                ("startLine", .int(max(1, start.line))),
                ("startColumn", .int(max(1, start.column))),
                ("endLine", .int(max(1, end.line))),
                ("endColumn", .int(max(1, end.column))),
                ("byteOffset", .int(max(0, start.offset))),
                ("byteLength", .int(end.offset - start.offset)),
            ])),
        ])
    }

    func notification(_ file: FileOutline) -> JSONValue? {
        guard let problem = file.problem else { return nil }
        return .object([
            ("level", .string("error")),
            ("message", .object([("text", .string("\(file.path): \(problem)"))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(uri(file.path)))]))
            ]))])])),
        ])
    }
}
