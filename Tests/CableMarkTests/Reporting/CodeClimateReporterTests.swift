import Foundation
import Testing

@testable import CableMark

/// GitLab Code Quality output has the fields the Code Climate spec requires of an issue.
@Suite struct CodeClimateReporterTests {
    /// The spec's categories (github.com/codeclimate/platform, spec/analyzers/SPEC.md).
    static let categories: Set<String> = [
        "Bug Risk", "Clarity", "Compatibility", "Complexity", "Duplication", "Performance", "Security", "Style",
    ]
    static let severities: Set<String> = ["info", "minor", "major", "critical", "blocker"]

    @Test func everyIssueHasTheSpecsRequiredFields() throws {
        let text = CodeClimateReporter().render(ReportFixture.report)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == ReportFixture.report.findings.count + 1)
        for issue in issues {
            #expect(issue["type"] as? String == "issue")
            #expect(!((issue["check_name"] as? String) ?? "").isEmpty && !((issue["description"] as? String) ?? "").isEmpty)
            let categories = issue["categories"] as? [String] ?? []
            #expect(!categories.isEmpty && Set(categories).isSubset(of: Self.categories), "\(categories)")
            #expect(Self.severities.contains(issue["severity"] as? String ?? ""))
            let location = issue["location"] as? [String: Any]
            #expect(location?["path"] is String && (location?["lines"] as? [String: Int])?["begin"] != nil)
        }
        let note = issues.first { $0["check_name"] as? String == "paragraph-numbering" }
        #expect(note?["categories"] as? [String] == ["Style"])
    }

    @Test func spillsAndLeaksAreSecurityIssues() {
        let spill = RuleDescription(
            id: "portion-above-banner", severity: .error, title: "t", rationale: "r", source: "s", help: "h",
            securitySeverity: "8.0")
        let defect = RuleDescription(id: "portion-missing", severity: .error, title: "t", rationale: "r", source: "s", help: "h")
        #expect(CodeClimateReporter.category(spill) == "Security")
        #expect(CodeClimateReporter.category(defect) == "Bug Risk")
    }
}
