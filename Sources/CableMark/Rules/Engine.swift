/// Runs rule sets over cables: every enabled rule whose date window holds the cable's date,
/// every check of it whose own window and `when` condition hold, gives findings in report order.
public struct Engine: Sendable {
    public let options: EngineOptions
    /// Every rule of the rule sets, as it runs: severity and enabled state after the options.
    public let rules: [RuleDescription]
    /// The enabled rules, with their effective severity override (nil: the checks' own).
    private let active: [(rule: CompiledRule, override: Severity?)]
    private let all: [String: CompiledRule]
    /// Whether some enabled rule reads the cable's XML view (built per cable only then).
    let needsXMLView: Bool

    /// Fails when two rule sets define the same rule id (the error names the second one).
    public init(ruleSets: [RuleSet], options: EngineOptions) throws(RuleSetError) {
        self.options = options
        var all: [String: CompiledRule] = [:]
        var rules: [RuleDescription] = []
        var active: [(CompiledRule, Severity?)] = []
        for rule in ruleSets.flatMap(\.compiled) {
            if let first = all[rule.id] {
                throw RuleSetError(
                    file: rule.file, line: rule.line,
                    problem: "rule id '\(rule.id)' is already defined at \(first.file):\(first.line)")
            }
            all[rule.id] = rule
            var description = rule.description
            let override = options.severityOverrides[rule.id]
            description.severity = override ?? description.severity
            description.enabled =
                !options.disabledRules.contains(rule.id)
                && (description.enabled || options.enabledRules.contains(rule.id))
            rules.append(description)
            if description.enabled { active.append((rule, override)) }
        }
        self.rules = rules
        self.active = active
        self.all = all
        needsXMLView = active.contains { $0.0.checks.contains { $0.kind.needsXMLView } }
    }

    /// Findings for one read result: a cable's, or the unrecognized-document finding.
    public func findings(for result: ReadResult) -> [Finding] {
        evaluate(result).findings
    }

    /// Findings for one read result, and the rules that could not finish on it (which gave no
    /// finding there).
    public func evaluate(_ result: ReadResult) -> (findings: [Finding], failures: [RuleFailure]) {
        switch result {
        case .cable(let cable):
            return evaluate(cable)
        case .unrecognized(let path, let recordNumber, let range, let reason):
            var findings: [Finding] = []
            for (rule, override) in active {
                for check in rule.checks where check.kind is UnrecognizedDocument {
                    let message = check.message?.render(["reason": reason], facts: nil, asOf: options.asOf) ?? reason
                    findings.append(
                        Finding(
                            ruleID: rule.id, severity: override ?? check.severity ?? rule.description.severity,
                            message: message, path: path, recordNumber: recordNumber, range: range.startOnly))
                }
            }
            return (findings.sorted(by: Finding.reportOrder), [])
        }
    }

    public func findings(for cable: Cable) -> [Finding] {
        evaluate(cable).findings
    }

    public func evaluate(_ cable: Cable) -> (findings: [Finding], failures: [RuleFailure]) {
        let facts = CableFacts(cable: cable, asOf: options.asOf, buildingXMLView: needsXMLView)
        let cableID = cable.metadata.referenceID?.text
        var findings: [Finding] = []
        var failures: [RuleFailure] = []
        for (rule, override) in active where rule.window.contains(cable.date) {
            for check in rule.checks where check.window.contains(cable.date) && check.condition.holds(for: facts) {
                let hits: [CheckHit]
                do throws(CheckFailure) {
                    hits = try check.kind.hits(in: facts)
                } catch {
                    failures.append(
                        RuleFailure(
                            ruleID: rule.id, path: cable.path, recordNumber: cable.recordNumber, cableID: cableID,
                            message: error.message))
                    continue
                }
                for hit in hits {
                    let message = hit.message ?? check.message?.render(hit.values, facts: facts, asOf: options.asOf) ?? ""
                    findings.append(
                        Finding(
                            ruleID: rule.id, severity: override ?? check.severity ?? rule.description.severity,
                            message: message, path: cable.path, recordNumber: cable.recordNumber, range: hit.range,
                            cableID: cableID, context: hit.context))
                }
            }
        }
        return (findings.sorted(by: Finding.reportOrder), failures)
    }

    /// Everything about one rule; nil for an unknown id. Throws when an example of the rule
    /// cannot be built (never for a built-in rule: the tests build them all).
    public func explain(_ id: String) throws(RuleSetError) -> RuleExplanation? {
        guard let rule = all[id], let effective = rules.first(where: { $0.id == id }) else { return nil }
        var messages: [String] = []
        for case let message? in rule.checks.map(\.message) where !messages.contains(message.text) {
            messages.append(message.text)
        }
        return RuleExplanation(
            rule: effective, defaultSeverity: rule.description.severity, enabledByDefault: rule.description.enabled,
            ruleSet: rule.ruleSet, file: rule.file, line: rule.line, appliesFrom: rule.window.from,
            appliesUntil: rule.window.until, checks: rule.checks.map(\.summary),
            checkKinds: CheckKindDescription.of(rule.checks), messages: messages,
            examples: try rule.examples.built())
    }
}
