/// A check run in which every input follows its own configuration: the nearest cablemark.xml
/// above it (or the one given for all), each loaded once, with an engine of its own.
public struct ConfiguredRun: Sendable {
    /// The inputs left to check, in the given order: those no configuration excludes.
    public let files: [String]
    /// Every rule of the run (the base rules, then rules configurations add), for reporters.
    public let rules: [RuleDescription]
    /// One line per rule id a configuration names that no rule set has.
    public let warnings: [String]
    private let checkerOfFile: [String: CableChecker]
    private let configurationOfFile: [String: Configuration]
    private let baseChecker: CableChecker

    /// Finds and loads the configurations of `files`. `explicit` (the --config option) governs
    /// every input when given. `ruleSets` and `options` are the command line's; a configuration
    /// adds its rule sets and changes to them.
    public init(
        files: [String], explicit: String?, ruleSets: [RuleSet], options: EngineOptions
    ) throws {
        let base = try Engine(ruleSets: ruleSets, options: options)
        baseChecker = CableChecker(engine: base)
        let locator = ConfigurationLocator()
        var loaded: [String: (configuration: Configuration, checker: CableChecker)] = [:]
        var checkers: [String: CableChecker] = [:]
        var configurations: [String: Configuration] = [:]
        var rules = base.rules
        var warnings: [String] = []
        var kept: [String] = []
        for file in files {
            guard let path = explicit ?? locator.configurationFile(for: file) else {
                kept.append(file)
                continue
            }
            if loaded[path] == nil {
                let configuration = try Configuration.load(path: path)
                var sets = ruleSets
                for ruleSetFile in configuration.ruleSetFiles { sets.append(try RuleSet.load(path: ruleSetFile)) }
                let engine = try Engine(ruleSets: sets, options: configuration.applied(to: options))
                warnings += configuration.unknownRuleWarnings(knownRules: engine.rules)
                for rule in engine.rules where !rules.contains(where: { $0.id == rule.id }) { rules.append(rule) }
                loaded[path] = (configuration, CableChecker(engine: engine))
            }
            let (configuration, checker) = loaded[path]!
            if configuration.excludes(file) { continue }
            kept.append(file)
            checkers[file] = checker
            configurations[file] = configuration
        }
        self.files = kept
        self.rules = rules
        self.warnings = warnings
        checkerOfFile = checkers
        configurationOfFile = configurations
    }

    /// Checks one of `files` with its configuration's engine, less the findings it suppresses.
    @Sendable public func check(_ path: String) -> FileReport {
        var report = (checkerOfFile[path] ?? baseChecker).check(path)
        if let configuration = configurationOfFile[path] {
            report.findings.removeAll { configuration.suppression(of: $0) != nil }
        }
        return report
    }
}
