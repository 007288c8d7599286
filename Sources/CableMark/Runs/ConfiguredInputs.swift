import Foundation

/// The inputs of a check run, each following its own configuration: the nearest cablemark.xml
/// above it (or the one given for all), each loaded once, with an engine of its own.
public struct ConfiguredInputs: Sendable {
    /// The inputs left to check, in the given order: those no configuration excludes.
    public let files: [String]
    /// Every rule of the run (the base rules, then rules configurations add), for reporters.
    public let rules: [RuleDescription]
    /// One line per rule id a configuration names that no rule set has.
    public let warnings: [String]
    private let checkerOfFile: [String: CableChecker]
    private let configurationOfFile: [String: Configuration]
    private let baseChecker: CableChecker

    /// Finds (unless `found` holds them already, as `configurationFiles` gives them) and loads
    /// the configurations of `files`. `explicit` (the --config option) governs every input when
    /// given. `ruleSets` and `options` are the command line's; a configuration adds its rule sets
    /// and changes to them. `jobs`: threads for one cables.csv dump.
    public init(
        files: [String], explicit: String?, found: [String?]? = nil, ruleSets: [RuleSet], options: EngineOptions,
        jobs: Int = 1
    ) throws {
        let base = try Engine(ruleSets: ruleSets, options: options)
        baseChecker = CableChecker(engine: base, jobs: jobs)
        var loaded: [String: (configuration: Configuration, checker: CableChecker)] = [:]
        var checkers: [String: CableChecker] = [:]
        var configurations: [String: Configuration] = [:]
        var rules = base.rules
        var warnings: [String] = []
        var kept: [String] = []
        let found = found ?? Self.configurationFiles(of: files, explicit: explicit)
        for (file, found) in zip(files, found) {
            guard let path = found else {
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
                loaded[path] = (configuration, CableChecker(engine: engine, jobs: jobs))
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

    /// The configuration file of each of `files`, nil where none governs it: `explicit` for
    /// every file when given, else the nearest cablemark.xml above each, looked up on every core
    /// (a run over thousands of files waits for this before it starts).
    public static func configurationFiles(of files: [String], explicit: String?) -> [String?] {
        if let explicit { return files.map { _ in explicit } }
        let locator = ConfigurationLocator()
        return orderedParallelMap(count: files.count, jobs: ProcessInfo.processInfo.activeProcessorCount) {
            locator.configurationFile(for: files[$0])
        }
    }

    /// The checker of one of `files`: its configuration's engine.
    public func checker(for path: String) -> CableChecker {
        checkerOfFile[path] ?? baseChecker
    }

    /// Whether a finding of `path` is accepted by a suppression of its configuration (nil: it
    /// has none).
    public func suppressions(of path: String) -> (@Sendable (Finding) -> Bool)? {
        guard let configuration = configurationOfFile[path], !configuration.suppressions.isEmpty else { return nil }
        return { configuration.suppression(of: $0) != nil }
    }
}
