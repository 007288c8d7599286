/// Compiler-style diagnostics, one line per finding, then the summary line:
/// `path:line:column: error: message [rule-id]`.
public struct TextReporter: Reporter {
    public init() {}

    public var partSeparator: String { "" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter { Lines() }

    public func head(_ overview: ReportOverview) -> String { "" }

    public func tail(_ overview: ReportOverview) -> String { overview.summary.line + "\n" }

    private struct Lines: FilePartWriter {
        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                output += TextReporter.line(for: finding)
                output += "\n"
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
    }

    static func line(for finding: Finding) -> String {
        let start = finding.range.start
        return "\(finding.path):\(start.line):\(start.column): \(finding.severity.rawValue): "
            + "\(oneLine(finding.message)) [\(finding.ruleID)]"
    }

    /// Keeps a finding on its line whatever its message holds.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}
