/// JUnit XML: one testsuite per input file, one failing testcase per finding (named by rule and
/// place, unique in the report, as GitLab keeps only the first of equal names), one passing
/// testcase for a file without findings, and an error for a file that could not be read.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let summary = report.summary
        let total = report.files.reduce(0) { $0 + max(1, $1.findings.count) }
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<testsuites name=\"\(attr(report.tool.name))\" tests=\"\(total)\""
            + " failures=\"\(summary.errors + summary.warnings + summary.notes)\""
            + " errors=\"\(summary.unreadableFiles)\" skipped=\"0\" time=\"0\">\n"
        var names = UniqueNames()
        for file in report.files {
            let path = attr(file.path)
            let errors = file.problem == nil ? 0 : 1
            output += "  <testsuite name=\"\(path)\" tests=\"\(max(1, file.findings.count))\""
                + " failures=\"\(file.findings.count)\" errors=\"\(errors)\" skipped=\"0\" time=\"0\">\n"
            if let problem = file.problem {
                output += "    <testcase name=\"\(attr(names.claim(file.path)))\" classname=\"\(path)\" time=\"0\">\n"
                output += "      <error message=\"\(attr(problem))\" type=\"input-error\"/>\n"
                output += "    </testcase>\n"
            } else if file.findings.isEmpty {
                output += "    <testcase name=\"\(attr(names.claim(file.path)))\" classname=\"\(path)\" time=\"0\"/>\n"
            }
            for finding in file.findings {
                let start = finding.range.start
                let name = names.claim("\(finding.ruleID) \(finding.path):\(start.line):\(start.column)")
                output += "    <testcase name=\"\(attr(name))\" classname=\"\(path)\" time=\"0\">\n"
                output += "      <failure message=\"\(attr(finding.message))\""
                    + " type=\"\(finding.severity.diagnosticName)\">"
                    + XMLEscaping.text(TextReporter.line(for: finding)) + "</failure>\n"
                output += "    </testcase>\n"
            }
            output += "  </testsuite>\n"
        }
        output += "</testsuites>\n"
        return output
    }

    private func attr(_ value: String) -> String { XMLEscaping.attribute(value) }
}

/// Hands out names that were not handed out before, adding " (2)", " (3)" to repeats.
struct UniqueNames {
    private var used: Set<String> = []

    mutating func claim(_ name: String) -> String {
        var candidate = name
        var number = 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(name) (\(number))"
        }
        used.insert(candidate)
        return candidate
    }
}
