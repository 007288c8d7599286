import Foundation
import Testing

@testable import CableMark

/// `sanitize --vaughn FILE.csv`: one row per withheld portion, matching the manifest's record
/// of what was withheld, with exemption (b)(1) and the cable's E.O. citation for classified
/// portions, and a row for every cable that got no public version.
@Suite struct VaughnIndexTests {
    typealias Support = SanitizeTestSupport

    /// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(character)
            }
        }
        return records
    }

    @Test func rowsMatchTheManifestsWithheldPortions() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let index = out.appendingPathComponent("vaughn.csv")
        let samples = CableMarkProcess.packageRoot.appendingPathComponent("Samples").path
        let refused = SharedFixtures.sanitize.appendingPathComponent("no-classification-line.txt").path
        let result = try CableMarkProcess.run(["sanitize", samples, refused, "--out", out.appendingPathComponent("public").path, "--vaughn", index.path])
        #expect(result.status == 1, "\(result.standardError)")

        let records = Self.parseCSV(try String(contentsOf: index, encoding: .utf8))
        let header = try #require(records.first)
        #expect(header == VaughnIndex.header.dropLast().split(separator: ",").map(String.init))
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(records.dropFirst().allSatisfy { $0.count == header.count })

        let manifestData = try Data(contentsOf: out.appendingPathComponent("public/sanitize-manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        var expected: [String] = []
        for input in try #require(manifest["inputs"] as? [[String: Any]]) {
            for cable in try #require(input["cables"] as? [[String: Any]]) {
                guard cable["status"] as? String == "written" else {
                    expected.append("\(input["path"]!) withheld-document ")
                    continue
                }
                for alteration in try #require(cable["alterations"] as? [[String: Any]])
                where ["withheld-paragraph", "withheld-field", "redacted-text"].contains(alteration["kind"] as? String) {
                    expected.append("\(input["path"]!) \(alteration["kind"]!) \(alteration["replacement"]!)")
                }
            }
        }
        #expect(rows.map { "\($0["input"]!) \($0["kind"]!) \($0["notice"]!)" } == expected)
        #expect(rows.contains { $0["input"] == refused && $0["kind"] == "withheld-document" && $0["portion"] == "entire document" })

        let classified = rows.filter { ["C", "S", "TS"].contains($0["level"]) }
        #expect(!classified.isEmpty)
        for row in classified {
            #expect(row["exemption"] == "(b)(1)")
            #expect(row["notice"] == "[withheld: (\(row["level"]!)), \(row["basis"]!)]")
        }
        let unclassified = rows.filter { !["C", "S", "TS"].contains($0["level"]) }
        #expect(unclassified.filter { $0["kind"] != "redacted-text" }.allSatisfy { $0["exemption"] == "" && $0["basis"] != "" })
        #expect(unclassified.filter { $0["kind"] == "redacted-text" }.allSatisfy { $0["exemption"] == "(b)(6)" })
        let kyiv = try #require(rows.first { $0["document"] == "09KYIV944" && $0["portion"] == "paragraph 1" })
        #expect(kyiv["date"] == "2009-06-01" && kyiv["basis"] == "E.O. 12958 1.4(b)(d)")
    }

    /// The index reads what was withheld from the decision, not from the notice: a policy with
    /// FOIA-style notices gives the same rows, the notice column aside.
    @Test func rowsAreTheSameInBothNoticeStylesButTheNotice() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let builtIn = try String(
            contentsOf: CableMarkProcess.packageRoot.appendingPathComponent("Rules/redaction-policy.xml"), encoding: .utf8)
        let foiaPolicy = builtIn.replacingOccurrences(of: "<notices style=\"classification\"/>", with: "<notices style=\"foia\"/>")
        #expect(foiaPolicy != builtIn)
        let policyFile = out.appendingPathComponent("foia-policy.xml")
        try foiaPolicy.write(to: policyFile, atomically: true, encoding: .utf8)
        let samples = CableMarkProcess.packageRoot.appendingPathComponent("Samples").path
        func rows(_ name: String, _ policy: [String]) throws -> [[String: String]] {
            let index = out.appendingPathComponent("\(name).csv")
            let result = try CableMarkProcess.run(
                ["sanitize", samples, "--out", out.appendingPathComponent(name).path, "--salt", "s", "--vaughn", index.path]
                    + policy)
            #expect(result.status == 0, "\(result.standardError)")
            let records = Self.parseCSV(try String(contentsOf: index, encoding: .utf8))
            let header = try #require(records.first)
            return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        }
        let classification = try rows("classification", [])
        let foia = try rows("foia", ["--policy", policyFile.path])
        #expect(classification.count == foia.count && classification.count > 10)
        func withoutNotice(_ row: [String: String]) -> [String: String] { row.filter { $0.key != "notice" } }
        #expect(classification.map(withoutNotice) == foia.map(withoutNotice))
        var claimed = 0
        for (plain, foia) in zip(classification, foia) {
            if plain["exemption"] == "(b)(1)", plain["kind"] != "redacted-text" {
                claimed += 1
                #expect(foia["notice"]?.hasPrefix("[(b)(1)") == true, "\(foia)")
                #expect(plain["notice"] == "[withheld: (\(plain["level"]!)), \(plain["basis"]!)]")
            } else {
                #expect(foia["notice"] == plain["notice"])
            }
        }
        #expect(claimed > 0)
    }

    /// A stretch a redaction rule took out claims the exemption the policy's rule names.
    @Test func redactedTextClaimsItsRulesExemption() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let index = out.appendingPathComponent("vaughn.csv")
        let input = SharedFixtures.sanitize.appendingPathComponent("oslo-raw-telegram.txt").path
        let result = try CableMarkProcess.run(["sanitize", input, "--out", out.appendingPathComponent("public").path, "--vaughn", index.path])
        #expect(result.status == 0, "\(result.standardError)")
        let records = Self.parseCSV(try String(contentsOf: index, encoding: .utf8))
        let header = try #require(records.first)
        let redacted = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            .filter { $0["kind"] == "redacted-text" }
        let contacts = redacted.filter { $0["portion"] == "paragraph 2" }
        #expect(Set(contacts.map { $0["notice"]! }) == ["[EMAIL]", "[PHONE]"])
        #expect(contacts.allSatisfy { $0["exemption"] == "(b)(6)" })
        // The sanitizer's own rules (the classifier's name) are in no policy and claim nothing.
        #expect(redacted.filter { $0["notice"] == "[CLASSIFIER]" }.allSatisfy { $0["exemption"] == "" })
    }

    @Test func neverWrittenOverAnInput() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let input = out.appendingPathComponent("cable.txt")
        try FileManager.default.copyItem(at: SharedFixtures.sanitize.appendingPathComponent("oslo-raw-telegram.txt"), to: input)
        let before = try Data(contentsOf: input)
        let result = try CableMarkProcess.run(["sanitize", input.path, "--out", out.appendingPathComponent("public").path, "--vaughn", input.path])
        #expect(result.status != 0 && result.status != 1)
        #expect(result.standardError.contains("\(input.path): is an input file"))
        #expect(try Data(contentsOf: input) == before)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(VaughnIndex.field("E.O. 12958 1.4(d)") == "E.O. 12958 1.4(d)")
        #expect(VaughnIndex.field("[withheld: (C), E.O. 12958]") == "\"[withheld: (C), E.O. 12958]\"")
        #expect(VaughnIndex.field("say \"no\"\nnow") == "\"say \"\"no\"\"\nnow\"")
        #expect(VaughnIndex.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(VaughnIndex.field("@SUM(A1)") == "'@SUM(A1)")
    }
}
