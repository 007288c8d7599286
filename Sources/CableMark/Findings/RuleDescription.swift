/// What a rule is, as its rule set declares it: enough for reporters (SARIF `rules[]`),
/// `cablemark rules` and `cablemark explain`.
public struct RuleDescription: Sendable, Hashable, Codable {
    /// Stable id from the catalog ("portion-missing").
    public var id: String
    public var severity: Severity
    public var enabled: Bool
    /// One line: what is checked.
    public var title: String
    /// Why, in full.
    public var rationale: String
    /// The order, regulation or register entry the rule rests on.
    public var source: String
    /// Longer help text or a link.
    public var help: String
    /// GitHub code scanning's 0.0–10.0 scale, as the rule set gives it (spills and leaks high);
    /// nil when it gives none.
    public var securitySeverity: String?

    public init(
        id: String, severity: Severity, enabled: Bool = true, title: String, rationale: String,
        source: String, help: String, securitySeverity: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.enabled = enabled
        self.title = title
        self.rationale = rationale
        self.source = source
        self.help = help
        self.securitySeverity = securitySeverity
    }
}
