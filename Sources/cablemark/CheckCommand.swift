import ArgumentParser
import CableMark
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check cables and report what breaks the marking rules.",
        discussion: """
            PATH is a file, a directory (searched recursively for .txt, .html, .htm, .csv, .json \
            and .jsonl files; hidden entries skipped), or - to read paths from standard input, one \
            per line or NUL-separated. --include and --exclude filter every file; a pattern \
            without / matches file names, one with / the end of the path. Files are checked in \
            parallel and reported in sorted order. A cables.csv dump (plain or .gz) is read \
            record by record, in bounded memory whatever its size.

            --write-baseline records every finding of the run; --baseline then reports only \
            findings it does not hold, and the summary line says how many of its entries were \
            fixed. Findings are matched on rule, file and the text they are about, never on line \
            numbers (docs/ci.md).

            --shard K/N checks the K-th of N stable parts of the files (split by a hash of each \
            path), so that N machines can share a run; `cablemark merge` combines their JSON or \
            SARIF reports into the report of a single run.

            """ + ExitStatusHelp.findings
    )

    @Argument(help: ArgumentHelp("Files or directories to check; - reads a list of paths from standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format for standard output (or --output).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the --format output to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Also write FORMAT to FILE (repeatable): sarif:out.sarif, junit:out.xml …", valueName: "format:file"))
    var report: [ReportDestination] = []

    @Option(help: ArgumentHelp("Check only files matching this pattern (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files matching this pattern (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: "Lowest severity that makes the exit status 1: error, warning, note (or info) or never.")
    var failOn: FailThreshold = .error

    @Option(help: ArgumentHelp("Files checked at once (default: the number of active processors).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Report only findings this baseline file does not hold.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every finding of this run in a baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Check only part K of N of the files (1 <= K <= N); see `cablemark merge`.", valueName: "k/n"))
    var shard: Shard?

    @Option(help: ArgumentHelp(
        "The configuration for every input (default: the nearest cablemark.xml above each).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp(
        "The directory SARIF URIs are relative to (default: the git work tree's root, else the current directory).",
        valueName: "dir"))
    var base: String?

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("no input: give files, directories, or - to read paths from standard input")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        let outputs = destinations.map(\.path) + (writeBaseline.map { [$0] } ?? [])
        if let repeated = outputs.first(where: { path in outputs.filter { $0 == path }.count > 1 }) {
            throw ValidationError("two reports would be written to \(repeated)")
        }
    }

    /// Where each report goes: --format to --output (if any), then every --report.
    var destinations: [ReportDestination] {
        (output.map { [ReportDestination(format: format, path: $0)] } ?? []) + report
    }

    func run() throws {
        let arguments = paths.contains("-") ? expandStandardInput() : paths
        let selection = InputSelection(include: include.map(Glob.init), exclude: exclude.map(Glob.init))
        let base = FileManager.default.currentDirectoryPath
        // The inputs and their configuration files are found while the rule sets load.
        let inputs = Background { [shard, config] in
            var collection = try InputCollector.collectSome(arguments, selection: selection)
            if let shard {
                collection.files = collection.files.filter { shard.contains($0, baseDirectory: base) }
                if shard.index != 1 { collection.errors = [] }
            }
            return (collection, ConfiguredInputs.configurationFiles(of: collection.files, explicit: config))
        }
        let ruleSets: [RuleSet]
        do {
            ruleSets = try ruleOptions.ruleSets()
        } catch {
            throw CommandFailure(error)
        }
        let engine = try ruleOptions.makeEngine(from: ruleSets)
        let known = try baseline.map(Self.loadBaseline)
        let sourceRoot = try SourceRoot.resolve(self.base, workingDirectory: base)
        let (collection, configurationFiles) = try inputs.value()
        do {
            try OutputFile.refuseOverwriting(
                inputs: collection.files, outputs: destinations.map(\.path) + (writeBaseline.map { [$0] } ?? []))
        } catch {
            throw CommandFailure(error)
        }

        let run: CheckRun
        do {
            run = try CheckRun(
                files: collection.files, configuration: config, configurationFiles: configurationFiles, ruleSets: ruleSets,
                options: engine.options, baseline: known, baseDirectory: base, jobs: jobs)
        } catch {
            throw CommandFailure("\(error)")
        }
        run.warnings.forEach { Diagnostics.write("cablemark: \($0)\n") }
        let progress = Diagnostics.standardErrorIsTerminal
            ? ProgressMeter(totalFiles: run.files.count, totalBytes: Self.totalSize(of: run.files), write: Diagnostics.write)
            : nil
        let outcome = run.run(
            targets: targets(baseDirectory: base, sourceRoot: sourceRoot), unusable: collection.errors, progress: progress)
        for file in outcome.overview.files {
            if let problem = file.problem { Diagnostics.error("\(file.path): \(problem)") }
        }
        outcome.failures.forEach { Diagnostics.error($0.description) }
        let status = outcome.failures.isEmpty ? ExitStatus.of(outcome.overview.summary, failOn: failOn) : .unusable
        if status != .clean { throw ExitCode(status.rawValue) }
    }

    /// Every report of the run: --output or standard output, each --report, the step summary
    /// when the github format is used, the baseline being recorded.
    private func targets(baseDirectory base: String, sourceRoot: String) -> [ReportTarget] {
        var targets = destinations.map {
            ReportTarget(reporter: $0.format.reporter(baseDirectory: base, sourceRoot: sourceRoot), place: .file($0.path))
        }
        if output == nil {
            targets.append(
                ReportTarget(reporter: format.reporter(baseDirectory: base, sourceRoot: sourceRoot), place: .standardOutput))
        }
        let usesGitHub = format == .github || report.contains { $0.format == .github }
        if usesGitHub, let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            targets.append(ReportTarget(reporter: MarkdownReporter(), place: .appendedTo(summary)))
        }
        if let writeBaseline {
            targets.append(
                ReportTarget(reporter: BaselineReporter(baseDirectory: base), place: .file(writeBaseline), listsUnfilteredFindings: true))
        }
        return targets
    }

    /// The files' sizes added up, for the progress line's time left.
    private static func totalSize(of files: [String]) -> Int {
        files.reduce(0) { total, path in
            var status = stat()
            return total + (stat(path, &status) == 0 ? Int(status.st_size) : 0)
        }
    }

    private static func loadBaseline(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path): cannot read the baseline file")
        }
        do {
            return try Baseline(parsing: Array(data), path: path)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The paths with each "-" replaced by the paths listed on standard input.
    private func expandStandardInput() -> [String] {
        let listing = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let listed = InputList.paths(fromListing: listing)
        return paths.flatMap { $0 == "-" ? listed : [$0] }
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
