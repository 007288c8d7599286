/// A rule as the engine runs it: its description, when it applies, and its checks.
struct CompiledRule: Sendable {
    var description: RuleDescription
    /// The rule set file and the line of the `<rule>` element.
    var file: String
    var line: Int
    var ruleSet: String
    var window: DateWindow
    var checks: [CompiledCheck]
    var examples: RuleExamples

    var id: String { description.id }
}

/// One `<check>` of a rule.
struct CompiledCheck: Sendable {
    var kind: any CheckKind
    /// "level-ceiling", then its parameters as written: what `explain` shows.
    var summary: String
    var window: DateWindow
    var condition: CableCondition
    /// The check's own severity, used unless the user overrides the rule's.
    var severity: Severity?
    /// Nil for kinds that write their own messages.
    var message: MessageTemplate?
}

/// Everything known about one rule, for `cablemark explain`.
public struct RuleExplanation: Sendable {
    /// The rule as it runs (severity and enabled state after the user's overrides).
    public var rule: RuleDescription
    public var defaultSeverity: Severity
    public var enabledByDefault: Bool
    /// The rule set's name and file, and the line of the rule there.
    public var ruleSet: String
    public var file: String
    public var line: Int
    /// Cable dates the rule applies to (nil: open-ended).
    public var appliesFrom: CalendarDate?
    public var appliesUntil: CalendarDate?
    /// Each check: its kind and parameters ("level-ceiling", "required-field field=eo").
    public var checks: [String]
    /// The kinds of the checks, without repeats, with the parameters each takes.
    public var checkKinds: [CheckKindDescription]
    /// The message templates of the checks, without repeats.
    public var messages: [String]
    public var examples: [RuleExample]
}
