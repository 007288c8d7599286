import Testing

@testable import CableMark

/// A user's own rule set, written with the xpath kind over the cable's XML view.
@Suite struct XPathRuleTests {
    static let userRules = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rule-set name="ours" format="1">
          <rule id="secret-paragraph-needs-noforn" severity="error">
            <title>SECRET paragraphs only in NOFORN cables</title>
            <check kind="xpath" context="/cable/paragraph[@level = 'S']">
              <report test="not(/cable/captions/caption[@name = 'NOFORN'])">paragraph {@number} is ({@mark}) in a cable without NOFORN</report>
              <assert test="string-length(.) &gt; 20">paragraph {@number} is too short to be SECRET: {.}</assert>
            </check>
            <rationale source="our handbook">House rule.</rationale>
          </rule>
          <rule id="decl-before-run-date" severity="info">
            <title>DECL date is after the run date</title>
            <check kind="xpath" context="/cable/decl[@date]">
              <assert test="translate(@date, '-', '') &gt; translate($as-of, '-', '')">declassification date {@date} passed before {$as-of}</assert>
            </check>
            <rationale source="our handbook">House rule.</rationale>
          </rule>
        </rule-set>
        """

    @Test func aUserXPathRuleFires() throws {
        let set = try RuleSet.parse(Array(Self.userRules.utf8), name: "ours.xml")
        let engine = try Engine(ruleSets: [set], options: EngineOptions(asOf: CalendarDate(year: 2020, month: 1, day: 1)!))
        let cable = TestCable(level: .secret, marks: ["S", "U", "S//NF"]).build()
        let found = engine.findings(for: cable)
        #expect(found.map(\.message) == [
            "declassification date 2017-06-21 passed before 2020-01-01",
            "paragraph 1 is (S) in a cable without NOFORN",
            "paragraph 1 is too short to be SECRET: Paragraph 1.",
            "paragraph 3 is (S//NF) in a cable without NOFORN",
            "paragraph 3 is too short to be SECRET: Paragraph 3.",
        ])
        #expect(found[1].range == cable.paragraphs[0].markRange)
        #expect(found[1].context == "Paragraph 1.")
        #expect(found[0].range == cable.executiveOrder?.instruction?.range)
        #expect(found[0].severity == .note)

        let clean = TestCable(level: .secret, captions: ["NOFORN"], marks: ["U"]).build()
        #expect(engine.findings(for: clean).map(\.ruleID) == ["decl-before-run-date"])
        let later = try Engine(ruleSets: [set], options: EngineOptions(asOf: CalendarDate(year: 2010, month: 1, day: 1)!))
        #expect(later.findings(for: clean).isEmpty)
    }

    @Test func theViewIsBuiltOnlyWhenAnXPathRuleRuns() throws {
        let set = try RuleSet.parse(Array(Self.userRules.utf8), name: "ours.xml")
        let withXPath = try Engine(ruleSets: [set], options: EngineOptions(asOf: .testRunDate))
        let without = try Engine(ruleSets: [set], options: EngineOptions(asOf: .testRunDate, disabledRules: ["secret-paragraph-needs-noforn", "decl-before-run-date"]))
        #expect(withXPath.needsXMLView)
        #expect(!without.needsXMLView)
        #expect(try !Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: .testRunDate)).needsXMLView)
    }
}
