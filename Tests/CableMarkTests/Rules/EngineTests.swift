import Testing

@testable import CableMark

@Suite struct EngineTests {
    static let twoRules = """
        <?xml version="1.0"?>
        <rule-set name="pair" format="1">
          <rule id="needs-eo" severity="error">
            <title>E.O. line</title><message>no E.O. line</message>
            <check kind="required-field" field="eo"/>
            <rationale source="s">r</rationale>
          </rule>
          <rule id="unmarked" severity="error">
            <title>marks</title><message>paragraph {paragraph} unmarked</message>
            <check kind="portion-required" when="classified"/>
            <check kind="portion-required" when="!classified" severity="info"/>
            <rationale source="s">r</rationale>
          </rule>
          <rule id="off" severity="warning" enabled="false">
            <title>off</title><message>off fired</message>
            <check kind="required-field" field="derived-from"/>
            <rationale source="s">r</rationale>
          </rule>
          <rule id="modern" severity="warning">
            <title>modern</title><message>modern fired</message>
            <applies from="2003-09-22"/>
            <check kind="required-field" field="derived-from"/>
            <rationale source="s">r</rationale>
          </rule>
        </rule-set>
        """

    func engine(_ options: EngineOptions = EngineOptions(asOf: .testRunDate)) throws -> Engine {
        try Engine(ruleSets: [try RuleSet.parse(Array(Self.twoRules.utf8), name: "pair.xml")], options: options)
    }

    @Test func findingsCarryPlaceContextAndCableAndComeInReportOrder() throws {
        var cable = TestCable(eo: nil, marks: ["C", nil, nil]).build()
        cable.metadata.referenceID = TextField(text: "07LIMA123", range: .fileStart)
        cable.recordNumber = 3
        let found = try engine().findings(for: cable)
        // Both header findings stand at the classification line: rule id decides.
        #expect(found.map(\.ruleID) == ["modern", "needs-eo", "unmarked", "unmarked"])
        #expect(found.map(\.message) == ["modern fired", "no E.O. line", "paragraph 2 unmarked", "paragraph 3 unmarked"])
        #expect(found.allSatisfy { $0.path == "test.txt" && $0.recordNumber == 3 && $0.cableID == "07LIMA123" })
        #expect(found[2].range == cable.paragraphs[1].markRange)
        #expect(found[2].context == "Paragraph 2.")
        #expect(found.map(\.severity) == [.warning, .error, .error, .error])
    }

    @Test func aCheckMayReportAtItsOwnSeverity() throws {
        let cable = TestCable(level: .unclassified, marks: [nil]).build()
        #expect(try engine().findings(for: cable).filter { $0.ruleID == "unmarked" }.map(\.severity) == [.note])
    }

    @Test func optionsOverrideSeverityAndEnableOrDisableRules() throws {
        let options = EngineOptions(
            asOf: .testRunDate, severityOverrides: ["unmarked": .warning], disabledRules: ["needs-eo"], enabledRules: ["off"])
        let engine = try engine(options)
        let found = engine.findings(for: TestCable(level: .unclassified, eo: nil, marks: [nil]).build())
        #expect(found.map(\.ruleID) == ["modern", "off", "unmarked"])
        #expect(found.first { $0.ruleID == "unmarked" }?.severity == .warning)
        let rules = Dictionary(uniqueKeysWithValues: engine.rules.map { ($0.id, $0) })
        #expect(rules["needs-eo"]?.enabled == false)
        #expect(rules["off"]?.enabled == true)
        #expect(rules["unmarked"]?.severity == .warning)
        // Disabling wins over enabling.
        let both = try self.engine(EngineOptions(asOf: .testRunDate, disabledRules: ["off"], enabledRules: ["off"]))
        #expect(both.rules.first { $0.id == "off" }?.enabled == false)
    }

    @Test func applicabilityWindowsFollowTheCableDate() throws {
        let old = TestCable(date: CalendarDate(year: 1990, month: 1, day: 1)).build()
        #expect(try !engine().findings(for: old).contains { $0.ruleID == "modern" })
        let undated = TestCable(date: nil).build()
        #expect(try engine().findings(for: undated).contains { $0.ruleID == "modern" })
        // A cable dated by its id's year alone is inside a window only when all of the year is:
        // 2003 straddles 22 September, 2004 is after it.
        #expect(try !engine().findings(for: TestCable(dateYear: 2003).build()).contains { $0.ruleID == "modern" })
        #expect(try engine().findings(for: TestCable(dateYear: 2004).build()).contains { $0.ruleID == "modern" })
    }

