/// Checkstyle XML: a `file` element for every input, an `error` element per finding.
public struct CheckstyleReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in report.files {
            let name = XMLEscaping.attribute(file.path)
            if file.findings.isEmpty && file.problem == nil {
                output += "  <file name=\"\(name)\"/>\n"
                continue
            }
            output += "  <file name=\"\(name)\">\n"
            if let problem = file.problem {
                output += "    <error line=\"1\" severity=\"error\" message=\"\(XMLEscaping.attribute(problem))\""
                    + " source=\"\(report.tool.name).input-error\"/>\n"
            }
            for finding in file.findings {
                let start = finding.range.start
                output += "    <error line=\"\(start.line)\" column=\"\(start.column)\""
                    + " severity=\"\(Self.severity(finding.severity))\""
                    + " message=\"\(XMLEscaping.attribute(finding.message))\""
                    + " source=\"\(XMLEscaping.attribute("\(report.tool.name).\(finding.ruleID)"))\"/>\n"
            }
            output += "  </file>\n"
        }
        output += "</checkstyle>\n"
        return output
    }

    /// Checkstyle's own words: error, warning, info.
    static func severity(_ severity: Severity) -> String { severity.rawValue }
}
