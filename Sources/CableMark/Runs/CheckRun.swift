/// A check run, the way the command line runs one: each input is read (`Inputs`), checked by
/// its configuration's engine, its findings passed through one `FindingFilter` (suppressions,
/// then the baseline), and every report written while files are checked (`ReportedRun`).
public struct CheckRun: Sendable {
    private let inputs: ConfiguredInputs
    public var baseline: Baseline?
    /// Where relative paths start (baseline keys).
    public var baseDirectory: String?
    public var jobs: Int

    /// Loads the configurations of `files`; `configuration` (a file) governs every input when
    /// given, else each follows the nearest cablemark.xml above it (`configurationFiles`, when
    /// they were looked up already, as `ConfiguredInputs.configurationFiles` finds them).
    /// `ruleSets` and `options` are the command line's; `jobs`: files checked at once, and
    /// threads for one cables.csv dump.
    public init(
        files: [String], configuration: String?, configurationFiles: [String?]? = nil, ruleSets: [RuleSet],
        options: EngineOptions, baseline: Baseline? = nil, baseDirectory: String?, jobs: Int = 1
    ) throws {
        inputs = try ConfiguredInputs(
            files: files, explicit: configuration, found: configurationFiles, ruleSets: ruleSets, options: options, jobs: jobs)
        self.baseline = baseline
        self.baseDirectory = baseDirectory
        self.jobs = jobs
    }

    /// The inputs left to check, in the given order: those no configuration excludes.
    public var files: [String] { inputs.files }
    /// Every rule of the run (the base rules, then rules configurations add), for reporters.
    public var rules: [RuleDescription] { inputs.rules }
    /// One line per rule id a configuration names that no rule set has.
    public var warnings: [String] { inputs.warnings }

    /// Checks `files` and writes every report; `unusable` are inputs that could not be
    /// collected, reported among the files in path order. `progress` learns the files, cables
    /// and bytes done.
    public func run(
        targets: [ReportTarget], tool: ToolInfo = .cablemark, unusable: [InputError] = [], progress: ProgressMeter? = nil
    ) -> ReportedRun.Outcome {
        let reports = ReportedRun(
            context: ReportContext(tool: tool, rules: rules), targets: targets, baseline: baseline,
            suppressions: inputs.suppressions(of:), baseDirectory: baseDirectory, jobs: jobs, progress: progress)
        return reports.run(files: files, unusable: unusable) { [inputs] path, receive in
            inputs.checker(for: path).check(path, progress: progress, receive: receive)
        }
    }
}
