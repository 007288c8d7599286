import Foundation
import Testing

/// Exit statuses for usage errors and unusable inputs, from the built binary.
@Suite struct UsageTests {
    @Test func helpDocumentsTheExitStatuses() throws {
        for arguments in [["check", "--help"], ["merge", "--help"]] {
            let result = try CableMarkProcess.run(arguments)
            #expect(result.status == 0)
            for line in ["0   no finding at or above --fail-on", "1   findings at or above --fail-on", "2   an input", "64  bad usage"] {
                #expect(result.standardOutput.contains(line), "\(arguments) help lacks \(line)")
            }
        }
    }

    @Test(arguments: ["rules", "explain", "dump", "due"])
    func commandsWithoutFailOnDoNotDocumentIt(command: String) throws {
        let result = try CableMarkProcess.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("EXIT STATUS"))
        #expect(!result.standardOutput.contains("--fail-on"), "\(command) help mentions --fail-on")
    }

    @Test func theCommandAloneListsTheCommands() throws {
        let result = try CableMarkProcess.run([])
        #expect(result.status == 0)
        for command in ["check", "merge", "sanitize", "due", "rules", "explain", "dump"] {
            #expect(result.standardOutput.contains("\n  \(command) "), "no \(command) in \(result.standardOutput)")
        }
    }

    @Test func aMistypedCommandGetsASuggestionNotACheck() throws {
        let directory = try SyntheticCables.directory(["ok.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["chek", "ok.txt"], directory: directory)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "cablemark: error: unknown command 'chek'; did you mean 'check'? (`cablemark --help` lists the commands)\n")
    }

    @Test(arguments: [["check"], ["sanitize", "--out", "public"], ["due"]])
    func noInputFilesFoundIsExitStatus2WithOneLine(command: [String]) throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("cables"), withIntermediateDirectories: true)
        try Data("not a cable".utf8).write(to: directory.appendingPathComponent("cables/notes.md"))
        let result = try CableMarkProcess.run(command + ["cables"], directory: directory)
        #expect(result.status == 2, "\(command): \(result.standardOutput)")
        #expect(result.standardError.hasPrefix("cablemark: error: cables: no input files found"))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ["check", "--no-such-option", "x.txt"],
        ["check"],
        ["check", "--jobs", "0", "x.txt"],
        ["check", "--format", "yaml", "x.txt"],
        ["check", "--fail-on", "sometimes", "x.txt"],
        ["check", "--as-of", "2020-13-01", "x.txt"],
        ["check", "--report", "sarif", "x.txt"],
        ["check", "--report", "pdf:out.pdf", "x.txt"],
        ["check", "--output", "same.json", "--report", "json:same.json", "x.txt"],
        ["dump"],
        ["explain"],
    ])
    func badUsageExitsWith64(arguments: [String]) throws {
        let result = try CableMarkProcess.run(arguments)
        #expect(result.status == 64, "\(arguments): status \(result.status), stderr \(result.standardError)")
        #expect(!result.standardError.isEmpty)
    }

    @Test func aMissingInputIsExitStatus2WithOneLineNamingIt() throws {
        let directory = try SyntheticCables.directory(["ok.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("absent.txt").path
        let result = try CableMarkProcess.run(["check", missing, directory.appendingPathComponent("ok.txt").path])
        #expect(result.status == 2)
        #expect(result.standardError == "cablemark: error: \(missing): no such file or directory\n")
        // The other input is still checked and reported.
        #expect(result.standardOutput.contains("ok.txt:16:"))
    }

    @Test func anOutputThatIsAnInputIsRefusedAndTheInputKept() throws {
        let directory = try SyntheticCables.directory(["cable.txt": SyntheticCables.unmarkedParagraph])
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cable.txt").path
        let result = try CableMarkProcess.run(["check", directory.path, "--report", "sarif:\(input)"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("refusing to overwrite input file"))
        #expect(try String(contentsOfFile: input, encoding: .utf8) == SyntheticCables.unmarkedParagraph)
    }

    @Test func aBrokenRuleSetIsExitStatus2NamingTheFile() throws {
        let directory = try SyntheticCables.directory([
            "broken.xml": "<rules><rule id=\"x\"></rules>\n", "cable.txt": SyntheticCables.unmarkedParagraph,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("broken.xml").path
        let result = try CableMarkProcess.run(["check", "--rules", rules, directory.appendingPathComponent("cable.txt").path])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("cablemark: error: \(rules):"))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }
}
