/// GitLab Code Quality (the CodeClimate issue format: `type` "issue", `check_name`,
/// `description`, `categories`, `location`, `severity`, `fingerprint`): an array with one issue
/// per finding, and one per input that could not be read. GitLab matches issues between the merge
/// request and its target by `fingerprint`, so it is the SARIF one: stable when lines move.
public struct CodeClimateReporter: Reporter {
    /// Where paths are made relative from (GitLab wants paths relative to the repository).
    public var baseDirectory: String?

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    public var partSeparator: String { ",\n" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter {
        var categories: [String: String] = [:]
        for rule in context.rules where categories[rule.id] == nil { categories[rule.id] = Self.category(rule) }
        return Issues(reporter: self, categories: categories)
    }

    /// The spec's category: Security for a rule whose security severity is high (a spill or a
    /// leak, as the rule sets mark them), Style for a note, Bug Risk for any other marking defect.
    static func category(_ rule: RuleDescription) -> String {
        if let value = rule.securitySeverity.flatMap(Double.init), value >= 7 { return "Security" }
        return rule.severity == .note ? "Style" : "Bug Risk"
    }

    public func head(_ overview: ReportOverview) -> String { document(overview).renderedAroundHole().before }

    public func tail(_ overview: ReportOverview) -> String { document(overview).renderedAroundHole().after + "\n" }

    private func document(_ overview: ReportOverview) -> JSONValue {
        .hole(isEmpty: overview.findingCount == 0 && overview.summary.unreadableFiles == 0)
    }

    /// error, warning, info: GitLab's major, minor, info.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }

    func issue(
        description: String, checkName: String, category: String, fingerprint: String, severity: String, path: String, line: Int
    ) -> JSONValue {
        .object([
            ("type", .string("issue")),
            ("description", .string(description)),
            ("check_name", .string(checkName)),
            ("categories", .array([.string(category)])),
            ("fingerprint", .string(fingerprint)),
            ("severity", .string(severity)),
            ("location", .object([
                ("path", .string(ReportPath.relative(path, to: baseDirectory))),
                ("lines", .object([("begin", .int(max(1, line)))])),
            ])),
        ])
    }

    private struct Issues: FilePartWriter {
        let reporter: CodeClimateReporter
        /// Each rule's category, by id.
        let categories: [String: String]
        var fingerprints = Fingerprint.Occurrences()
        var elements = JSONElements(indent: 1)

        init(reporter: CodeClimateReporter, categories: [String: String]) {
            self.reporter = reporter
            self.categories = categories
        }

        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                let fingerprint = fingerprints.next(finding, path: ReportPath.relative(finding.path, to: reporter.baseDirectory))
                output += elements.append(
                    reporter.issue(
                        description: TextReporter.oneLine(finding.message), checkName: finding.ruleID,
                        category: categories[finding.ruleID] ?? "Bug Risk", fingerprint: fingerprint, severity: CodeClimateReporter.severity(finding.severity),
                        path: finding.path, line: finding.range.start.line))
            }
            return output
        }

        /// An unreadable input's issue goes before any findings.
        mutating func finish(_ file: FileOutline) -> (before: String, after: String) {
            guard let problem = file.problem else { return ("", "") }
            var first = JSONElements(indent: 1)
            let issue = reporter.issue(
                description: problem, checkName: "input-error", category: "Bug Risk",
                fingerprint: Fingerprint.fnv1a64(["input-error", ReportPath.relative(file.path, to: reporter.baseDirectory)]),
                severity: "blocker", path: file.path, line: 1)
            return (first.append(issue) + (file.findingCount > 0 ? ",\n" : ""), "")
        }
    }
}
