/// Reads one input file and runs the engine over every cable in it, cable by cable as the file
/// is read: only the findings outlive a cable, and those are handed on as they come.
public struct CableChecker: Sendable {
    public let engine: Engine
    let reader: StreamingReader

    /// `jobs`: threads for one cables.csv dump (windows of it are checked at the same time).
    public init(engine: Engine, jobs: Int = 1) {
        self.init(engine: engine, reader: StreamingReader(jobs: jobs))
    }

    init(engine: Engine, reader: StreamingReader) {
        self.engine = engine
        self.reader = reader
    }

    /// Hands the file's findings to `receive` in report order, in slices (a streamed dump's
    /// record at a time); returns the number of cables read and, when the file could not be
    /// used at all, why. A gzip-compressed file's positions refer to its decompressed text.
    /// `progress` learns the cables and bytes read as they go.
    public func check(
        _ path: String, progress: ProgressMeter? = nil, receive: ([Finding]) -> Void
    ) -> (cableCount: Int, problem: String?) {
        var cables = 0
        var failures: [RuleFailure] = []
        let told = progress.map { meter in { @Sendable cables, bytes in meter.read(cables: cables, bytes: bytes) } }
        do {
            try reader.read(path: path, progress: told) { [engine] results, _ in
                let outcomes = results.map(engine.evaluate)
                // Sorted per call: records lie one after the other, so slices in file order,
                // each sorted, are the whole file sorted.
                let findings = outcomes.flatMap(\.findings).sorted(by: Finding.reportOrder)
                return (cables: results.count(where: \.isCable), findings: findings, failures: outcomes.flatMap(\.failures))
            } _: { part in
                cables += part.cables
                failures += part.failures
                if !part.findings.isEmpty { receive(part.findings) }
            }
        } catch {
            return (cables, error.problem)
        }
        return (cables, Self.problem(of: failures))
    }

    /// The one line a file's rule failures are reported in, nil when there are none.
    static func problem(of failures: [RuleFailure]) -> String? {
        guard let first = failures.first else { return nil }
        return failures.count == 1 ? first.description : "\(first) (and \(failures.count - 1) more rule failures)"
    }

    /// The file's findings in report order and, when it could not be used at all, why (a
    /// streamed file that fails part way keeps what was read before, as a run reports it).
    @Sendable public func check(_ path: String) -> FileReport {
        var findings: [Finding] = []
        let (cables, problem) = check(path) { findings += $0 }
        return FileReport(path: path, cableCount: cables, findings: findings, problem: problem)
    }
}
