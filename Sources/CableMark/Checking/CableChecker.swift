/// Reads one input file and runs the engine over every cable in it, cable by cable as the file
/// is read: only the findings outlive a cable, and those are handed on as they come.
public struct CableChecker: Sendable {
    public let engine: Engine
    let reader: StreamingReader

    public init(engine: Engine) {
        self.init(engine: engine, reader: StreamingReader())
    }

    init(engine: Engine, reader: StreamingReader) {
        self.engine = engine
        self.reader = reader
    }

    /// Hands the file's findings to `receive` in report order, in slices (a streamed dump's
    /// record at a time); returns the number of cables read and, when the file could not be
    /// used at all, why. A gzip-compressed file's positions refer to its decompressed text.
    public func check(_ path: String, receive: ([Finding]) -> Void) -> (cableCount: Int, problem: String?) {
        var cables = 0
        do {
            try reader.read(path: path) { results, offset in
                cables += results.count { if case .cable = $0 { true } else { false } }
                // Sorted per call: records lie one after the other, so slices in file order,
                // each sorted, are the whole file sorted.
                var findings = results.flatMap(engine.findings(for:)).sorted(by: Finding.reportOrder)
                if offset != 0 { findings = findings.map { $0.movingOffsets(by: offset) } }
                if !findings.isEmpty { receive(findings) }
            }
        } catch {
            return (cables, error.problem)
        }
        return (cables, nil)
    }

    /// The file's findings in report order and, when it could not be used at all, why (a
    /// streamed file that fails part way keeps what was read before, as a run reports it).
    @Sendable public func check(_ path: String) -> FileReport {
        var findings: [Finding] = []
        let (cables, problem) = check(path) { findings += $0 }
        return FileReport(path: path, cableCount: cables, findings: findings, problem: problem)
    }
}
