/// JUnit XML as the Jenkins xUnit schema (junit-10.xsd) has it: one testsuite per input file, one
/// testcase per finding (named by rule and place, unique in the report, as GitLab keeps only the
/// first of equal names) — failing for an error or warning, passing with the note in
/// <system-out> for a note, which is not a defect — one passing testcase for a file without
/// findings, and an error for a file that could not be read.
public struct JUnitReporter: Reporter {
    public init() {}

    public var partSeparator: String { "" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter { TestSuite(path: path) }

    public func head(_ overview: ReportOverview) -> String {
        let summary = overview.summary
        let total = overview.files.reduce(0) { $0 + Self.testCount($1) }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(attr(overview.tool.name))\" tests=\"\(total)\""
            + " failures=\"\(summary.errors + summary.warnings)\""
            + " errors=\"\(summary.unreadableFiles)\" time=\"0\">\n"
    }

    public func tail(_ overview: ReportOverview) -> String { "</testsuites>\n" }

    /// A file's testcases: one per finding, one for a problem reading it, one passing when
    /// there is neither.
    static func testCount(_ file: FileOutline) -> Int {
        max(1, file.findingCount + (file.problem == nil ? 0 : 1))
    }

    /// A file's testsuite. Testcase names hold the file's path, so names unique within the file
    /// are unique in the report.
    private struct TestSuite: FilePartWriter {
        let path: String
        var names = UniqueNames()
        /// Errors and warnings written so far: the testsuite's failures.
        var failures = 0

        mutating func write(_ findings: [Finding]) -> String {
            var output = ""
            for finding in findings {
                let start = finding.range.start
                let name = names.claim("\(finding.ruleID) \(finding.path):\(start.line):\(start.column)")
                output += "    <testcase name=\"\(attr(name))\" classname=\"\(attr(path))\" time=\"0\">\n"
                let line = XMLEscaping.text(TextReporter.line(for: finding))
                if finding.severity == .note {
                    output += "      <system-out>\(line)</system-out>\n"
                } else {
                    failures += 1
                    output += "      <failure message=\"\(attr(finding.message))\""
                        + " type=\"\(finding.severity.rawValue)\">\(line)</failure>\n"
                }
                output += "    </testcase>\n"
            }
            return output
        }

        mutating func finish(_ file: FileOutline) -> (before: String, after: String) {
            let path = attr(file.path)
            var before = "  <testsuite name=\"\(path)\" tests=\"\(JUnitReporter.testCount(file))\""
                + " failures=\"\(failures)\" errors=\"\(file.problem == nil ? 0 : 1)\" skipped=\"0\" time=\"0\">\n"
            if let problem = file.problem {
                before += "    <testcase name=\"\(attr(names.claim(file.path)))\" classname=\"\(path)\" time=\"0\">\n"
                before += "      <error message=\"\(attr(problem))\" type=\"input-error\"/>\n"
                before += "    </testcase>\n"
            } else if file.findingCount == 0 {
                before += "    <testcase name=\"\(attr(names.claim(file.path)))\" classname=\"\(path)\" time=\"0\"/>\n"
            }
            return (before, "  </testsuite>\n")
        }
    }
}

private func attr(_ value: String) -> String { XMLEscaping.attribute(value) }

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
