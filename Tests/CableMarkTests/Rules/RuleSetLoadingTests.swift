import Foundation
import Testing

@testable import CableMark

/// Rule sets that cannot be used fail loading with one line naming the file and the right line.
@Suite struct RuleSetLoadingTests {
    /// The error of parsing `text` as "bad.xml".
    func loadingError(_ text: String) -> RuleSetError? {
        do {
            _ = try RuleSet.parse(Array(text.utf8), name: "bad.xml")
            return nil
        } catch {
            return error
        }
    }

    /// Line of the first line of `text` that contains `needle`.
    func line(of needle: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
    }

    /// The built-in rule sets are loaded without the schema, on the strength of this test: each
    /// is valid against it, and a user's rule set is checked against it.
    @Test func builtInRuleSetsAreValidAgainstTheSchema() throws {
        let files = EmbeddedRules.files.keys.filter { $0.hasPrefix("cablemark-") && $0.hasSuffix(".xml") }
        #expect(files.count == 3)
        for file in files {
            #expect(throws: Never.self, "\(file)") { try RuleSetParser.loader.parse(Array(EmbeddedRules.files[file]!.utf8), name: file) }
        }
        // An element the rule reader passes over is refused by the schema alone.
        let stray = ruleSetText(check: #"<check kind="required-field" field="eo"/>"#, extra: "<bogus/>")
        #expect(loadingError(stray)?.problem.contains("bogus") == true)
    }

    @Test func unknownCheckKind() throws {
        let text = ruleSetText(check: #"<check kind="no-such-kind" field="eo"/>"#)
        let error = try #require(loadingError(text))
        #expect(error.file == "bad.xml")
        #expect(error.line == line(of: "no-such-kind", in: text))
        #expect(error.problem.hasPrefix("unknown check kind 'no-such-kind'"))
        #expect(error.description == "bad.xml:\(error.line): \(error.problem)")
        #expect(!error.description.contains("\n"))
    }

    @Test func badXPathSyntax() throws {
        let text = ruleSetText(
            check: """
                <check kind="xpath" context="/cable/paragraph">
                      <assert test="@level = = 'S'">broken</assert>
                    </check>
                """, message: nil)
        let error = try #require(loadingError(text))
        #expect(error.line == line(of: "<assert", in: text))
        #expect(error.problem.hasPrefix("bad XPath"))
    }

    @Test func unknownXPathFunctionFailsAtLoading() throws {
        let text = ruleSetText(
            check: """
                <check kind="xpath" context="/cable/paragraph">
                      <report test="no-such-function(@mark)">broken</report>
                    </check>
                """, message: nil)
        let error = try #require(loadingError(text))
        #expect(error.line == line(of: "<report", in: text))
        #expect(error.problem.hasPrefix("bad XPath"))
    }

    @Test func duplicateRuleID() throws {
        let rule = """
              <rule id="twice" severity="error">
                <title>t</title><message>m</message>
                <check kind="required-field" field="eo"/>
                <rationale source="s">r</rationale>
              </rule>
            """
        let text = "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n\(rule)\n\(rule)\n</rule-set>\n"
        let error = try #require(loadingError(text))
        #expect(error.line == 8)
        #expect(error.problem == "duplicate rule id 'twice' (first defined at line 3)")
    }

    @Test func duplicateRuleIDAcrossRuleSets() throws {
        let first = try RuleSet.parse(Array(ruleSetText(check: #"<check kind="required-field" field="eo"/>"#).utf8), name: "one.xml")
        let second = try RuleSet.parse(Array(ruleSetText(check: #"<check kind="required-field" field="eo"/>"#).utf8), name: "two.xml")
        do {
            _ = try Engine(ruleSets: [first, second], options: EngineOptions(asOf: .testRunDate))
            Issue.record("two rule sets with one id were accepted")
        } catch {
            #expect(error.file == "two.xml")
            #expect(error.line == 3)
            #expect(error.problem == "rule id 'test-rule' is already defined at one.xml:3")
        }
    }

    @Test func schemaViolation() throws {
        let text = ruleSetText(check: #"<check kind="required-field" field="eo"/>"#, severity: "fatal")
        let error = try #require(loadingError(text))
        #expect(error.line == line(of: "severity=\"fatal\"", in: text))
        #expect(error.problem.contains("severity"))
    }

    @Test func missingRequiredElement() throws {
        let text = """
            <?xml version="1.0"?>
            <rule-set name="x" format="1">
              <rule id="no-title" severity="error">
                <check kind="required-field" field="eo"/>
                <rationale source="s">r</rationale>
              </rule>
            </rule-set>
            """
        let error = try #require(loadingError(text))
        #expect(error.line == 4)
        #expect(error.problem.contains("title"))
    }

    @Test func malformedXML() throws {
        let text = "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n  <rule id=\"a\"\n    severity=\"error\">\n  </rul>\n</rule-set>\n"
        let error = try #require(loadingError(text))
        #expect(error.file == "bad.xml")
        #expect(error.line == 5)
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        // External entities, and entity bombs that reading text through entities would expand.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE rule-set [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rule-set name="x" format="1">
              <rule id="a" severity="error">
                <title>Title &secret;</title><message>m</message>
                <check kind="required-field" field="eo"/>
                <rationale source="s">r</rationale>
              </rule>
            </rule-set>
            """
        let error = try #require(loadingError(text))
        #expect(error.line == 2)
        #expect(error.problem.contains("DOCTYPE"))
    }

    @Test func badParameters() throws {
        let cases: [(check: String, problem: String)] = [
            (#"<check kind="required-field" field="no.such.field"/>"#, "unknown field 'no.such.field'"),
            (#"<check kind="required-field"/>"#, "check kind 'required-field' needs the attribute 'field'"),
            (#"<check kind="required-field" field="eo" order="A B"/>"#, "check kind 'required-field' does not take the attribute 'order'"),
            (#"<check kind="marker-conflict" marker="portion:XX" with="portion:NF"/>"#, "unknown marker 'portion:XX'"),
            (#"<check kind="date-window" field="subject" base="as-of" min="0"/>"#, "date-window needs a date field"),
            (#"<check kind="allowed-values" field="tags"/>"#, "check kind 'allowed-values' needs at least one"),
            (#"<check kind="allowed-values" field="tags"><list file="no-such-list.txt"/></check>"#, "vocabulary file 'no-such-list.txt' not found"),
            (#"<check kind="pattern" field="subject" must-match="[unclosed"/>"#, "invalid regular expression '[unclosed'"),
            (#"<check kind="required-field" field="eo" when="classified|nonsense"/>"#, "unknown condition 'nonsense'"),
            (#"<check kind="required-field" field="eo"><value>x</value></check>"#, "check kind 'required-field' does not take <value> elements"),
        ]
        for (check, problem) in cases {
            let text = ruleSetText(check: check)
            let error = try #require(loadingError(text), "\(check) was accepted")
            #expect(error.problem.hasPrefix(problem), "\(check): \(error.problem)")
            let checkLine = line(of: "<check", in: text)
            #expect(error.line >= checkLine && error.line <= checkLine + 1, "\(check): line \(error.line)")
        }
    }

    @Test func unknownPlaceholderInMessage() throws {
        let text = ruleSetText(check: #"<check kind="required-field" field="eo"/>"#, message: "missing {nonsense}")
        let error = try #require(loadingError(text))
        #expect(error.line == line(of: "<message>", in: text))
        #expect(error.problem.hasPrefix("unknown placeholder {nonsense}"))
    }

    @Test func checkWithoutMessage() throws {
        let text = ruleSetText(check: #"<check kind="required-field" field="eo"/>"#, message: nil)
        let error = try #require(loadingError(text))
        #expect(error.line == line(of: "<check", in: text))
        #expect(error.problem.contains("no <message>"))
    }

    @Test func loadingAFileFindsItsVocabularyBesideIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-rules-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# ours\nZZTOP\n".write(to: directory.appendingPathComponent("our-tags.txt"), atomically: true, encoding: .utf8)
        let path = directory.appendingPathComponent("ours.xml").path
        try ruleSetText(check: #"<check kind="allowed-values" field="tags"><list file="our-tags.txt"/></check>"#, message: "{value}")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let set = try RuleSet.load(path: path)
        let engine = try Engine(ruleSets: [set], options: EngineOptions(asOf: .testRunDate))
        let found = engine.findings(for: TestCable(tags: ["ZZTOP", "PREL"]).build())
        #expect(found.map(\.message) == ["PREL"])
    }

    @Test func loadingAMissingFile() {
        do {
            _ = try RuleSet.load(path: "/no/such/rules.xml")
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.description == "/no/such/rules.xml: no such file")
        }
    }
}
