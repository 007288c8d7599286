import Foundation

/// Reads one input file and runs the engine over every cable in it.
public struct CableChecker: Sendable {
    public let engine: Engine

    public init(engine: Engine) {
        self.engine = engine
    }

    /// The file's findings in report order, or the reason it could not be used at all.
    @Sendable public func check(_ path: String) -> FileReport {
        let results: [ReadResult]
        do {
            results = try Self.read(path)
        } catch {
            return FileReport(path: path, cableCount: 0, findings: [], problem: error.problem)
        }
        let findings = results.flatMap(engine.findings(for:)).sorted(by: Finding.reportOrder)
        let cables = results.count { if case .cable = $0 { true } else { false } }
        return FileReport(path: path, cableCount: cables, findings: findings)
    }

    /// Reads the file, decompressing it first when its name ends in ".gz"; positions in findings
    /// then refer to the decompressed text.
    static func read(_ path: String) throws(InputError) -> [ReadResult] {
        guard Gzip.isCompressed(path: path) else { return try CableReader.read(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, problem: "cannot be read")
        }
        do {
            return CableReader.read(bytes: try Gzip.decompress(Array(data)), path: path)
        } catch {
            throw InputError(path: path, problem: "not a readable gzip file: \(error.problem)")
        }
    }
}
