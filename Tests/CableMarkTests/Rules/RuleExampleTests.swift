import Foundation
import Testing

@testable import CableMark

/// Every built-in rule's examples are its tests: the triggering ones fire at each ↓ (line and
/// column) and nowhere else, the non-triggering ones do not fire.
@Suite struct RuleExampleTests {
    static let ruleSets: [RuleSet] = (try? RuleSet.builtIn()) ?? []
    static let ruleIDs = ruleSets.flatMap(\.compiled).map(\.id)

    @Test func builtInRuleSetsLoad() throws {
        let sets = try RuleSet.builtIn()
        #expect(sets.map(\.name) == ["core", "declassification", "header"])
    }

    @Test(arguments: ruleIDs)
    func examplesBehave(ruleID: String) throws {
        let (set, rule) = try Self.rule(ruleID)
        let examples = try rule.examples.built()
        #expect(examples.contains { $0.triggers }, "\(ruleID) has no triggering example")
        #expect(examples.contains { !$0.triggers }, "\(ruleID) has no non-triggering example")
        for failure in RuleSet(name: set.name, file: set.file, compiled: [rule]).verifyExamples(asOf: .testRunDate) {
            Issue.record("\(failure)")
        }
    }

    /// The check can fail: with every ↓ of a rule's triggering examples one column to the right,
    /// or one of two ↓ gone, each of those examples is reported.
    @Test(arguments: ruleIDs)
    func aMisplacedMarkerFailsTheExample(ruleID: String) throws {
        let (set, rule) = try Self.rule(ruleID)
        let examples = try rule.examples.built()
        let triggering = examples.filter(\.triggers).map(\.line)
        var shifted = rule
        shifted.examples = .built(examples.map { example in
            var example = example
            example.expectedPositions = example.expectedPositions.map {
                SourcePosition(line: $0.line, column: $0.column + 1, offset: $0.offset + 1)
            }
            return example
        })
        let failures = RuleSet(name: set.name, file: set.file, compiled: [shifted]).verifyExamples(asOf: .testRunDate)
        #expect(failures.map(\.line) == triggering)
        #expect(failures.allSatisfy { $0.problem.hasPrefix("the triggering example gives findings at ") })

        var doubled = rule
        doubled.examples = .built(examples.map { example in
            var example = example
            example.expectedPositions += example.expectedPositions.prefix(1)
            return example
        })
        #expect(RuleSet(name: set.name, file: set.file, compiled: [doubled]).verifyExamples(asOf: .testRunDate).map(\.line) == triggering)
    }

    /// Every base cable is read as one cable, and carries no ↓ of its own.
    @Test(arguments: RuleSetSource.builtInExampleBases)
    func baseCablesAreCables(name: String) throws {
        let text = try #require(RuleSetSource(name: "x.xml", directory: nil).exampleBase(named: name))
        let results = CableReader.read(bytes: Array(text.utf8), path: name)
        #expect(results.count == 1)
        if case .unrecognized(_, _, _, let reason) = results.first { Issue.record("\(name) is not read as a cable: \(reason)") }
        #expect(!text.unicodeScalars.contains(FindingMarker.symbol))
    }

