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
    /// is read as a cable file and checked by its rule alone (enabled, at the example's as-of
    /// date, else `asOf`). A triggering example must give a finding of the rule (on its `line`,
    /// when it names one); a non-triggering example must give none.
    public func verifyExamples(asOf: CalendarDate) -> [RuleExampleFailure] {
        var failures: [RuleExampleFailure] = []
        for rule in compiled {
            for example in rule.examples {
                let problem = Self.problem(with: example, of: rule, asOf: example.asOf ?? asOf)
                if let problem {
                    failures.append(RuleExampleFailure(ruleID: rule.id, file: file, line: example.line, problem: problem))
                }
            }
        }
        return failures
    }

    private static func problem(with example: RuleExample, of rule: CompiledRule, asOf: CalendarDate) -> String? {
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
            return "the non-triggering example gives a finding on line \(first.range.start.line): \(first.message)"
        }
        guard !findings.isEmpty else {
            let detail = unread.isEmpty ? "" : " (the example was not read as a cable: \(unread.joined(separator: "; ")))"
            return "the triggering example gives no finding" + detail
        }
        if let line = example.expectedLine, !findings.contains(where: { $0.range.start.line == line }) {
            let lines = findings.map { String($0.range.start.line) }.joined(separator: ", ")
            return "the triggering example gives its finding on line \(lines), not on line \(line)"
        }
        return nil
    }
}
