import Foundation
import Testing

@testable import CableMark

@Suite struct ConfigurationTests {
    static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <cablemark format="1">
          <rules file="team-rules.xml"/>
          <enable rule="subject-unmarked"/>
          <disable rule="declass-date-passed"/>
          <severity rule="tags-unknown" level="info"/>
          <exclude glob="drafts/*"/>
          <suppress files="archive/07LIMA*.txt" rule="portion-missing" reason="released as received"/>
          <disable rule="no-such-rule"/>
        </cablemark>
        """

    /// A folder with a cablemark.xml in it and a sub-folder; removed by the caller.
    static func folder(_ configuration: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-config-\(UUID())")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("archive/old"), withIntermediateDirectories: true)
        try configuration.write(to: url.appendingPathComponent("cablemark.xml"), atomically: true, encoding: .utf8)
        return url
    }

    @Test func readsEveryKindOfEntry() throws {
        let folder = try Self.folder(Self.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try Configuration.load(path: folder.appendingPathComponent("cablemark.xml").path)
        #expect(configuration.ruleSetFiles == [folder.path + "/team-rules.xml"])
        #expect(configuration.enabledRules == ["subject-unmarked"])
        #expect(configuration.disabledRules == ["declass-date-passed", "no-such-rule"])
        #expect(configuration.severityOverrides == ["tags-unknown": .note])
        #expect(configuration.excludes(folder.path + "/drafts/a.txt"))
        #expect(!configuration.excludes(folder.path + "/archive/a.txt"))
        let finding = Finding(
            ruleID: "portion-missing", severity: .error, message: "", path: folder.path + "/archive/07LIMA2181.txt",
            range: .fileStart)
        #expect(configuration.suppression(of: finding)?.reason == "released as received")
        var other = finding
        other.ruleID = "portion-invalid"
        #expect(configuration.suppression(of: other) == nil)
    }

    @Test func warnsAboutRuleIDsNoRuleSetHas() throws {
        let folder = try Self.folder(Self.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cablemark.xml").path
        let configuration = try Configuration.load(path: path)
        let rules = try Engine(ruleSets: try RuleSet.builtIn(), options: EngineOptions(asOf: .testRunDate)).rules
        #expect(configuration.unknownRuleWarnings(knownRules: rules) == ["\(path):9: warning: unknown rule 'no-such-rule'"])
    }

    @Test func theCommandLineWinsOverTheFile() throws {
        let configuration = try Configuration.parse(Array(Self.valid.utf8), path: "/x/cablemark.xml")
        let options = configuration.applied(
            to: EngineOptions(asOf: .testRunDate, severityOverrides: ["tags-unknown": .error], enabledRules: ["declass-date-passed"]))
        #expect(options.severityOverrides["tags-unknown"] == .error)
        #expect(!options.disabledRules.contains("declass-date-passed"))
        #expect(options.enabledRules.contains("subject-unmarked"))
    }

    @Test(arguments: [
        ("<cablemark format=\"1\">\n  <disable rule=\"x\">\n</cablemark>", 3),
        ("<cablemark format=\"1\">\n\n  <ignore rule=\"x\"/>\n</cablemark>", 3),
        ("<cablemark format=\"1\">\n  <severity rule=\"x\" level=\"fatal\"/>\n</cablemark>", 2),
        ("<cablemark>\n</cablemark>", 1),
    ])
    func aMalformedFileFailsWithItsLine(_ text: String, _ line: Int) {
        #expect(throws: ConfigurationError.self) { try Configuration.parse(Array(text.utf8), path: "conf/cablemark.xml") }
        do {
            _ = try Configuration.parse(Array(text.utf8), path: "conf/cablemark.xml")
        } catch {
            #expect(error.file == "conf/cablemark.xml")
            #expect(error.line == line)
            #expect(!error.problem.isEmpty)
        }
    }

    @Test func theNearestFileAboveAnInputGovernsIt() throws {
        let folder = try Self.folder(Self.valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let locator = ConfigurationLocator()
        let expected = folder.appendingPathComponent("cablemark.xml").path
        #expect(locator.configurationFile(for: folder.path + "/archive/old/a.txt") == expected)
        #expect(locator.configurationFile(for: folder.path + "/b.txt") == expected)
        let inner = folder.appendingPathComponent("archive/cablemark.xml").path
        try Self.valid.write(toFile: inner, atomically: true, encoding: .utf8)
        #expect(ConfigurationLocator().configurationFile(for: folder.path + "/archive/old/a.txt") == inner)
    }
}
