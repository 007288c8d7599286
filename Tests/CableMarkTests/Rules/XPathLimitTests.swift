import Foundation
import Testing

@testable import CableMark

/// The XPath operation limit: it shrinks with the document, a rule that reaches it gives no
/// finding on that cable while the other rules and the other cables go on, and the run says so.
@Suite struct XPathLimitTests {
    static let rules = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rule-set name="ours" format="1">
          <rule id="chained-axes" severity="error">
            <title>a rule whose merges libxml2 does not count</title>
            <check kind="xpath">
              <assert test="//paragraph/following::node()/preceding::node()/following::node()">never</assert>
            </check>
            <rationale source="s">r</rationale>
          </rule>
          <rule id="paragraph-count" severity="info">
            <title>how many paragraphs</title>
            <check kind="xpath">
              <report test="count(/cable/paragraph) &gt; 0">{count(/cable/paragraph)} paragraphs</report>
            </check>
            <rationale source="s">r</rationale>
          </rule>
        </rule-set>
        """

    @Test func theLimitIsTheBudgetOverTheDocumentsSize() throws {
        // 3,200 elements of 16 bytes of text each: 6,401 nodes, 51,200 bytes.
        let xml = "<r>" + String(repeating: "<p>sixteen bytes!!!</p>", count: 3200) + "</r>"
        let document = try XMLDocument.parseXML(Array(xml.utf8), name: "t.xml")
        let size = XPathOperationLimit.size(of: document)
        let evaluator = try #require(XPathEvaluator(document: document))
        // XPath counts the nodes the other way: every node below the document, and attributes.
        #expect(try evaluator.string(XPathExpression("count(//node() | //@*)")) == "\(size.nodes)")
        #expect(try evaluator.string(XPathExpression("string-length(/)")) == "\(size.textBytes)")
        #expect(size.nodes == 6401 && size.textBytes == 51200)
        #expect(
            evaluator.operationLimit
                == XPathOperationLimit.budget
                / (1 + 6401 / XPathOperationLimit.nodesPerUnit + 51200 / XPathOperationLimit.bytesPerUnit))
        // Attributes are nodes, and their values are text.
        let attributed = try XMLDocument.parseXML(Array("<r a='xyz'><p b='1'>w</p></r>".utf8), name: "a.xml")
        #expect(XPathOperationLimit.size(of: attributed) == (nodes: 5, textBytes: 5))
        #expect(XPathOperationLimit.limit(nodes: 5, textBytes: 5) == XPathOperationLimit.budget)
    }

    @Test func aRuleOverTheLimitGivesNothingAndTheOtherRulesRun() throws {
        let set = try RuleSet.parse(Array(Self.rules.utf8), name: "ours.xml")
        let engine = try Engine(ruleSets: [set], options: EngineOptions(asOf: .testRunDate))
        let big = TestCable(marks: Array(repeating: "C", count: 999)).build()
        let (findings, failures) = engine.evaluate(big)
        #expect(failures.map(\.ruleID) == ["chained-axes"])
        #expect(failures.first?.message.contains("needs more than") == true)
        #expect(findings.filter { $0.ruleID == "paragraph-count" }.map(\.message) == ["999 paragraphs"])
        #expect(!findings.contains { $0.ruleID == "chained-axes" })
        // The same rule finishes on a small cable, where it holds.
        let small = engine.evaluate(TestCable(marks: ["C", "U"]).build())
        #expect(small.failures.isEmpty)
        #expect(small.findings.filter { $0.ruleID == "paragraph-count" }.map(\.message) == ["2 paragraphs"])
    }

    @Test func theRunGoesOnAndNamesTheRuleAndTheCable() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.rules.write(to: directory.appendingPathComponent("ours.xml"), atomically: true, encoding: .utf8)
        try SyntheticCable.text(paragraphs: 3000).write(
            to: directory.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        try SyntheticCable.text(paragraphs: 2).write(
            to: directory.appendingPathComponent("small.txt"), atomically: true, encoding: .utf8)
        let result = try CableMarkProcess.run(
            ["check", "--rules", "ours.xml", "--as-of", "2026-12-01", "--format", "json", "big.txt", "small.txt"],
            directory: directory)
        #expect(result.status == 2)
        let errors = result.standardError.split(separator: "\n")
        #expect(errors.count == 1, "\(result.standardError)")
        #expect(
            errors.first?.hasPrefix(
                "cablemark: error: big.txt: rule 'chained-axes' could not finish on the cable and reported nothing there: "
                    + "'//paragraph/following::node()/preceding::node()/following::node()' needs more than ") == true,
            "\(result.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let counted = findings.filter { $0["ruleId"] as? String == "paragraph-count" }
        #expect(counted.compactMap { $0["path"] as? String }.sorted() == ["big.txt", "small.txt"])
        #expect(!findings.contains { $0["ruleId"] as? String == "chained-axes" })
    }
}
