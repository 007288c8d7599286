/// Checkstyle XML: a `file` element for every input, an `error` element per finding.
public struct CheckstyleReporter: Reporter {
    public init() {}

    public var partSeparator: String { "" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter {
        Errors(tool: context.tool.name)
    }

    public func head(_ overview: ReportOverview) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    }

    public func tail(_ overview: ReportOverview) -> String { "</checkstyle>\n" }

    private struct Errors: FilePartWriter {
        var tool: String

        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                let start = finding.range.start
                output += "    <error line=\"\(start.line)\" column=\"\(start.column)\""
                    + " severity=\"\(CheckstyleReporter.severity(finding.severity))\""
                    + " message=\"\(XMLEscaping.attribute(finding.message))\""
                    + " source=\"\(XMLEscaping.attribute("\(tool).\(finding.ruleID)"))\"/>\n"
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) {
            let name = XMLEscaping.attribute(file.path)
            if file.findingCount == 0 && file.problem == nil { return ("  <file name=\"\(name)\"/>\n", "") }
            var before = "  <file name=\"\(name)\">\n"
            if let problem = file.problem {
                before += "    <error line=\"1\" severity=\"error\" message=\"\(XMLEscaping.attribute(problem))\""
                    + " source=\"\(tool).input-error\"/>\n"
            }
            return (before, "  </file>\n")
        }
    }

    /// Checkstyle's own words (error, warning, info), which its readers know; a note is its info.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .note: "info"
        case .warning, .error: severity.rawValue
        }
    }
}
