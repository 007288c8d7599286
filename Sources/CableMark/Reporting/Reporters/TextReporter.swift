/// Compiler-style diagnostics, one line per finding, then the summary line:
/// `path:line:column: error: message [rule-id]`.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var output = ""
        for finding in report.findings {
            output += Self.line(for: finding)
            output += "\n"
        }
        output += report.summary.line
        output += "\n"
        return output
    }

    static func line(for finding: Finding) -> String {
        let start = finding.range.start
        return "\(finding.path):\(start.line):\(start.column): \(finding.severity.diagnosticName): "
            + "\(oneLine(finding.message)) [\(finding.ruleID)]"
    }

    /// Keeps a finding on its line whatever its message holds.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}