    /// A check runs on the dates both its rule's window and its own hold; windows that share no
    /// day hold no dated cable, and every undated one.
    @Test func aRuleWindowAndACheckWindowHoldTogether() throws {
        func ruleSet(rule: String, check: String) -> String {
            """
            <?xml version="1.0"?>
            <rule-set name="w" format="1">
              <rule id="windowed" severity="warning">
                <title>t</title><message>fired</message>
                <applies \(rule)/>
                <check kind="required-field" field="derived-from"><applies \(check)/></check>
                <rationale source="s">r</rationale>
              </rule>
            </rule-set>
            """
        }
        func fires(_ text: String, _ date: CalendarDate?) throws -> Bool {
            let engine = try Engine(
                ruleSets: [try RuleSet.parse(Array(text.utf8), name: "w.xml")], options: EngineOptions(asOf: .testRunDate))
            return !engine.findings(for: TestCable(date: date).build()).isEmpty
        }
        let overlapping = ruleSet(rule: #"from="1995-01-01""#, check: #"until="1999-12-31""#)
        #expect(try fires(overlapping, CalendarDate(year: 1997, month: 6, day: 1)))
        #expect(try !fires(overlapping, CalendarDate(year: 1990, month: 6, day: 1)))
        #expect(try !fires(overlapping, CalendarDate(year: 2005, month: 6, day: 1)))
        let apart = ruleSet(rule: #"from="2000-01-01""#, check: #"until="1999-12-31""#)
        #expect(try !fires(apart, CalendarDate(year: 1999, month: 6, day: 1)))
        #expect(try !fires(apart, CalendarDate(year: 2001, month: 6, day: 1)))
        #expect(try fires(apart, nil))
    }

    /// The facts of a cable are kept in tables by field, indexed by `CableField.ordinal`.
    @Test func aFieldsOrdinalIsItsPlaceAmongAllCases() {
        #expect(CableField.allCases.map(\.ordinal) == Array(CableField.allCases.indices))
    }

    @Test func unreadableInputsGiveDocumentUnrecognized() throws {
        let engine = try Engine(ruleSets: try RuleSet.builtIn(), options: EngineOptions(asOf: .testRunDate))
        var range = SourceRange.fileStart
        range.start = SourcePosition(line: 40, column: 1, offset: 900)
        range.end = SourcePosition(line: 60, column: 1, offset: 1500)
        let found = engine.findings(for: .unrecognized(path: "dump.csv", recordNumber: 7, range: range, reason: "broken quote"))
        #expect(found.map(\.ruleID) == ["document-unrecognized"])
        #expect(found.first?.message == "not a cable: broken quote")
        #expect(found.first?.recordNumber == 7)
        #expect(found.first?.range.start == range.start)
        #expect(found.first?.range.end == range.start)
    }

    @Test func explainGivesTheRuleAsItRuns() throws {
        let engine = try Engine(ruleSets: try RuleSet.builtIn(), options: EngineOptions(asOf: .testRunDate, severityOverrides: ["declass-oadr": .warning]))
        let explanation = try #require(try engine.explain("declass-oadr"))
        #expect(explanation.rule.severity == .warning)
        #expect(explanation.defaultSeverity == .error)
        #expect(explanation.ruleSet == "declassification")
        #expect(explanation.file == "cablemark-declassification.xml")
        #expect(explanation.appliesFrom == CalendarDate(year: 1995, month: 10, day: 14))
        #expect(explanation.checks == ["forbidden-values field=decl.kind"])
        #expect(explanation.rule.source == "DSS ISL 96-2; IC Register legacy table")
        #expect(explanation.examples.contains { $0.triggers } && explanation.examples.contains { !$0.triggers })
        #expect(try engine.explain("no-such-rule") == nil)
    }

    /// A reason with categories but no section is told so; a section typed "1. 4" is 1.4.
    @Test func reasonsAreReadAsTypedInRealCables() throws {
        let engine = try Engine(
            ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2008, month: 1, day: 1)!))
        func reasonFindings(_ reason: String) -> [String] {
            let text = """
                C O N F I D E N T I A L LIMA 000123

                E.O. 12958: DECL: 06/21/2017
                TAGS: PREL PGOV PE
                SUBJECT: BORDER SECURITY TALKS

                Classified By: Ambassador J. Curtis Struble for \(reason)

                1. (C) The Foreign Minister asked for a meeting on border security.
                """
            return CableReader.read(bytes: Array(text.utf8), path: "lima.txt").flatMap(engine.findings(for:))
                .filter { $0.ruleID == "reason-invalid" }.map(\.message)
        }
        #expect(reasonFindings("Reasons (b) and (d)") == ["the reason cites no section (1.4, or 1.5 before 2003): Reasons (b) and (d)"])
        #expect(reasonFindings("Reasons 1. 4 (b) and (d)").isEmpty)
        #expect(reasonFindings("Reasons 1.2 (b) and (d)") == ["the reason cites section 1.2, not 1.4 (or 1.5 before 2003)"])
        #expect(reasonFindings("Reasons") == ["the reason names no category (a-h): Reasons"])
    }

    @Test func theBuiltInCatalogIsComplete() throws {
        let ids = Set(try RuleSet.builtIn().flatMap(\.rules).map(\.id))
        let catalog: Set<String> = [
            "banner-missing", "banner-invalid", "banner-compound", "routing-mismatch", "section-banner-mismatch",
            "metadata-mismatch", "portion-above-banner", "banner-above-portions", "portion-missing", "portion-invalid",
            "portion-sbu-with-level", "paragraph-numbering", "subject-unmarked", "portion-noforn-rel-conflict",
            "eo-line-missing", "eo-order-date", "declass-missing", "declass-on-unclassified", "declass-invalid",
            "declass-before-origin", "declass-over-25-years", "declass-over-10-years", "declass-oadr",
            "declass-x-exemption", "declass-mr", "declass-exemption-invalid", "declass-date-passed",
            "classified-by-missing", "classifier-position-missing", "reason-invalid", "reason-section-date", "derived-from", "sbu-caption-missing",
            "sensitive-caption-unused", "noforn-rollup", "rel-to-consistency", "sipdis-restricted", "caption-order",
            "tags-missing", "tags-unknown", "document-unrecognized", "portion-mark-after-lead-in", "portion-marks-conflict",
        ]
        #expect(ids == catalog)
        let rules = try RuleSet.builtIn().flatMap(\.rules)
        #expect(rules.filter { !$0.enabled }.map(\.id) == ["subject-unmarked", "declass-date-passed"])
        #expect(rules.allSatisfy { !$0.title.isEmpty && !$0.rationale.isEmpty && !$0.source.isEmpty && !$0.help.isEmpty })
    }
}
