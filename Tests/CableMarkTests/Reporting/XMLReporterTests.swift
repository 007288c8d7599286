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
        #expect(root.attribute("failures") == "8")
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
        #expect(messages == ReportFixture.report.findings.map(\.message))
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
