import Testing

@testable import CableMark

/// The five cables the project started from keep the verdicts the core issue set: 000, 001, 003
/// and 004 have no error; 002 has portion-missing on each of its five unmarked paragraphs, at the
/// line where each paragraph starts; 003's KMARR tag is unknown, with MARR suggested.
@Suite struct SeedVerdictTests {
    static func findings(_ prefix: String) throws -> [Finding] {
        let url = try #require(try SharedData.seedFiles().first { $0.lastPathComponent.hasPrefix(prefix) })
        let engine = try Engine(ruleSets: try RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 1, day: 1)!))
        return CableReader.read(bytes: try SharedData.bytes(of: url), path: url.lastPathComponent)
            .flatMap(engine.findings(for:))
    }

    @Test(arguments: ["000", "001", "003", "004"])
    func hasNoError(_ seed: String) throws {
        let errors = try Self.findings(seed).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.range.start.line): \($0.message) [\($0.ruleID)]" })")
    }

    @Test func seed002MissesAPortionMarkOnEachOfItsFiveParagraphs() throws {
        let errors = try Self.findings("002").filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == Array(repeating: "portion-missing", count: 5))
        // ¶1. ¶2. ¶3. ¶4. and "15." (paragraph 5, its pilcrow rendered as a 1) start on these lines.
        #expect(errors.map(\.range.start.line) == [23, 28, 37, 51, 86])
    }

    @Test func seed003sKMARRIsUnknownWithMARRSuggested() throws {
        let tags = try Self.findings("003").filter { $0.ruleID == "tags-unknown" }
        #expect(tags.count == 1)
        #expect(tags.first?.message.contains("KMARR") == true)
        #expect(tags.first?.message.contains("MARR?") == true)
    }

    @Test func seed004ReadsItsDuplicatedHeaderOnceAndNoBoilerplateAsAParagraph() throws {
        let url = try #require(try SharedData.seedFiles().first { $0.lastPathComponent.hasPrefix("004") })
        guard case .cable(let cable) = try #require(CableReader.read(bytes: try SharedData.bytes(of: url), path: "004").first) else {
            Issue.record("seed 004 not read as a cable")
            return
        }
        #expect(cable.captions.map(\.name) == ["SIPDIS", "SIPDIS"])
        #expect(cable.subject?.text == "ONDCP DIRECTOR WALTERS SEES PROGRESS IN PERU'S WAR ON DRUGS")
        #expect(cable.paragraphs.map(\.number) == Array(1...13))
        #expect(cable.paragraphs.last?.text.hasSuffix("ONDCP has not cleared this message. MCKINLEY") == true)
    }
}
