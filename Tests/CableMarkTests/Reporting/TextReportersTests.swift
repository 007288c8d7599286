import Foundation
import Testing

@testable import CableMark

@Suite struct TextReportersTests {
    @Test func summaryLineCountsWithPlurals() {
        let one = FileReport(
            path: "a.txt", cableCount: 1,
            findings: [Finding(ruleID: "r", severity: .error, message: "m", path: "a.txt", range: .fileStart)])
        #expect(ReportSummary(files: [one]).line == "1 error, 0 warnings, 0 notes in 1 cable (1 file)")
        #expect(ReportSummary(files: []).line == "0 errors, 0 warnings, 0 notes in 0 cables (0 files)")
    }

    @Test func textPutsEveryFindingOnOneLine() {
        let lines = TextReporter().render(ReportFixture.report).split(separator: "\n", omittingEmptySubsequences: false)
        // One line per finding, the summary line, and the empty string after the last newline.
        #expect(lines.count == ReportFixture.report.findings.count + 2)
        #expect(lines[3] == "cables.csv:2:1: error: no classification line in 100% of the record [banner-missing]")
    }

    @Test func jsonParsesAndCarriesEveryFinding() throws {
        let json = JSONReporter().render(ReportFixture.report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == JSONReporter.schemaVersion)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["message"] as? String } == ReportFixture.report.findings.map(\.message))
        #expect(findings[0]["recordNumber"] is NSNull)
        #expect(findings[3]["recordNumber"] as? Int == 1)
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ReportFixture.rules.map(\.id))
    }

    @Test func markdownEscapesTableCells() {
        #expect(MarkdownReporter.cell("a | b\nc") == "a \\| b c")
        #expect(MarkdownReporter.code("x`y") == "``x`y``")
        #expect(MarkdownReporter.code("`x") == "`` `x ``")
    }
}
