import Foundation
import Testing

@testable import CableMark

/// `cablemark check` end to end, from the built binary.
@Suite struct CheckCommandTests {
    @Test func reportsFindingsLikeACompilerThenTheSummary() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["check", "lima.txt"], directory: directory)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("lima.txt:16:") && $0.contains(": error: ") && $0.hasSuffix("[portion-missing]") })
        #expect(lines.last?.hasSuffix(" in 1 cable (1 file)") == true)
        #expect(result.standardError.isEmpty)
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CableMarkProcess.run(["check", "--fail-on", "never", "lima.txt"], directory: directory).status == 0)
        #expect(try CableMarkProcess.run(["check", "--fail-on", "note", "lima.txt"], directory: directory).status == 1)
        // `info`, the earlier name of note, is still accepted.
        #expect(try CableMarkProcess.run(["check", "--fail-on", "info", "lima.txt"], directory: directory).status == 1)
        let disabled = try CableMarkProcess.run(
            ["check", "--disable", "portion-missing", "--format", "json", "lima.txt"], directory: directory)
        #expect(!disabled.standardOutput.contains("\"ruleId\": \"portion-missing\""))
    }

    @Test func severalReportsInOneRunWithTextOnTheTerminal() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(
            ["check", "lima.txt", "--report", "sarif:out/report.sarif", "--report", "junit:junit.xml", "--report", "json:r.json"],
            directory: directory)
        #expect(result.status == 2, "the out/ directory does not exist: the report cannot be written")
        #expect(result.standardError.contains("out/report.sarif: cannot write"))

        try FileManager.default.createDirectory(at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        let second = try CableMarkProcess.run(
            ["check", "lima.txt", "--report", "sarif:out/report.sarif", "--report", "junit:junit.xml", "--report", "json:r.json"],
            directory: directory)
        #expect(second.status == 1)
        #expect(second.standardOutput.contains("[portion-missing]"))
        let sarif = try String(contentsOf: directory.appendingPathComponent("out/report.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"uri\": \"lima.txt\""))
        let junit = try Data(contentsOf: directory.appendingPathComponent("junit.xml"))
        #expect(try XMLDocument.parseXML(Array(junit), name: "junit.xml").root?.name == "testsuites")
        let json = try Data(contentsOf: directory.appendingPathComponent("r.json"))
        #expect((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["version"] as? Int == 1)
    }

    @Test func outputReplacesStandardOutput() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["check", "lima.txt", "--format", "checkstyle", "--output", "cs.xml"], directory: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let written = try String(contentsOf: directory.appendingPathComponent("cs.xml"), encoding: .utf8)
        #expect(written.hasPrefix("<?xml") && written.contains("cablemark.portion-missing"))
    }

    @Test func pathsFromStandardInput() throws {
        let directory = try SyntheticCables.directory([
            "a.txt": SyntheticCables.unmarkedParagraph, "b.txt": SyntheticCables.unmarkedParagraph,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["check", "-"], input: "b.txt\r\na.txt\n\n", directory: directory)
        let files = result.standardOutput.split(separator: "\n").filter { $0.hasSuffix("[portion-missing]") }.map { $0.prefix(5) }
        #expect(files == ["a.txt", "b.txt"])
        #expect(result.standardOutput.hasSuffix(" in 2 cables (2 files)\n"))
        // An empty list (no changed cables) is an empty run, unlike a directory with no cable files.
        let none = try CableMarkProcess.run(["check", "-"], input: "", directory: directory)
        #expect(none.status == 0)
        #expect(none.standardOutput == "0 errors, 0 warnings, 0 notes in 0 cables (0 files)\n")
    }

    @Test func githubAnnotationsAndTheStepSummary() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let summary = directory.appendingPathComponent("summary.md")
        try Data("earlier step\n".utf8).write(to: summary)
        let result = try CableMarkProcess.run(
            ["check", "--format", "github", "lima.txt"], environment: ["GITHUB_STEP_SUMMARY": summary.path], directory: directory)
        #expect(result.standardOutput.split(separator: "\n").contains { $0.hasPrefix("::error file=lima.txt,line=16,") })
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.hasPrefix("earlier step\n### cablemark: "))
        #expect(markdown.contains("| `lima.txt` | 16 |"))
    }

    /// Real cables: a parallel run prints exactly what a serial run prints.
    @Test func parallelRunsMatchSerialRuns() throws {
        let inputs = [CableMarkProcess.shared.appendingPathComponent("seeds").path,
                      CableMarkProcess.shared.appendingPathComponent("corpus/chillicoder+cablegate").path]
        for input in inputs {
            #expect(FileManager.default.fileExists(atPath: input), "\(input) is missing")
        }
        let serial = try CableMarkProcess.run(["check", "--format", "json", "--jobs", "1"] + inputs)
        let parallel = try CableMarkProcess.run(["check", "--format", "json", "--jobs", "4"] + inputs)
        #expect(!serial.crashed && [0, 1].contains(serial.status), "status \(serial.status): \(serial.standardError)")
        #expect(serial.standardOutput == parallel.standardOutput)
        #expect(serial.status == parallel.status)
    }

    @Test func sarifOfRealCablesIsValid() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sarif = directory.appendingPathComponent("seeds.sarif")
        let result = try CableMarkProcess.run(
            ["check", CableMarkProcess.shared.appendingPathComponent("seeds").path, "--report", "sarif:\(sarif.path)"])
        #expect([0, 1].contains(result.status), "status \(result.status): \(result.standardError)")
        try SARIFValidation.expectValid(file: sarif)
    }

    @Test func sarifURIsAreRelativeToTheBaseDirectory() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sarif = directory.appendingPathComponent("seeds.sarif")
        // Run from a directory below the base, naming the inputs with "..": URIs still start at the base.
        let result = try CableMarkProcess.run(
            ["check", "../seeds", "--base", "..", "--report", "sarif:\(sarif.path)"],
            directory: CableMarkProcess.shared.appendingPathComponent("corpus"))
        #expect([0, 1].contains(result.status), "status \(result.status): \(result.standardError)")
        try SARIFValidation.expectValid(file: sarif)
        try SARIFValidation.expectGitHubReady(file: sarif)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let root = URL(fileURLWithPath: CableMarkProcess.shared.path).resolvingSymlinksInPath().path
        #expect((run["originalUriBaseIds"] as? [String: [String: String]])?["SRCROOT"]?["uri"] == "file://\(root)/")
        let uris = (run["results"] as? [[String: Any]] ?? []).compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: String])?["uri"]
        }
        #expect(!uris.isEmpty && uris.allSatisfy { $0.hasPrefix("seeds/") })
    }

    @Test func sarifMarksSpillsAndLeaksHigh() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["check", "--format", "sarif", "lima.txt"], directory: directory)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let rules = try #require(
            ((log["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] }
                as? [[String: Any]])
        let severity = Dictionary(uniqueKeysWithValues: rules.compactMap { rule -> (String, Double)? in
            guard let id = rule["id"] as? String, let value = (rule["properties"] as? [String: Any])?["security-severity"] as? String
            else { return nil }
            return (id, Double(value) ?? -1)
        })
        #expect(severity.count == rules.count)
        for spill in ["portion-above-banner", "routing-mismatch", "metadata-mismatch", "noforn-rollup"] {
            #expect((severity[spill] ?? 0) >= 7, "\(spill) is not high")
        }
        #expect((severity["paragraph-numbering"] ?? 10) < 4)
    }

    @Test func compressedInputsReportLikeTheirPlainText() throws {
        let directory = try SyntheticCables.directory([
            "lima.txt": SyntheticCables.unmarkedParagraph, "notes.md": "not a cable",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let gzip = try Subprocess.run("/usr/bin/env", ["gzip", "-k", directory.appendingPathComponent("lima.txt").path])
        #expect(gzip.status == 0, "gzip failed: \(gzip.standardError)")
        let plain = try CableMarkProcess.run(["check", "lima.txt"], directory: directory)
        let compressed = try CableMarkProcess.run(["check", "lima.txt.gz"], directory: directory)
        #expect(compressed.status == plain.status)
        #expect(compressed.standardOutput == plain.standardOutput.replacingOccurrences(of: "lima.txt:", with: "lima.txt.gz:"))
        // A directory walk picks up both, and skips the Markdown file.
        let walk = try CableMarkProcess.run(["check", "."], directory: directory)
        #expect(walk.standardOutput.hasSuffix(" in 2 cables (2 files)\n"))
    }

    @Test func includeAndExcludeChooseTheFiles() throws {
        let directory = try SyntheticCables.directory([
            "keep/a.txt": SyntheticCables.unmarkedParagraph, "skip/b.txt": SyntheticCables.unmarkedParagraph,
            "keep/c.cable": SyntheticCables.unmarkedParagraph,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let excluded = try CableMarkProcess.run(["check", ".", "--exclude", "skip/**"], directory: directory)
        #expect(excluded.standardOutput.hasSuffix(" in 1 cable (1 file)\n"))
        #expect(excluded.standardOutput.contains("keep/a.txt:16:"))
        let included = try CableMarkProcess.run(["check", ".", "--include", "*.cable"], directory: directory)
        #expect(included.standardOutput.hasSuffix(" in 1 cable (1 file)\n"))
        #expect(included.standardOutput.contains("keep/c.cable:16:"))
    }
}
