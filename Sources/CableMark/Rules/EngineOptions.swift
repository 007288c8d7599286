/// How the engine runs the rules: the run date, and the user's changes to the rule sets.
/// Rule ids that name no rule are ignored here; configuration readers check them against
/// `Engine.rules` to report them with their own file and line.
public struct EngineOptions: Sendable {
    /// The date date-dependent rules count from (declass-date-passed); the caller's clock (the
    /// command line's --as-of, else today), never read here.
    public var asOf: CalendarDate
    /// Rule id → severity replacing the rule's (and its checks') own.
    public var severityOverrides: [String: Severity]
    /// Rules not run, whatever else says.
    public var disabledRules: Set<String>
    /// Rules run although their rule set disables them by default (subject-unmarked).
    public var enabledRules: Set<String>

    public init(
        asOf: CalendarDate, severityOverrides: [String: Severity] = [:], disabledRules: Set<String> = [],
        enabledRules: Set<String> = []
    ) {
        self.asOf = asOf
        self.severityOverrides = severityOverrides
        self.disabledRules = disabledRules
        self.enabledRules = enabledRules
    }
}
