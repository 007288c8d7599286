import Testing

@testable import CableMark

/// Every built-in rule's examples are its tests: the triggering ones fire (on the line they name),
/// the non-triggering ones do not.
@Suite struct RuleExampleTests {
    static let ruleSets: [RuleSet] = (try? RuleSet.builtIn()) ?? []

    @Test func builtInRuleSetsLoad() throws {
        let sets = try RuleSet.builtIn()
        #expect(sets.map(\.name) == ["core", "declassification", "header"])
    }

    @Test(arguments: ruleSets.flatMap(\.compiled).map(\.id))
    func examplesBehave(ruleID: String) throws {
        let set = try #require(Self.ruleSets.first { $0.rules.contains { $0.id == ruleID } })
        let rule = try #require(set.compiled.first { $0.id == ruleID })
        #expect(rule.examples.contains { $0.triggers }, "\(ruleID) has no triggering example")
        #expect(rule.examples.contains { !$0.triggers }, "\(ruleID) has no non-triggering example")
        let single = RuleSet(name: set.name, file: set.file, compiled: [rule])
        for failure in single.verifyExamples(asOf: .testRunDate) {
            Issue.record("\(failure)")
        }
    }

    @Test func examplesThatMisbehaveAreReportedWithTheirLines() throws {
        let cable = """
            VZCZCXYZ0001
            PP RUEHWEB
            DE RUEHLI #0123 1722107
            ZNY CCCCC ZZH
            P 212107Z JUN 07
            FM AMEMBASSY LIMA
            TO RUEHC/SECSTATE WASHDC PRIORITY 5950
            C O N F I D E N T I A L LIMA 000123

            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PE
            SUBJECT: TEST

            1. (C) The Minister spoke.
            """
        let text = """
            <?xml version="1.0"?>
            <rule-set name="x" format="1">
              <rule id="needs-derived-from" severity="error">
                <title>t</title><message>no Derived From</message>
                <check kind="required-field" field="derived-from"/>
                <rationale source="s">r</rationale>
                <examples>
                  <triggering line="3"><![CDATA[
            \(cable)
            ]]></triggering>
                  <non-triggering><![CDATA[
            \(cable)
            ]]></non-triggering>
                  <non-triggering><![CDATA[
            This is not a cable at all.
            ]]></non-triggering>
                </examples>
              </rule>
            </rule-set>
            """
        let failures = try RuleSet.parse(Array(text.utf8), name: "x.xml").verifyExamples(asOf: .testRunDate)
        #expect(failures.map(\.line) == [8, 24, 40])
        #expect(failures.map(\.problem).prefix(2) == [
            "the triggering example gives its finding on line 8, not on line 3",
            "the non-triggering example gives a finding on line 8: no Derived From",
        ])
        // The reader's own reason follows.
        #expect(failures.last?.problem.hasPrefix("the non-triggering example is not read as a cable: ") == true)
    }
}
