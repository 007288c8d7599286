/// A Markdown table of every finding under the summary line: what the GitHub reporter's run
/// appends to `$GITHUB_STEP_SUMMARY`, where annotations would stop at ten.
public struct MarkdownReporter: Reporter {
    public init() {}

    public var partSeparator: String { "" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter { Rows() }

    public func head(_ overview: ReportOverview) -> String {
        var output = "### \(overview.tool.name): \(overview.summary.line)\n\n"
        if overview.findingCount > 0 {
            output += "| Severity | File | Line | Column | Rule | Message |\n"
            output += "|---|---|---:|---:|---|---|\n"
        }
        return output
    }

    public func tail(_ overview: ReportOverview) -> String {
        let unreadable = overview.files.filter { $0.problem != nil }
        guard !unreadable.isEmpty else { return "" }
        var output = overview.findingCount == 0 ? "" : "\n"
        output += "| Unreadable file | Problem |\n|---|---|\n"
        for file in unreadable {
            output += "| \(Self.code(file.path)) | \(Self.cell(file.problem ?? "")) |\n"
        }
        return output
    }

    private struct Rows: FilePartWriter {
        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                let start = finding.range.start
                output += "| \(finding.severity.rawValue) | \(MarkdownReporter.code(finding.path)) | \(start.line)"
                    + " | \(start.column) | \(MarkdownReporter.code(finding.ruleID)) | \(MarkdownReporter.cell(finding.message)) |\n"
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
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
