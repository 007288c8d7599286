import Foundation
import Testing

@testable import CableMark

/// The HTML report marks each finding at its exact bytes of the cable's text, read back from
/// the input, and shows only the lines around the findings.
@Suite struct HTMLReporterTests {
    static let rules = [
        RuleDescription(id: "portion-missing", severity: .error, title: "every paragraph is marked", rationale: "why <b>", source: "E.O. 13526", help: "mark it"),
        RuleDescription(id: "tags-unknown", severity: .warning, title: "tags are known", rationale: "", source: "TAGS", help: ""),
    ]

    /// A cable file, its findings, and the report of them.
    private func render(_ text: String, _ findings: (String) -> [Finding]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-html-\(UUID()).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let found = findings(path)
        let report = Report(rules: Self.rules, files: [FileReport(path: path, cableCount: 1, findings: found)])
        return HTMLReporter().render(report)
    }

    private static func finding(_ rule: String, _ severity: Severity, _ path: String, _ text: String, _ needle: String) -> Finding {
        let start = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: needle)!.lowerBound)
        let position = SourcePosition(line: 1, column: 1, offset: start)
        let end = SourcePosition(line: 1, column: 1, offset: start + needle.utf8.count)
        return Finding(ruleID: rule, severity: severity, message: "about \(needle)", path: path, range: SourceRange(start: position, end: end))
    }

    /// The text of every `<mark>` in the output, in order.
    private func marks(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<mark class=\"[a-z]+\" data-marks=\"[^\"]*\">([^<]*)</mark>")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    @Test func marksEachFindingAtItsBytes() throws {
        let text = "UNCLASSIFIED\nTAGS: PREL KMARR\n\n1. (U) Résumé first.\n2. Second <para> & more.\n"
        let html = try render(text) { path in
            [Self.finding("tags-unknown", .warning, path, text, "KMARR"), Self.finding("portion-missing", .error, path, text, "2.")]
        }
        #expect(marks(html) == ["KMARR", "2."])
        #expect(html.contains("Second &lt;para&gt; &amp; more."))
        #expect(html.contains("Résumé first."))
        #expect(html.components(separatedBy: "<li class=\"finding\"").count == 3)
        #expect(html.contains("popovertarget=\"help-portion-missing\""))
        #expect(html.contains("<h5>Why</h5><p class=\"prose\">why &lt;b&gt;</p>"))
    }

    @Test func overlappingFindingsSplitIntoSegments() throws {
        let text = "SUBJECT: ONE TWO THREE\n"
        let html = try render(text) { path in
            [Self.finding("portion-missing", .error, path, text, "ONE TWO"), Self.finding("tags-unknown", .warning, path, text, "TWO THREE")]
        }
        #expect(marks(html) == ["ONE ", "TWO", " THREE"])
        #expect(html.contains("data-marks=\"\(try #require(Self.idPrefix(html)))-0 \(try #require(Self.idPrefix(html)))-1\">TWO</mark>"))
    }

    @Test func showsOnlyTheLinesAroundFindings() throws {
        let lines = (1...400).map { "line \($0) of the cable" }
        let text = lines.joined(separator: "\n") + "\n"
        let html = try render(text) { path in [Self.finding("portion-missing", .error, path, text, "line 200 of")] }
        #expect(marks(html) == ["line 200 of"])
        for shown in [197, 198, 199, 201, 202, 203] { #expect(html.contains("line \(shown) of the cable")) }
        #expect(!html.contains("line 196 of the cable\n"))
        #expect(!html.contains("line 204 of the cable"))
    }

    @Test func saysWhenTheTextCannotBeReadBack() {
        let finding = Finding(ruleID: "portion-missing", severity: .error, message: "m", path: "/no/such/cable.txt",
                              range: SourceRange(start: SourcePosition(line: 2, column: 1, offset: 5), end: SourcePosition(line: 2, column: 3, offset: 7)))
        let html = HTMLReporter().render(Report(rules: Self.rules, files: [FileReport(path: finding.path, cableCount: 1, findings: [finding])]))
        #expect(html.contains("the text could not be read back: No such file or directory"))
        #expect(html.contains("<li class=\"finding\""))
    }

    private static func idPrefix(_ html: String) -> String? {
        guard let range = html.range(of: "data-f=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        let id = rest[..<quote]
        return String(id[..<id.lastIndex(of: "-")!])
    }
}
