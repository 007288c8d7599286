import Testing

@testable import CableMark

@Suite struct GitHubReporterTests {
    static func findings(_ count: Int, _ severity: Severity) -> [Finding] {
        (1...count).map {
            Finding(
                ruleID: "rule-\(severity.rawValue)", severity: severity, message: "finding \($0)", path: "a.txt",
                range: ReportFixture.range($0, 1, $0 * 10, length: 1))
        }
    }

    @Test func writesAtMostTenAnnotationsOfEachKind() {
        let report = Report(
            rules: [],
            files: [FileReport(path: "a.txt", cableCount: 1, findings: Self.findings(12, .error) + Self.findings(3, .warning) + Self.findings(11, .note))])
        let lines = GitHubReporter().render(report).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
        #expect(lines.contains("cablemark: 2 errors, 1 note more, not shown as annotations"))
        #expect(lines.last == "12 errors, 3 warnings, 11 notes in 1 cable (1 file)")
    }

    @Test func escapesMessagesAndPropertiesAsGitHubDocumentsIt() {
        #expect(GitHubReporter.escapeData("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d")
        #expect(GitHubReporter.escapeProperty("50% a\r\nb: c, d") == "50%25 a%0D%0Ab%3A c%2C d")
    }

    @Test func annotationPathsAreRelativeToTheWorkspace() {
        let finding = Finding(
            ruleID: "banner-missing", severity: .error, message: "m", path: "/ws/dir/x:y.txt", range: .fileStart)
        #expect(
            GitHubReporter(baseDirectory: "/ws").command(for: finding)
                == "::error file=dir/x%3Ay.txt,line=1,col=1,endLine=1,endColumn=1,title=banner-missing::m")
    }
}
