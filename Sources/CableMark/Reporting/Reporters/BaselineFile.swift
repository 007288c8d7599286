/// The baseline file, version 1 (docs/ci.md): a JSON object with the format version, the tool
/// that wrote it, and one entry per accepted finding in report order.
///
///     {
///       "version": 1,
///       "tool": { "name": "cablemark", "version": "0.1.0" },
///       "findings": [
///         { "ruleId": "portion-missing", "path": "cables/lima.txt",
///           "context": "2. The second paragraph.", "occurrence": 1,
///           "message": "paragraph 2 has no portion mark" }
///       ]
///     }
extension Baseline {
    public static let formatVersion = 1

    /// The file's text, keys in the documented order: what `--write-baseline` writes.
    public func rendered(tool: ToolInfo = .cablemark) -> String {
        let (before, after, _) = BaselineReporter.document(tool: tool, isEmpty: entries.isEmpty).renderedAroundHole()
        var elements = JSONElements(indent: BaselineReporter.elementIndent)
        return before + entries.map { elements.append(BaselineReporter.element($0)) }.joined() + after + "\n"
    }

    /// Reads a baseline file's bytes; `path` names it in errors.
    public init(parsing bytes: [UInt8], path: String) throws(BaselineError) {
        func failure(_ problem: String) -> BaselineError {
            BaselineError(path: path, problem: "not a cablemark baseline: \(problem)")
        }
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes)
        } catch {
            throw failure(error.description)
        }
        guard let version = document["version"]?.intValue else { throw failure("no \"version\"") }
        guard version == Self.formatVersion else {
            throw BaselineError(path: path, problem: "baseline format version \(version) is not supported (this cablemark reads \(Self.formatVersion))")
        }
        guard let findings = document["findings"]?.arrayValue else { throw failure("no \"findings\" array") }
        var entries: [Entry] = []
        for (index, finding) in findings.enumerated() {
            guard let ruleID = finding["ruleId"]?.stringValue, let findingPath = finding["path"]?.stringValue,
                let context = finding["context"]?.stringValue, let occurrence = finding["occurrence"]?.intValue
            else {
                throw failure("finding \(index + 1) lacks \"ruleId\", \"path\", \"context\" or \"occurrence\"")
            }
            let key = Key(ruleID: ruleID, path: findingPath, context: Self.folded(context), occurrence: occurrence)
            entries.append(Entry(key: key, message: finding["message"]?.stringValue ?? ""))
        }
        self.init(entries: entries)
    }
}

/// Writes the baseline file of a run (`--write-baseline`) file by file, as the run checks them:
/// every finding, with the key the baseline knows it by.
public struct BaselineReporter: Reporter {
    /// Where paths are made relative from.
    public var baseDirectory: String?

    public init(baseDirectory: String?) {
        self.baseDirectory = baseDirectory
    }

    public var partSeparator: String { ",\n" }

    /// Entries are the elements of the top object's "findings" array.
    static let elementIndent = 2

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter {
        Entries(baseDirectory: baseDirectory)
    }

    public func head(_ overview: ReportOverview) -> String {
        Self.document(tool: overview.tool, isEmpty: overview.findingCount == 0).renderedAroundHole().before
    }

    public func tail(_ overview: ReportOverview) -> String {
        Self.document(tool: overview.tool, isEmpty: overview.findingCount == 0).renderedAroundHole().after + "\n"
    }

    static func document(tool: ToolInfo, isEmpty: Bool) -> JSONValue {
        .object([
            ("version", .int(Baseline.formatVersion)),
            ("tool", .object([("name", .string(tool.name)), ("version", .string(tool.version))])),
            ("findings", .hole(isEmpty: isEmpty)),
        ])
    }

    static func element(_ entry: Baseline.Entry) -> JSONValue {
        .object([
            ("ruleId", .string(entry.key.ruleID)),
            ("path", .string(entry.key.path)),
            ("context", .string(entry.key.context)),
            ("occurrence", .int(entry.key.occurrence)),
            ("message", .string(entry.message)),
        ])
    }

    private struct Entries: FilePartWriter {
        let baseDirectory: String?
        var counter = OccurrenceCounter()
        var elements = JSONElements(indent: BaselineReporter.elementIndent)

        init(baseDirectory: String?) {
            self.baseDirectory = baseDirectory
        }

        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                let entry = Baseline.Entry(key: counter.key(for: finding, baseDirectory: baseDirectory), message: finding.message)
                output += elements.append(BaselineReporter.element(entry))
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
    }
}
