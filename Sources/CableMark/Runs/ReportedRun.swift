/// The reporting side of a check run (`CheckRun` drives it): writes the reports while files are
/// checked. Each worker thread passes a file's findings through its `FindingFilter` and renders
/// the part of every report for the file it checked, slice by slice as the findings come (a
/// record at a time for a streamed cables.csv dump), into a temporary spill file per report; once
/// all files are done, each report is its head, the parts in input order, and its tail, copied out
/// of the spill file by `jobs` threads. No run holds its findings in memory, only their counts.
public struct ReportedRun: Sendable {
    public var context: ReportContext
    public var targets: [ReportTarget]
    public var baseline: Baseline?
    /// The suppressions of a file's configuration, as `FindingFilter` takes them.
    public var suppressions: @Sendable (_ path: String) -> (@Sendable (Finding) -> Bool)?
    /// Where relative paths start (baseline keys).
    public var baseDirectory: String?
    public var jobs: Int
    /// Counts the files done (the check closure tells it the cables and bytes it reads).
    public var progress: ProgressMeter?

    public init(
        context: ReportContext, targets: [ReportTarget], baseline: Baseline? = nil,
        suppressions: @escaping @Sendable (_ path: String) -> (@Sendable (Finding) -> Bool)? = { _ in nil },
        baseDirectory: String?, jobs: Int, progress: ProgressMeter? = nil
    ) {
        self.context = context
        self.targets = targets
        self.baseline = baseline
        self.suppressions = suppressions
        self.baseDirectory = baseDirectory
        self.jobs = jobs
        self.progress = progress
    }

    /// Checks one file: hands all its findings (none filtered) to the closure in report order, in slices, and
    /// returns how many cables it read and, when it could not be used, why.
    public typealias Check = @Sendable (_ path: String, _ receive: ([Finding]) -> Void) -> (cableCount: Int, problem: String?)

    public struct Outcome: Sendable {
        /// The run's totals, findings hidden by the baseline left out.
        public var overview: ReportOverview
        /// Reports that could not be written.
        public var failures: [OutputError]
    }

    /// Checks `files` and writes every report; `unusable` are inputs that could not be
    /// collected, reported among the files in path order.
    public func run(files: [String], unusable: [InputError], check: Check) -> Outcome {
        var failures: [OutputError] = []
        var created: [SpillFile] = []
        do {
            for _ in targets { created.append(try SpillFile()) }
        } catch {
            return Outcome(overview: emptyOverview(), failures: [error])
        }
        let spills = created
        let checked = orderedParallelMap(count: files.count, jobs: jobs) { index in
            let file = checkFile(files[index], spills: spills, check: check)
            progress?.fileDone()
            return file
        }
        progress?.finish()
        let missing = unusable.map { error in
            frame(FileOutline(path: error.path, cableCount: 0, findingCount: 0, problem: error.problem))
        }
        // `files` come in report order; inputs that could not be collected go among them.
        let all = missing.isEmpty ? checked : InputCollector.sorted(missing + checked) { $0.outline.path }
        failures += all.compactMap(\.failure)

        let overview = overview(all, filtered: true)
        let unfiltered = baseline == nil ? overview : self.overview(all, filtered: false)
        for (index, target) in targets.enumerated() {
            do {
                try write(target, index: index, files: all, spill: spills[index],
                          overview: target.listsUnfilteredFindings ? unfiltered : overview)
            } catch {
                failures.append(error)
            }
        }
        return Outcome(overview: overview, failures: failures)
    }

    /// One file checked, its parts of every report spilled.
    private struct CheckedFile: Sendable {
        var outline: FileOutline
        /// Findings before the baseline hid any.
        var unfilteredCount = 0
        var tally = FindingTally()
        var unfilteredTally = FindingTally()
        var matched: Set<UInt64> = []
        var frames: [(before: String, after: String)] = []
        var parts: [SpilledPart] = []
        var failure: OutputError?
    }

