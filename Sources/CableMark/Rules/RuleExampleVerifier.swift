/// A rule example that does not behave as its rule set says.
public struct RuleExampleFailure: Sendable, CustomStringConvertible {
    public var ruleID: String
    /// The rule set file, and the line of the example in it.
    public var file: String
    public var line: Int
    public var problem: String

    public var description: String { "\(file):\(line): \(ruleID): \(problem)" }
}

extension RuleSet {
    /// Runs every rule's examples, as SwiftLint runs its rules' examples as tests: each example
    /// is built (an edit that cannot be made is a failure), read as a cable file and checked by
    /// its rule alone (enabled, at the example's as-of date, else `asOf`). A triggering example
    /// must give a finding of the rule at each `↓` (line and column) and nowhere else; a
    /// non-triggering example must give none, and has no `↓`.
    public func verifyExamples(asOf: CalendarDate) -> [RuleExampleFailure] {
        var failures: [RuleExampleFailure] = []
        for rule in compiled {
            let examples: [RuleExample]
            do {
                examples = try rule.examples.built()
            } catch {
                failures.append(RuleExampleFailure(ruleID: rule.id, file: file, line: error.line, problem: error.problem))
                continue
            }
            for example in examples {
                let problem = Self.problem(with: example, of: rule, asOf: example.asOf ?? asOf)
                if let problem {
                    failures.append(RuleExampleFailure(ruleID: rule.id, file: file, line: example.line, problem: problem))
                }
            }
        }
        return failures
    }

    private static func problem(with example: RuleExample, of rule: CompiledRule, asOf: CalendarDate) -> String? {
        if example.triggers, example.expectedPositions.isEmpty, example.expectedLine == nil {
            return "the triggering example has no ↓ before the place the rule must fire"
        }
        if !example.triggers, !example.expectedPositions.isEmpty {
            return "the non-triggering example has a ↓, which marks a finding"
        }
        let alone = RuleSet(name: rule.ruleSet, file: rule.file, compiled: [rule])
        let engine: Engine
        do {
            engine = try Engine(ruleSets: [alone], options: EngineOptions(asOf: asOf, enabledRules: [rule.id]))
        } catch {
            return error.description
        }
        let results = CableReader.read(bytes: Array(example.text.utf8), path: "example")
        let findings = results.flatMap(engine.findings(for:)).filter { $0.ruleID == rule.id }
        let unread = results.compactMap { result -> String? in
            if case .unrecognized(_, _, _, let reason) = result { return reason }
            return nil
        }
        guard example.triggers else {
            // A snippet that is not read as a cable would pass without testing anything.
            if !unread.isEmpty { return "the non-triggering example is not read as a cable: \(unread.joined(separator: "; "))" }
            guard let first = findings.first else { return nil }
            return "the non-triggering example gives a finding at \(places([first.range.start])): \(first.message)"
        }
        if example.expectedPositions.isEmpty, let line = example.expectedLine {
            guard let first = findings.first else { return "the triggering example gives no finding; line=\"\(line)\" expects one" }
            return first.range.start.line == line ? nil
                : "the triggering example gives its finding on line \(first.range.start.line), not on line \(line)"
        }
        let found = places(findings.map(\.range.start))
        let expected = places(example.expectedPositions)
        guard found != expected else { return nil }
        guard !findings.isEmpty else {
            let detail = unread.isEmpty ? "" : " (the example was not read as a cable: \(unread.joined(separator: "; ")))"
            return "the triggering example gives no finding; its ↓ expect one at \(expected)" + detail
        }
        return "the triggering example gives findings at \(found); its ↓ expect them at \(expected)"
    }

    /// "8:14, 20:4": the line and column of each position, in reading order.
    private static func places(_ positions: [SourcePosition]) -> String {
        positions.map { [$0.line, $0.column] }.sorted { $0.lexicographicallyPrecedes($1) }
            .map { "\($0[0]):\($0[1])" }.joined(separator: ", ")
    }
}
