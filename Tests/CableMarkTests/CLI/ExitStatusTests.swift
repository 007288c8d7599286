import Foundation
import Testing

/// The command line decides a check run's exit status from its totals and `--fail-on`.
@Suite struct ExitStatusTests {
    /// The CLI tests' cable (one unmarked paragraph: portion-missing) with its finding made
    /// `level` by a configuration; the run date keeps the DECL date in the future.
    static func check(severity level: String, failOn threshold: String, extraInputs: [String] = []) throws -> Subprocess {
        let directory = try SyntheticCables.directory([
            "lima.txt": SyntheticCables.unmarkedParagraph,
            "cablemark.xml": "<cablemark format=\"1\">\n  <severity rule=\"portion-missing\" level=\"\(level)\"/>\n</cablemark>\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        return try CableMarkProcess.run(
            ["check", "--as-of", "2010-01-01", "--fail-on", threshold, "lima.txt"] + extraInputs, directory: directory)
    }

    @Test func findingsAtOrAboveTheThresholdFail() throws {
        let warning = try Self.check(severity: "warning", failOn: "error")
        #expect(warning.standardOutput.hasSuffix("0 errors, 1 warning, 0 notes in 1 cable (1 file)\n"), "\(warning.standardOutput)")
        #expect(warning.status == 0)
        #expect(try Self.check(severity: "warning", failOn: "warning").status == 1)
        #expect(try Self.check(severity: "note", failOn: "warning").status == 0)
        #expect(try Self.check(severity: "note", failOn: "note").status == 1)
        #expect(try Self.check(severity: "error", failOn: "never").status == 0)
        #expect(try Self.check(severity: "error", failOn: "error").status == 1)
    }

    @Test func anUnusableInputOutweighsFindings() throws {
        #expect(try Self.check(severity: "error", failOn: "error", extraInputs: ["missing.txt"]).status == 2)
        #expect(try Self.check(severity: "error", failOn: "never", extraInputs: ["missing.txt"]).status == 2)
    }
}
