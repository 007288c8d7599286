import Foundation
import Testing

@testable import CableMark

/// `--write-baseline` and `--baseline`: findings are known by what they are about, not by line.
@Suite struct BaselineTests {
    /// Three findings: two unmarked paragraphs and a missing Classified By line.
    static let cable = """
        VZCZCXYZ0002
        PP RUEHWEB
        DE RUEHLM #0002/01 1720000
        ZNY CCCCC ZZH
        P 210000Z JUN 07
        FM AMEMBASSY LIMA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0002
        BT
        C O N F I D E N T I A L LIMA 000002
        SIPDIS
        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV PE
        SUBJECT: A CABLE FOR THE BASELINE TESTS
        1. (C) The first paragraph is marked.
        2. The second paragraph has no portion mark.
        3. The third paragraph has none either.
        DOE

        """

    static func findings(_ result: Subprocess) -> [String] {
        result.standardOutput.split(separator: "\n").map(String.init).filter { $0.hasSuffix("]") }
    }

    @Test func editsAboveFindingsKeepThemMatchedAndFixesAreCounted() throws {
        let directory = try SyntheticCables.directory(["cables/lima.txt": Self.cable])
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = try CableMarkProcess.run(
            ["check", "--fail-on", "never", "--write-baseline", "baseline.json", "cables"], directory: directory)
        #expect(written.status == 0, "\(written.standardError)")
        let recorded = Self.findings(written)
        #expect(recorded.filter { $0.hasSuffix("[portion-missing]") }.count == 2)

        let file = try Baseline(
            parsing: Array(try Data(contentsOf: directory.appendingPathComponent("baseline.json"))), path: "baseline.json")
        #expect(file.entries.count == recorded.count)
        #expect(file.entries.allSatisfy { $0.key.path == "cables/lima.txt" && $0.key.occurrence == 1 })

        // New header lines above the paragraphs move every finding down.
        let edited = Self.cable.replacingOccurrences(
            of: "SUBJECT: A CABLE FOR THE BASELINE TESTS\n",
            with: "SUBJECT: A CABLE FOR THE BASELINE TESTS\n\nREF: A. STATE 000001\n     B. LIMA 000001\n\n")
        try Data(edited.utf8).write(to: directory.appendingPathComponent("cables/lima.txt"))
        let moved = try CableMarkProcess.run(["check", "--fail-on", "never", "cables"], directory: directory)
        func lines(_ findings: [String]) -> [Int] {
            findings.filter { $0.hasSuffix("[portion-missing]") }.compactMap { Int($0.split(separator: ":")[1]) }
        }
        #expect(lines(Self.findings(moved)) == lines(recorded).map { $0 + 4 })
        let afterEdit = try CableMarkProcess.run(["check", "--baseline", "baseline.json", "cables"], directory: directory)
        #expect(Self.findings(afterEdit).filter { recorded.map(Self.withoutPlace).contains(Self.withoutPlace($0)) } == [])
        #expect(afterEdit.standardOutput.hasSuffix("; baseline: \(recorded.count) hidden, 0 fixed\n"))

        // Marking paragraph 3 fixes one entry.
        try Data(edited.replacingOccurrences(of: "3. The third", with: "3. (U) The third").utf8)
            .write(to: directory.appendingPathComponent("cables/lima.txt"))
        let fixed = try CableMarkProcess.run(["check", "--baseline", "baseline.json", "cables"], directory: directory)
        #expect(fixed.standardOutput.hasSuffix("; baseline: \(recorded.count - 1) hidden, 1 fixed\n"))
        #expect(Self.findings(fixed).allSatisfy { !$0.hasSuffix("[portion-missing]") })

        // Unmarking paragraph 1 is new.
        try Data(edited.replacingOccurrences(of: "1. (C) The first", with: "1. The first").utf8)
            .write(to: directory.appendingPathComponent("cables/lima.txt"))
        let new = try CableMarkProcess.run(["check", "--baseline", "baseline.json", "cables"], directory: directory)
        #expect(new.status == 1)
        #expect(Self.findings(new).filter { $0.hasSuffix("[portion-missing]") }.count == 1)
        #expect(Self.findings(new).first { $0.hasSuffix("[portion-missing]") }?.contains("paragraph 1 ") == true)
    }

