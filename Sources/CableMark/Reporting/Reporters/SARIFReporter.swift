/// SARIF 2.1.0 for code scanning: one run, every rule of the run in `tool.driver.rules`, one
/// result per finding, and inputs that could not be read as tool execution notifications.
public struct SARIFReporter: Reporter {
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The directory relative input paths start from (the working directory).
    public var baseDirectory: String?
    /// The absolute directory artifact URIs are relative to, named `SRCROOT` in
    /// `originalUriBaseIds` (normally the repository's root, so that code scanning maps results to
    /// its files); paths outside it become file:// URIs. Nil: URIs relative to `baseDirectory`.
    public var sourceRoot: String?

    /// The `uriBaseId` of every artifact inside `sourceRoot`.
    public static let sourceRootID = "SRCROOT"

    public init(baseDirectory: String? = nil, sourceRoot: String? = nil) {
        self.baseDirectory = baseDirectory
        self.sourceRoot = sourceRoot
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
        var members: [(String, JSONValue)] = [("tool", .object([("driver", driver)]))]
        if let sourceRoot {
            let root = ReportPath.percentEncoded(sourceRoot.hasSuffix("/") ? sourceRoot : sourceRoot + "/")
            members.append(("originalUriBaseIds", .object([(Self.sourceRootID, .object([("uri", .string("file://" + root))]))])))
        }
        let run = JSONValue.object(members + [
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
                let hash = fingerprints.next(finding, path: reporter.artifactLocation(finding.path).uri)
                let result = reporter.result(finding, ruleIndex: ruleIndex[finding.ruleID], fingerprint: hash)
                output += elements.append(result)
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
    }

    /// An input's URI, relative to the source root (with its `uriBaseId`) when it lies inside it.
    func artifactLocation(_ path: String) -> (uri: String, baseID: String?) {
        guard let sourceRoot else { return (ReportPath.uri(path, base: baseDirectory), nil) }
        let absolute = ReportPath.absolute(path, from: baseDirectory ?? "/")
        let uri = ReportPath.uri(absolute, base: sourceRoot)
        return (uri, uri.hasPrefix("file://") ? nil : Self.sourceRootID)
    }

    func artifactLocationJSON(_ path: String) -> JSONValue {
        let location = artifactLocation(path)
        var members: [(String, JSONValue)] = [("uri", .string(location.uri))]
        if let baseID = location.baseID { members.append(("uriBaseId", .string(baseID))) }
        return .object(members)
    }

    static func level(_ severity: Severity) -> String { severity.rawValue }

    /// The security severity of a rule whose rule set gives none, by its severity.
    static func defaultSecuritySeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "5.0"
        case .warning: "3.0"
        case .note: "1.0"
        }
    }

    static func rule(_ rule: RuleDescription) -> JSONValue {
        let full = rule.rationale.isEmpty ? rule.title : rule.rationale
        var help = rule.help.isEmpty ? full : rule.help
        if !rule.source.isEmpty { help += "\n\nSource: \(rule.source)" }
        var markdown = "**\(rule.title)**\n\n\(full)"
        if !rule.help.isEmpty { markdown += "\n\n**What to do:** \(rule.help)" }
        if !rule.source.isEmpty { markdown += "\n\n*Source: \(rule.source)*" }
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(markdown))])),
            ("defaultConfiguration", .object([
                ("enabled", .bool(rule.enabled)),
                ("level", .string(level(rule.severity))),
            ])),
            ("properties", .object([
                ("source", .string(rule.source)),
                ("tags", .array([.string("security"), .string("classification-marking")])),
                ("security-severity", .string(rule.securitySeverity ?? defaultSecuritySeverity(rule.severity))),
            ])),
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
            ("artifactLocation", artifactLocationJSON(finding.path)),
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
                ("artifactLocation", artifactLocationJSON(file.path))
            ]))])])),
        ])
    }
}
