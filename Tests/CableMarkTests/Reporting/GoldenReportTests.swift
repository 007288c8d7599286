import Testing

@testable import CableMark

/// Every reporter's output for the fixture report, byte for byte.
@Suite struct GoldenReportTests {
    static let cases: [(ReportFormat, String)] = [
        (.text, "text.txt"), (.json, "json.json"), (.sarif, "sarif.sarif"), (.junit, "junit.xml"),
        (.github, "github.txt"), (.checkstyle, "checkstyle.xml"), (.summary, "summary.txt"),
        (.markdown, "markdown.md"), (.codeclimate, "codeclimate.json"), (.html, "html.html"),
    ]

    @Test func everyFormatHasAGoldenFile() {
        #expect(Set(Self.cases.map(\.0)) == Set(ReportFormat.allCases))
    }

    @Test(arguments: cases)
    func outputMatchesGoldenFile(format: ReportFormat, golden: String) {
        let output = format.reporter(baseDirectory: ReportFixture.baseDirectory).render(ReportFixture.report)
        Golden.expectMatches(output, golden)
    }
}
