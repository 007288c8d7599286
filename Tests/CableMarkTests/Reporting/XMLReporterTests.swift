import Foundation
import Testing

@testable import CableMark

/// JUnit and Checkstyle output parse as XML and keep what GitLab and Jenkins need.
@Suite struct XMLReporterTests {
    static func parse(_ text: String) throws -> XMLNode? {
        try XMLDocument.parseXML(Array(text.utf8), name: "report.xml").root
    }

    @Test func junitIsWellFormedWithUniqueTestcaseNames() throws {
        var report = ReportFixture.report
        // Two findings of one rule at one place must still get two names.
        report.files[1].findings.append(report.files[1].findings[1])
        let root = try #require(try Self.parse(JUnitReporter().render(report)))
        #expect(root.name == "testsuites")
        let names = root.descendants(named: "testcase").compactMap { $0.attribute("name") }
        #expect(names.count == 10)
        #expect(Set(names).count == names.count)
        #expect(names.contains("portion-missing Fixtures/lima.txt:16:1 (2)"))
        // The fixture's one note is a passing testcase.
        #expect(root.attribute("failures") == "7")
        #expect(root.attribute("errors") == "1")
        let suites = root.elements(named: "testsuite")
        #expect(suites.map { $0.attribute("name") ?? "" } == report.files.map(\.path))
        for suite in suites {
            #expect(suite.attribute("tests") == String(suite.elements(named: "testcase").count))
        }
    }

    @Test func junitKeepsMessagesExactlyThroughEscaping() throws {
        let root = try #require(try Self.parse(JUnitReporter().render(ReportFixture.report)))
        let messages = root.descendants(named: "failure").compactMap { $0.attribute("message") }
        #expect(messages == ReportFixture.report.findings.filter { $0.severity != .note }.map(\.message))
    }

    /// Tests/CableMarkTests/Reporting/Schemas/junit-10.xsd: the Jenkins xUnit plugin's schema.
    static func junitSchema() throws -> XMLSchema {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas/junit-10.xsd")
        return try XMLSchema(text: try String(contentsOf: url, encoding: .utf8), name: url.path)
    }

    @Test func junitIsValidAgainstTheJenkinsXUnitSchema() throws {
        let text = JUnitReporter().render(ReportFixture.report)
        let document = try XMLDocument.parseXML(Array(text.utf8), name: "report.xml")
        #expect(try Self.junitSchema().violations(in: document) == [])
        // The schema does reject what earlier versions wrote: `skipped` on <testsuites>.
        let old = text.replacingOccurrences(of: "<testsuites name=\"cablemark\"", with: "<testsuites skipped=\"0\" name=\"cablemark\"")
        #expect(try !Self.junitSchema().violations(in: XMLDocument.parseXML(Array(old.utf8), name: "old.xml")).isEmpty)
    }

    @Test func aNoteIsAPassingTestcaseCarryingTheNote() throws {
        let root = try #require(try Self.parse(JUnitReporter().render(ReportFixture.report)))
        let note = try #require(ReportFixture.report.findings.first { $0.severity == .note })
        let start = note.range.start
        let testcase = try #require(
            root.descendants(named: "testcase").first { $0.attribute("name") == "\(note.ruleID) \(note.path):\(start.line):\(start.column)" })
        #expect(testcase.elements(named: "failure").isEmpty && testcase.elements(named: "error").isEmpty)
        #expect(testcase.elements(named: "system-out").first?.textContent == TextReporter.line(for: note))
    }

    @Test func junitOfRealCablesIsValidAgainstTheJenkinsXUnitSchema() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let junit = directory.appendingPathComponent("seeds.xml")
        let result = try CableMarkProcess.run(
            ["check", CableMarkProcess.shared.appendingPathComponent("seeds").path, "--report", "junit:\(junit.path)"])
        #expect([0, 1].contains(result.status), "status \(result.status): \(result.standardError)")
        let document = try XMLDocument.parseXML(Array(try Data(contentsOf: junit)), name: junit.path)
        #expect(try Self.junitSchema().violations(in: document) == [])
    }

    @Test func checkstyleListsEveryFileAndFinding() throws {
        let root = try #require(try Self.parse(CheckstyleReporter().render(ReportFixture.report)))
        #expect(root.elements(named: "file").compactMap { $0.attribute("name") } == ReportFixture.report.files.map(\.path))
        #expect(root.descendants(named: "error").count == ReportFixture.report.findings.count + 1)
    }

    @Test func charactersXMLCannotCarryAreReplaced() throws {
        let text = "bell\u{07} and form feed\u{0C} & tab\t"
        #expect(XMLEscaping.attribute(text) == "bell\u{FFFD} and form feed\u{FFFD} &amp; tab&#9;")
        let document = "<a b=\"\(XMLEscaping.attribute(text))\">\(XMLEscaping.text(text))</a>"
        #expect(try Self.parse(document) != nil)
    }
}
