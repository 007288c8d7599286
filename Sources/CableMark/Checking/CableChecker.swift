/// Reads one input file and runs the engine over every cable in it, cable by cable as the file
/// is read: only the findings outlive a cable.
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

    /// The file's findings in report order, or the reason it could not be used at all. A
    /// gzip-compressed file's positions refer to its decompressed text.
    @Sendable public func check(_ path: String) -> FileReport {
        var findings: [Finding] = []
        var cables = 0
        do {
            try reader.read(path: path) { result, offset in
                if case .cable = result { cables += 1 }
                let found = engine.findings(for: result)
                findings += offset == 0 ? found : found.map { $0.movingOffsets(by: offset) }
            }
        } catch {
            return FileReport(path: path, cableCount: 0, findings: [], problem: error.problem)
        }
        findings.sort(by: Finding.reportOrder)
        return FileReport(path: path, cableCount: cables, findings: findings)
    }
}
