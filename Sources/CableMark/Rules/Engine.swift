/// Runs rule sets over cables: every enabled rule whose date window holds the cable's date,
/// every check of it whose own window and `when` condition hold, gives findings in report order.
/// A check whose window does not hold the cable's date, or whose `when` does not hold, is skipped
/// before it reads anything; the fields checks read and the conditions they share are worked
/// out once per cable (`CableFacts`).
public struct Engine: Sendable {
    public let options: EngineOptions
    /// Every rule of the rule sets, as it runs: severity and enabled state after the options.
    public let rules: [RuleDescription]
    /// The checks of the enabled rules, in rule and check order, but the unrecognized-document
    /// ones, which never fire on a cable.
    private let steps: [EngineStep]
    /// The unrecognized-document checks of the enabled rules, the only ones that fire on an input
    /// that is not a cable.
    private let unrecognizedSteps: [EngineStep]
    /// Every distinct `when` of the steps, numbered as the steps name them.
    private let conditions: [CableCondition]
    private let all: [String: CompiledRule]
    /// Whether some enabled rule reads the cable's XML view (built per cable only then).
    let needsXMLView: Bool

    /// Fails when two rule sets define the same rule id (the error names the second one).
    public init(ruleSets: [RuleSet], options: EngineOptions) throws(RuleSetError) {
        self.options = options
        var all: [String: CompiledRule] = [:]
        var rules: [RuleDescription] = []
        var steps: [EngineStep] = []
        var unrecognizedSteps: [EngineStep] = []
        var conditions: [CableCondition] = []
        var conditionNumbers: [CableCondition: Int] = [:]
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
            guard description.enabled else { continue }
            for check in rule.checks {
                var condition: Int?
                if !check.condition.isAlways {
                    condition = conditionNumbers[check.condition]
                    if condition == nil {
                        condition = conditions.count
                        conditionNumbers[check.condition] = conditions.count
                        conditions.append(check.condition)
                    }
                }
                let step = EngineStep(
                    ruleID: rule.id, window: rule.window.intersection(check.window), condition: condition,
                    kind: check.kind, severity: override ?? check.severity ?? rule.description.severity,
                    message: check.message)
                if check.kind is UnrecognizedDocument {
                    unrecognizedSteps.append(step)
                } else {
                    steps.append(step)
                }
            }
        }
        self.rules = rules
        self.steps = steps
        self.unrecognizedSteps = unrecognizedSteps
        self.conditions = conditions
        self.all = all
        needsXMLView = steps.contains { $0.kind.needsXMLView }
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
            for step in unrecognizedSteps {
                let message = step.message?.render(["reason": reason], facts: nil, asOf: options.asOf) ?? reason
                findings.append(
                    Finding(
                        ruleID: step.ruleID, severity: step.severity, message: message, path: path,
                        recordNumber: recordNumber, range: range.startOnly))
            }
            return (findings.sorted(by: Finding.reportOrder), [])
        }
    }

    public func findings(for cable: Cable) -> [Finding] {
        evaluate(cable).findings
    }

    public func evaluate(_ cable: Cable) -> (findings: [Finding], failures: [RuleFailure]) {
        let facts = CableFacts(
            cable: cable, asOf: options.asOf, conditionCount: conditions.count, buildingXMLView: needsXMLView)
        let cableID = cable.metadata.referenceID?.text
        let date = cable.date
        var findings: [Finding] = []
        var failures: [RuleFailure] = []
        for step in steps where step.window.contains(date) {
            if let condition = step.condition, !facts.holds(conditions[condition], index: condition) { continue }
            let hits: [CheckHit]
            do throws(CheckFailure) {
                hits = try step.kind.hits(in: facts)
            } catch {
                failures.append(
                    RuleFailure(
                        ruleID: step.ruleID, path: cable.path, recordNumber: cable.recordNumber, cableID: cableID,
                        message: error.message))
                continue
            }
            for hit in hits {
                let message = hit.message ?? step.message?.render(hit.values, facts: facts, asOf: options.asOf) ?? ""
                findings.append(
                    Finding(
                        ruleID: step.ruleID, severity: step.severity, message: message, path: cable.path,
                        recordNumber: cable.recordNumber, range: hit.range, cableID: cableID, context: hit.context))
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
