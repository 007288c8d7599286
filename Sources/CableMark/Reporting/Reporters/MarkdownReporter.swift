/// A Markdown table of every finding under the summary line: what the GitHub reporter's run
/// appends to `$GITHUB_STEP_SUMMARY`, where annotations would stop at ten.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var output = "### \(report.tool.name): \(report.summary.line)\n\n"
        let findings = report.findings
        let unreadable = report.files.filter { $0.problem != nil }
        if !findings.isEmpty {
            output += "| Severity | File | Line | Column | Rule | Message |\n"
            output += "|---|---|---:|---:|---|---|\n"
            for finding in findings {
                let start = finding.range.start
                output += "| \(finding.severity.diagnosticName) | \(Self.code(finding.path)) | \(start.line)"
                    + " | \(start.column) | \(Self.code(finding.ruleID)) | \(Self.cell(finding.message)) |\n"
            }
        }
        if !unreadable.isEmpty {
            output += findings.isEmpty ? "" : "\n"
            output += "| Unreadable file | Problem |\n|---|---|\n"
            for file in unreadable {
                output += "| \(Self.code(file.path)) | \(Self.cell(file.problem ?? "")) |\n"
            }
        }
        return output
    }

    /// Table cell text: pipes escaped, line breaks folded, Markdown punctuation left alone.
    static func cell(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case _ where character.isNewline: output += " "
            default: output.append(character)
            }
        }
        return output
    }

    /// A code span that holds any backticks the text has.
    static func code(_ text: String) -> String {
        let cellText = cell(text)
        var longestRun = 0
        var run = 0
        for character in cellText {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = cellText.hasPrefix("`") || cellText.hasSuffix("`") ? " " : ""
        return fence + padding + cellText + padding + fence
    }
}
