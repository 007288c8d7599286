import Foundation
import Testing

@testable import CableMark

/// `rules`, `explain` and `dump`, from the built binary.
@Suite struct OtherCommandsTests {
    @Test func rulesListsTheCatalogWithOptionsApplied() throws {
        let result = try CableMarkProcess.run(["rules", "--disable", "tags-unknown", "--enable", "subject-unmarked"])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.first == ["ID", "SEVERITY", "ENABLED", "TITLE"])
        let byID = Dictionary(rows.dropFirst().map { (String($0[0]), $0) }, uniquingKeysWith: { first, _ in first })
        for id in ["banner-missing", "portion-missing", "declass-mr", "document-unrecognized"] {
            #expect(byID[id] != nil, "\(id) is not listed")
        }
        #expect(byID["tags-unknown"]?[2] == "no")
        #expect(byID["subject-unmarked"]?[2] == "yes")
        #expect(byID["portion-missing"]?[1] == "error")
    }

    @Test func explainShowsSourceRationaleAndExamples() throws {
        let result = try CableMarkProcess.run(["explain", "portion-missing"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("portion-missing: "))
        #expect(result.standardOutput.contains("Source: 5 FAH-1 H-246.2(c)"))
        #expect(result.standardOutput.contains("\nWhy:\n"))
        #expect(result.standardOutput.contains("Example that triggers the rule"))
    }

    @Test func explainingAnUnknownRuleIsBadUsageWithASuggestion() throws {
        let result = try CableMarkProcess.run(["explain", "portion-mising"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("unknown rule id 'portion-mising'; did you mean 'portion-missing'?"))
        #expect(result.standardOutput.isEmpty)
        let disabled = try CableMarkProcess.run(["check", "--disable", "no-such-rule", "x.txt"])
        #expect(disabled.status == 64)
        #expect(disabled.standardError.contains("unknown rule id 'no-such-rule' in --disable"))
    }

    @Test func dumpPrintsTheCableAsJSONAndAsXML() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try CableMarkProcess.run(["dump", "--json", "lima.txt"], directory: directory)
        #expect(json.status == 0)
        let cables = try JSONDecoder().decode([Cable].self, from: Data(json.standardOutput.utf8))
        #expect(cables.count == 1)
        #expect(cables.first?.path == "lima.txt")
        #expect(cables.first?.paragraphs.count == 2)

        let xml = try CableMarkProcess.run(["dump", "--xml", "lima.txt"], directory: directory)
        #expect(xml.status == 0)
        let root = try XMLDocument.parseXML(Array(xml.standardOutput.utf8), name: "dump.xml").root
        #expect(root?.name == "cable")
        #expect(root?.descendants(named: "paragraph").count == 2)
    }

    @Test func dumpOfSomethingThatIsNoCableSaysSo() throws {
        let directory = try SyntheticCables.directory(["notes.txt": "shopping list\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["dump", "notes.txt"], directory: directory)
        #expect(result.status == 2)
        #expect(try JSONDecoder().decode([Cable].self, from: Data(result.standardOutput.utf8)).isEmpty)
        #expect(result.standardError.hasPrefix("cablemark: error: notes.txt: line 1: not a cable: "))
    }
}
