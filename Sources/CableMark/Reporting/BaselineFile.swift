/// A baseline that could not be read: the file and the problem, one line.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public var description: String { "\(path): \(problem)" }
}

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

    /// The file's text, keys in the documented order.
    public func rendered(tool: ToolInfo = .cablemark) -> String {
        let document = JSONValue.object([
            ("version", .int(Self.formatVersion)),
            ("tool", .object([("name", .string(tool.name)), ("version", .string(tool.version))])),
            ("findings", .array(entries.map { entry in
                .object([
                    ("ruleId", .string(entry.key.ruleID)),
                    ("path", .string(entry.key.path)),
                    ("context", .string(entry.key.context)),
                    ("occurrence", .int(entry.key.occurrence)),
                    ("message", .string(entry.message)),
                ])
            })),
        ])
        return document.rendered() + "\n"
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
