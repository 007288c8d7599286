import CableMark
import Foundation
import Testing

/// The README shows a complete custom rule set; it must be the file in docs/examples, and the rule
/// must fire where the README says it does.
@Suite struct ReadmeExampleTests {
    static let root = CableMarkProcess.packageRoot

    @Test func theReadmeShowsTheExampleRuleSetAsItIs() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let rules = try String(contentsOf: Self.root.appendingPathComponent("docs/examples/house-rules.xml"), encoding: .utf8)
        #expect(readme.contains("```xml\n" + rules + "```"))
    }

    @Test func theExampleRuleSetsExamplesBehave() throws {
        let rules = try RuleSet.load(path: Self.root.appendingPathComponent("docs/examples/house-rules.xml").path)
        #expect(rules.verifyExamples(asOf: .testRunDate).map(\.description) == [])
    }

    @Test func theExampleRuleFires() throws {
        let run = try CableMarkProcess.run(
            ["check", "--rules", "docs/examples/house-rules.xml", "--as-of", "2026-01-01", "Samples/missing-classifier.txt"],
            directory: Self.root)
        #expect(run.status == 1)
        #expect(run.standardOutput.contains(
            "Samples/missing-classifier.txt:16:1: warning: TAGS names no two-letter country tag: PREL PTER EUN [tags-country]"))
        let clean = try CableMarkProcess.run(
            ["check", "--rules", "docs/examples/house-rules.xml", "--as-of", "2026-01-01", "Samples/clean-confidential.txt"],
            directory: Self.root)
        #expect(!clean.standardOutput.contains("[tags-country]"))
    }

    @Test func theReadmeStartsWithTheTwoCommands() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines[2...5]) == ["```sh", "Scripts/setup && swift run cablemark check Samples/", "Scripts/setup --tests && swift test", "```"])
    }
}