    private func checkFile(_ path: String, spills: [SpillFile], check: Check) -> CheckedFile {
        var file = CheckedFile(outline: FileOutline(path: path, cableCount: 0, findingCount: 0))
        var writers = targets.map { $0.reporter.fileWriter(path: path, context: context) }
        file.parts = Array(repeating: SpilledPart(), count: targets.count)
        var filter = FindingFilter(isSuppressed: suppressions(path), baseline: baseline?.matcher(baseDirectory: baseDirectory))
        let (cables, problem) = check(path) { all in
            let (kept, findings) = filter.apply(all)
            guard !findings.isEmpty else { return }
            file.unfilteredCount += findings.count
            file.outline.findingCount += kept.count
            for finding in kept { file.tally.add(finding) }
            if baseline != nil { for finding in findings { file.unfilteredTally.add(finding) } }
            for index in targets.indices {
                let text = writers[index].write(targets[index].listsUnfilteredFindings ? findings : kept)
                do throws(OutputError) {
                    try file.parts[index].append(text, to: spills[index])
                } catch {
                    file.failure = file.failure ?? error
                }
            }
        }
        file.outline.cableCount = cables
        file.outline.problem = problem
        file.matched = filter.matchedBaselineEntries
        var unfilteredOutline = file.outline
        unfilteredOutline.findingCount = file.unfilteredCount
        file.frames = targets.indices.map { index in
            writers[index].finish(targets[index].listsUnfilteredFindings ? unfilteredOutline : file.outline)
        }
        return file
    }

    /// An input with no findings (one that could not be collected).
    private func frame(_ outline: FileOutline) -> CheckedFile {
        var file = CheckedFile(outline: outline)
        file.parts = Array(repeating: SpilledPart(), count: targets.count)
        file.frames = targets.map { target in
            var writer = target.reporter.fileWriter(path: outline.path, context: context)
            return writer.finish(outline)
        }
        return file
    }

    private func overview(_ files: [CheckedFile], filtered: Bool) -> ReportOverview {
        var summary = ReportSummary(files: [])
        var tally = FindingTally()
        var outlines: [FileOutline] = []
        var matched = Set<UInt64>()
        for file in files {
            var outline = file.outline
            if !filtered { outline.findingCount = file.unfilteredCount }
            outlines.append(outline)
            summary.files += 1
            summary.cables += outline.cableCount
            if outline.problem != nil { summary.unreadableFiles += 1 }
            tally.append(filtered || baseline == nil ? file.tally : file.unfilteredTally)
            matched.formUnion(file.matched)
        }
        for counts in tally.ruleCounts {
            summary.errors += counts.errors
            summary.warnings += counts.warnings
            summary.notes += counts.notes
        }
        if filtered, let baseline {
            let read = Set(outlines.filter { $0.problem == nil }.map { ReportPath.relative($0.path, to: baseDirectory) })
            summary.baseline = baseline.summary(matched: matched, readPaths: read)
        }
        return ReportOverview(
            context: context, summary: summary, files: outlines, ruleCounts: tally.ruleCounts,
            leadingFindings: tally.leading)
    }

    private func emptyOverview() -> ReportOverview {
        ReportOverview(context: context, summary: ReportSummary(files: []), files: [], ruleCounts: [], leadingFindings: [])
    }

    /// Head, the files' parts in order (the separator between non-empty ones), tail; copied to
    /// a report file by `jobs` threads.
    private func write(
        _ target: ReportTarget, index: Int, files: [CheckedFile], spill: SpillFile, overview: ReportOverview
    ) throws(OutputError) {
        var pieces = ReportPieces()
        pieces.append(target.reporter.head(overview))
        var wrotePart = false
        for file in files {
            let (before, after) = file.frames[index]
            let part = file.parts[index]
            guard !before.isEmpty || !part.isEmpty || !after.isEmpty else { continue }
            if wrotePart { pieces.append(target.reporter.partSeparator) }
            wrotePart = true
            pieces.append(before)
            pieces.append(part, in: spill)
            pieces.append(after)
        }
        pieces.append(target.reporter.tail(overview))
        let output = try ReportOutput(target.place)
        try output.write(pieces, from: spill, jobs: jobs)
        try output.commit()
    }
}
