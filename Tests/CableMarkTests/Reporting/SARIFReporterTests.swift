import Foundation
import Testing

@testable import CableMark

@Suite struct SARIFReporterTests {
    /// Validates with python3's jsonschema; a missing python3 or jsonschema fails the test.
    @Test func outputIsValidAgainstTheSARIFSchema() throws {
        try SARIFValidation.expectValid(SARIFReporter(baseDirectory: ReportFixture.baseDirectory).render(ReportFixture.report))
    }

    @Test func fingerprintsDoNotDependOnLineNumbers() {
        var moved = ReportFixture.report
        for fileIndex in moved.files.indices {
            for findingIndex in moved.files[fileIndex].findings.indices {
                moved.files[fileIndex].findings[findingIndex].range.start.line += 7
                moved.files[fileIndex].findings[findingIndex].range.end.line += 7
            }
        }
        let reporter = SARIFReporter(baseDirectory: ReportFixture.baseDirectory)
        let before = Self.fingerprints(reporter.render(ReportFixture.report))
        let after = Self.fingerprints(reporter.render(moved))
        #expect(before.count == ReportFixture.report.findings.count)
        #expect(before == after)
        #expect(reporter.render(ReportFixture.report) != reporter.render(moved))
    }

    @Test func equalFindingsAreToldApartByOccurrence() {
        var occurrences = Fingerprint.Occurrences()
        let hashes = ReportFixture.report.findings.map { occurrences.next($0, path: $0.path) }
        #expect(Set(hashes).count == hashes.count)
        let banner = zip(ReportFixture.report.findings, hashes).filter { $0.0.ruleID == "banner-missing" }.map(\.1)
        #expect(banner.count == 2)
        #expect(banner[0].split(separator: ":").first == banner[1].split(separator: ":").first)
        #expect(banner.map { $0.split(separator: ":").last } == ["1", "2"])
    }

    @Test func fingerprintsChangeWithContextRuleAndPath() {
        let finding = ReportFixture.report.findings[1]
        var otherContext = finding
        otherContext.context += "!"
        var otherRule = finding
        otherRule.ruleID = "portion-invalid"
        var otherPath = finding
        otherPath.path = "Fixtures/other.txt"
        let hashes = [finding, otherContext, otherRule, otherPath].map {
            var occurrences = Fingerprint.Occurrences()
            return occurrences.next($0, path: $0.path)
        }
        #expect(Set(hashes).count == 4)
    }

    @Test func urisAreRelativeAndPercentEncoded() {
        #expect(ReportPath.uri("/work/repo/Fixtures/ä b.txt", base: "/work/repo") == "Fixtures/%C3%A4%20b.txt")
        #expect(ReportPath.uri("./a/b#c?.txt", base: "/work/repo") == "a/b%23c%3F.txt")
        #expect(ReportPath.uri("/work/repository/x.txt", base: "/work/repo") == "file:///work/repository/x.txt")
        #expect(ReportPath.uri("/x/y.txt", base: nil) == "file:///x/y.txt")
    }

    static func fingerprints(_ sarif: String) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any],
            let runs = object["runs"] as? [[String: Any]], let results = runs.first?["results"] as? [[String: Any]]
        else { return [] }
        return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"] }
    }
}
