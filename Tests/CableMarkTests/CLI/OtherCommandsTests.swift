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
        // The example's base cable as edited, with the ↓ where the rule fires.
        #expect(result.standardOutput.contains("\nExample that triggers the rule (base lima-confidential; ↓ marks each finding):\n"))
        #expect(result.standardOutput.contains("\n    ↓2. The visit is planned for early July"))
        #expect(result.standardOutput.contains("\nExample that does not trigger the rule (base lima-confidential):\n"))
        // Its two portion-required checks: the kind's parameters once, from its declaration.
        let parameters = "\nParameters of portion-required:\n    roll-up (true or false): true: "
        #expect(result.standardOutput.components(separatedBy: parameters).count == 2)
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
        let cables = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(cables.count == 1)
        let cable = try #require(cables.first)
        // The documented vocabulary, not the internal model.
        #expect(cable["path"] as? String == "lima.txt" && cable["level"] as? String == "C")
        let paragraphs = try #require(cable["paragraph"] as? [[String: Any]])
        #expect(paragraphs.map { $0["mark"] as? String } == ["C", nil])
        #expect(paragraphs.map { $0["line"] as? Int } == [15, 16])
        #expect((cable["banner"] as? [String: Any])?["classification"] as? String == "CONFIDENTIAL")
        #expect((cable["decl"] as? [String: Any])?["date"] as? String == "2017-06-21")
        #expect(!json.standardOutput.contains("isEFTO") && !json.standardOutput.contains("\"level\": 1"))

        let xml = try CableMarkProcess.run(["dump", "--xml", "lima.txt"], directory: directory)
        #expect(xml.status == 0)
        let root = try XMLDocument.parseXML(Array(xml.standardOutput.utf8), name: "dump.xml").root
        #expect(root?.name == "cable")
        #expect(root?.descendants(named: "paragraph").count == 2)
    }

    /// docs/dump-json.schema.json, checked with python3's jsonschema against the dumps of every
    /// cable of ../shared/seeds and of the samples (all five formats).
    @Test func dumpJSONIsValidAgainstItsSchema() throws {
        let schema = CableMarkProcess.packageRoot.appendingPathComponent("docs/dump-json.schema.json")
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CableMarkProcess.shared.appendingPathComponent("seeds").path)
            .sorted().map { CableMarkProcess.shared.appendingPathComponent("seeds/\($0)").path }
        let samples = try FileManager.default.contentsOfDirectory(atPath: CableMarkProcess.packageRoot.appendingPathComponent("Samples").path)
            .sorted().map { CableMarkProcess.packageRoot.appendingPathComponent("Samples/\($0)").path }
        var dumps: [String] = []
        for (index, file) in (seeds + samples).enumerated() {
            let result = try CableMarkProcess.run(["dump", "--json", file])
            guard result.status == 0 else { continue }
            let dump = directory.appendingPathComponent("dump-\(index).json")
            try Data(result.standardOutput.utf8).write(to: dump)
            dumps.append(dump.path)
        }
        #expect(dumps.count == seeds.count + samples.count, "a dump failed")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema)
            bad = [(path, list(e.absolute_path), e.message) for path in sys.argv[2:] for e in validator.iter_errors(json.load(open(path)))]
            for problem in bad[:20]: print(problem)
            sys.exit(1 if bad else 0)
            """
        let validation = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, schema.path] + dumps)
        #expect(validation.status == 0, "\(validation.standardOutput)\(validation.standardError)")
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