    /// "path:18:1: error: message [rule]" without the line and column.
    static func withoutPlace(_ line: String) -> String {
        let parts = line.split(separator: ":", maxSplits: 3)
        return parts.count == 4 ? "\(parts[0]):\(parts[3])" : line
    }

    @Test func identicalFindingsAreCountedOneByOne() {
        func finding(_ line: Int, _ context: String) -> Finding {
            let position = SourcePosition(line: line, column: 1, offset: line * 10)
            return Finding(
                ruleID: "r", severity: .error, message: "m", path: "./a.txt",
                range: SourceRange(start: position, end: position), context: context)
        }
        let findings = [finding(1, "same  text"), finding(5, "other"), finding(9, " same text ")]
        var counter = OccurrenceCounter()
        let keys = findings.map { counter.key(for: $0, baseDirectory: "/base") }
        #expect(keys.map(\.occurrence) == [1, 1, 2])
        #expect(keys.map(\.context) == ["same text", "other", "same text"])
        #expect(Set(keys.map(\.path)) == ["a.txt"])

        let report = Report(rules: [], files: [FileReport(path: "./a.txt", cableCount: 1, findings: findings)])
        let baseline = Baseline(recording: report, baseDirectory: "/base")
        let onlyFirstTwo = Report(rules: [], files: [FileReport(path: "a.txt", cableCount: 1, findings: Array(findings.prefix(2)))])
        let filtered = baseline.filter(onlyFirstTwo, baseDirectory: "/base")
        #expect(filtered.findings.isEmpty)
        #expect(filtered.baseline == BaselineSummary(hidden: 2, fixed: 1))
        #expect(filtered.summary.line.hasSuffix("; baseline: 2 hidden, 1 fixed"))

        let otherFile = Report(rules: [], files: [FileReport(path: "b.txt", cableCount: 1, findings: [])])
        #expect(baseline.filter(otherFile, baseDirectory: "/base").baseline == BaselineSummary(hidden: 0, fixed: 0))
    }

    @Test func theFileReadsBackAsItWasWritten() throws {
        let baseline = Baseline(entries: [
            .init(key: .init(ruleID: "portion-missing", path: "a b/ç.txt", context: "2. \"Quoted\" \\ text", occurrence: 2), message: "m\n"),
            .init(key: .init(ruleID: "classified-by-missing", path: "x.csv", context: "", occurrence: 1), message: ""),
        ])
        let text = baseline.rendered()
        #expect(try Baseline(parsing: Array(text.utf8), path: "b.json") == baseline)
        #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"tool\": {\n"))
    }

    @Test func unusableBaselinesAreOneLineErrors() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph, "bad.json": "{\"version\": 1, \"findings\": [{}]}"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try CableMarkProcess.run(["check", "--baseline", "none.json", "lima.txt"], directory: directory)
        #expect(missing.status == 2)
        #expect(missing.standardError == "cablemark: error: none.json: cannot read the baseline file\n")
        let bad = try CableMarkProcess.run(["check", "--baseline", "bad.json", "lima.txt"], directory: directory)
        #expect(bad.status == 2)
        #expect(bad.standardError.hasPrefix("cablemark: error: bad.json: not a cablemark baseline: finding 1 lacks"))
        #expect(bad.standardError.split(separator: "\n").count == 1)
        let overwrite = try CableMarkProcess.run(["check", "--write-baseline", "lima.txt", "lima.txt"], directory: directory)
        #expect(overwrite.status == 2)
        #expect(overwrite.standardError.contains("refusing to overwrite input file"))
    }
}
