import Foundation
import Testing

/// `cablemark check` follows the nearest cablemark.xml above each input.
@Suite struct ConfigurationCommandTests {
    /// A folder holding two samples and, at its top, `configuration`; removed by the caller.
    static func project(_ configuration: String) throws -> URL {
        let folder = try CableMarkProcess.scratchDirectory()
        let samples = CableMarkProcess.packageRoot.appendingPathComponent("Samples")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: samples.appendingPathComponent("unmarked-paragraphs.txt"), to: folder.appendingPathComponent("skopje.txt"))
        try FileManager.default.copyItem(
            at: samples.appendingPathComponent("spill-portion-above-banner.txt"),
            to: folder.appendingPathComponent("drafts/tallinn.txt"))
        try configuration.write(to: folder.appendingPathComponent("cablemark.xml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func excludesSuppressesAndChangesSeveritiesAsTheFileSays() throws {
        let folder = try Self.project("""
            <cablemark format="1">
              <disable rule="declass-date-passed"/>
              <severity rule="portion-missing" level="warning"/>
              <exclude glob="drafts/*"/>
              <suppress files="skopje.txt" rule="paragraph-numbering" reason="numbered by the post"/>
              <enable rule="no-such-rule"/>
            </cablemark>
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CableMarkProcess.run(["check", "--as-of", "2026-01-01", "."], directory: folder)
        #expect(run.standardOutput == """
            skopje.txt:23:1: warning: paragraph 2 has no portion mark [portion-missing]
            skopje.txt:26:1: warning: paragraph 3 has no portion mark [portion-missing]
            0 errors, 2 warnings, 0 notes in 1 cable (1 file)

            """)
        #expect(run.status == 0)
        #expect(run.standardError.contains("cablemark.xml:6: warning: unknown rule 'no-such-rule'"))
    }

    @Test func theCommandLineWinsAndAnotherFileCanBeNamed() throws {
        let folder = try Self.project("<cablemark format=\"1\">\n  <disable rule=\"portion-missing\"/>\n</cablemark>\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = folder.appendingPathComponent("strict.xml")
        try "<cablemark format=\"1\"/>\n".write(to: other, atomically: true, encoding: .utf8)
        let withFile = try CableMarkProcess.run(["check", "--as-of", "2026-01-01", "skopje.txt"], directory: folder)
        #expect(!withFile.standardOutput.contains("[portion-missing]"))
        let withOther = try CableMarkProcess.run(
            ["check", "--as-of", "2026-01-01", "--config", "strict.xml", "skopje.txt"], directory: folder)
        #expect(withOther.standardOutput.contains("[portion-missing]"))
    }

    @Test func aMalformedFileStopsTheRunWithItsLine() throws {
        let folder = try Self.project("<cablemark format=\"1\">\n  <severity rule=\"x\" level=\"fatal\"/>\n</cablemark>\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CableMarkProcess.run(["check", "skopje.txt"], directory: folder)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("cablemark: error: "))
        #expect(run.standardError.contains("cablemark.xml:2: "))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }
}