    @Test func theBasesAreTheFilesOfRulesExamples() throws {
        let folder = CableMarkProcess.packageRoot.appendingPathComponent("Rules/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(RuleSetSource.builtInExampleBases == files.map { String($0.dropLast(4)) }.sorted())
        #expect(RuleSetSource.builtInExampleBases.contains("lima-confidential"))
    }

    @Test func examplesThatMisbehaveAreReportedWithTheirPlaces() throws {
        let failures = try RuleSet.parse(Array(Self.derivedFromRuleSet.utf8), name: "x.xml").verifyExamples(asOf: .testRunDate)
        #expect(failures.map(\.line) == [8, 11, 12, 13, 16])
        #expect(failures.map(\.problem).prefix(4) == [
            "the triggering example gives findings at 8:1; its ↓ expect them at 8:2",
            "the triggering example has no ↓ before the place the rule must fire",
            "the non-triggering example gives a finding at 8:1: no Derived From",
            "the non-triggering example has a ↓, which marks a finding",
        ])
        // The reader's own reason follows.
        #expect(failures.last?.problem.hasPrefix("the non-triggering example is not read as a cable: ") == true)
    }

    /// Rule sets written before ↓ markers name the finding's line (`line="8"`): they still load,
    /// and the line is checked where the example has no ↓.
    @Test func aLineAttributeStillNamesTheFindingsLine() throws {
        let text = Self.ruleSet(examples: """
              <triggering base="lima-confidential" line="8"/>
              <triggering base="lima-confidential" line="3"/>
              <non-triggering base="lima-confidential">
                <insert after="Classified By" line="Derived From: DSCG 05-01"/>
              </non-triggering>
            """)
        let set = try RuleSet.parse(Array(text.utf8), name: "x.xml")
        #expect(try set.compiled.first?.examples.built().map(\.expectedLine) == [8, 3, nil])
        let failures = set.verifyExamples(asOf: .testRunDate)
        #expect(failures.map(\.line) == [9])
        #expect(failures.map(\.problem) == ["the triggering example gives its finding on line 8, not on line 3"])
    }

    @Test func anExampleCanEditABuiltInBaseOrBeWrittenOut() throws {
        let set = try RuleSet.parse(Array(Self.derivedFromRuleSet.utf8), name: "x.xml")
        let examples = try #require(try set.compiled.first?.examples.built())
        let edited = examples[0]
        #expect(edited.base == "lima-confidential")
        #expect(edited.markedText.contains("\nC↓ O N F I D E N T I A L LIMA 000123\n"))
        #expect(!edited.text.contains("↓") && edited.text.contains("\nC O N F I D E N T I A L LIMA 000123\n"))
        #expect(edited.expectedPositions == [SourcePosition(line: 8, column: 2, offset: 137)])
        let written = examples[4]
        #expect(written.base == nil)
        #expect(written.text == "This is not a cable at all.\n")
    }

    @Test func aBaseBesideTheRuleSetIsFoundBeforeTheBuiltInOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rule-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("examples"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let builtIn = try #require(RuleSetSource(name: "x.xml", directory: nil).exampleBase(named: "lima-confidential"))
        try builtIn.replacingOccurrences(of: "LIMA 000123", with: "LIMA 000999")
            .write(to: folder.appendingPathComponent("examples/ours.txt"), atomically: true, encoding: .utf8)
        let rules = Self.ruleSet(examples: """
            <triggering base="ours"><replace text="LIMA 000999" with="LIMA 000999"/><replace text="VZCZC" with="↓VZCZC"/></triggering>
            <non-triggering base="lima-confidential"/>
            """)
        let path = folder.appendingPathComponent("rules.xml").path
        try rules.write(toFile: path, atomically: true, encoding: .utf8)
        let set = try RuleSet.load(path: path)
        #expect(try set.compiled.first?.examples.built().first?.text.contains("LIMA 000999") == true)
    }

    /// `check` never needs the examples: the built-in rule sets load them unbuilt, while a
    /// user's rule set builds them as it loads, so that a broken one fails the load.
    @Test func builtInExamplesAreBuiltOnlyWhenAskedFor() throws {
        let builtIn = try RuleSet.builtIn().flatMap(\.compiled)
        #expect(builtIn.allSatisfy { if case .deferred = $0.examples { true } else { false } })
        let user = try RuleSet.parse(Array(Self.derivedFromRuleSet.utf8), name: "x.xml")
        #expect(user.compiled.allSatisfy { if case .built = $0.examples { true } else { false } })
    }

    /// An example loaded unbuilt whose edit cannot be made fails where it is built: in
    /// `verifyExamples` and `explain`, with the message loading would have given.
    @Test func anUnbuiltExampleThatCannotBeBuiltFailsWhenBuilt() throws {
        let text = Self.ruleSet(
            examples: #"<triggering base="lima-confidential"><replace text="SECRET" with="↓TOP SECRET"/></triggering>"#
                + "\n<non-triggering base=\"lima-confidential\"/>")
        let source = RuleSetSource(name: "x.xml", directory: nil, buildsExamples: false)
        let set = try RuleSetParser.parse(Array(text.utf8), source: source)
        let problem = "replace: 'SECRET' is not in the cable; name text that is there once (base 'lima-confidential')"
        #expect(set.verifyExamples(asOf: .testRunDate).map(\.description) == ["x.xml:8: needs-derived-from: \(problem)"])
        let engine = try Engine(ruleSets: [set], options: EngineOptions(asOf: .testRunDate))
        let error = #expect(throws: RuleSetError.self) { try engine.explain("needs-derived-from") }
        #expect(error?.description == "x.xml:8: \(problem)")
    }

    @Test(arguments: [
        (
            #"<triggering base="nowhere"/>"#,
            "x.xml:8: the example names base 'nowhere', which is not an example cable (built in: "
        ),
        (
            #"<triggering base="lima-confidential"><replace text="SECRET" with="↓TOP SECRET"/></triggering>"#,
            "x.xml:8: replace: 'SECRET' is not in the cable; name text that is there once (base 'lima-confidential')"
        ),
        (
            #"<triggering base="lima-confidential"><delete line="LIMA"/></triggering>"#,
            "x.xml:8: delete: 2 lines hold 'LIMA'; name text that one line holds (base 'lima-confidential')"
        ),
        (
            #"<triggering base="lima-confidential"><insert before="TAGS" after="SUBJECT" line="x"/></triggering>"#,
            "x.xml:8: insert: name the line to insert before= or after=, one of the two (base 'lima-confidential')"
        ),
        (
            #"<triggering><delete line="TAGS"/></triggering>"#,
            "x.xml:8: <delete> edits a base cable; the example names none"
        ),
        (
            #"<triggering base="lima-confidential">↓VZCZC</triggering>"#,
            "x.xml:8: an example with a base holds edits, not a cable"
        ),
    ])
    func aBadExampleIsARuleSetErrorNamingFileAndLine(example: String, message: String) throws {
        let text = Self.ruleSet(examples: example + "\n<non-triggering base=\"lima-confidential\"/>")
        let error = #expect(throws: RuleSetError.self) { try RuleSet.parse(Array(text.utf8), name: "x.xml") }
        #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
    }

    private static func rule(_ id: String) throws -> (RuleSet, CompiledRule) {
        let set = try #require(ruleSets.first { $0.rules.contains { $0.id == id } })
        return (set, try #require(set.compiled.first { $0.id == id }))
    }

    /// A rule set of one rule (a required Derived From line) with the examples given, which
    /// start on line 8.
    private static func ruleSet(examples: String) -> String {
        """
        <?xml version="1.0"?>
        <rule-set name="x" format="1">
          <rule id="needs-derived-from" severity="error">
            <title>t</title><message>no Derived From</message>
            <check kind="required-field" field="derived-from"/>
            <rationale source="s">r</rationale>
            <examples>
        \(examples)
            </examples>
          </rule>
        </rule-set>
        """
    }

    /// Its finding stands at the classification line, 8:1: the first example's ↓ is one column
    /// off, the second has none, the third and fourth must not fire, the last is not a cable.
    private static let derivedFromRuleSet = ruleSet(examples: """
              <triggering base="lima-confidential">
                <replace text="C O N F" with="C↓ O N F"/>
              </triggering>
              <triggering base="lima-confidential"/>
              <non-triggering base="lima-confidential"/>
              <non-triggering base="lima-confidential">
                <replace text="C O N F" with="↓C O N F"/>
              </non-triggering>
              <non-triggering><![CDATA[
        This is not a cable at all.
        ]]></non-triggering>
        """)
}
