import Foundation
import Testing

@testable import CableMark

/// A cables.csv dump sanitized a window at a time (several windows at once) writes what
/// sanitizing it whole writes: the same public versions and the same manifest, byte for byte;
/// its gzip-compressed copy, the same public versions.
@Suite struct StreamedSanitizingTests {
    static func run(_ input: String, into output: URL, reader: StreamingReader) throws -> SanitizeRun.Outcome {
        let policy = try SanitizeTestSupport.builtInPolicy()
        let options = SanitizeTestSupport.options()
        let run = SanitizeRun(
            sanitizer: Sanitizer(policy: policy, options: options), digest: SaltedDigest(salt: "streamed"),
            layout: OutputLayout(directory: output.path, arguments: [input]),
            manifest: SanitizeManifest(
                tool: .cablemark, policy: policy, options: options, salt: "streamed", outputDirectory: output.path),
            jobs: 3, reader: reader)
        return run.run(files: [input])
    }

    /// The public versions under `directory` by their path inside their record folder.
    static func publicVersions(under directory: URL) -> [String: Data] {
        var versions: [String: Data] = [:]
        for file in SanitizeTestSupport.files(under: directory) where file != OutputLayout.manifestName {
            versions[(file as NSString).lastPathComponent] = FileManager.default.contents(
                atPath: directory.appendingPathComponent(file).path)
        }
        return versions
    }

    @Test func windowsWriteWhatTheWholeFileWrites() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cables.csv").path
        let dump = try StreamingTests.dump()
        try Data(dump).write(to: URL(fileURLWithPath: path))
        let whole = directory.appendingPathComponent("whole")
        let windows = directory.appendingPathComponent("windows")

        let read = try Self.run(path, into: whole, reader: StreamingReader(windowSize: 1 << 24, jobs: 1))
        let streamed = try Self.run(path, into: windows, reader: StreamingReader(windowSize: 4096, jobs: 3))
        #expect(dump.count > 20 * 4096, "the dump must span many windows")
        #expect(read.manifestFailure == nil && streamed.manifestFailure == nil)
        #expect(read.summary.written >= 40 && read.summary.refused >= 1, "\(read.summary)")
        #expect(streamed.summary == read.summary)
        #expect(streamed.inputs.map(\.notices) == read.inputs.map(\.notices))

        let versions = Self.publicVersions(under: windows)
        #expect(versions.count == read.summary.written)
        #expect(versions == Self.publicVersions(under: whole))
        let manifest = { (folder: URL) throws -> String in
            try String(contentsOf: folder.appendingPathComponent(OutputLayout.manifestName), encoding: .utf8)
                .replacingOccurrences(of: folder.path, with: "OUT")
        }
        #expect(try manifest(windows) == (try manifest(whole)))

        let gzip = try Subprocess.run("/usr/bin/env", ["gzip", "-k", path])
        #expect(gzip.status == 0, "gzip failed: \(gzip.standardError)")
        let compressed = directory.appendingPathComponent("compressed")
        let fromGzip = try Self.run(path + ".gz", into: compressed, reader: StreamingReader(windowSize: 4096, jobs: 2))
        #expect(fromGzip.summary == read.summary)
        #expect(Self.publicVersions(under: compressed) == versions)
    }

    /// An input's digest is made of the bytes the reader reads. It must be the digest of the whole
    /// file as stored, however the file was read: whole, a window at a time, gzip-compressed (the
    /// compressed bytes), refused as too long part-way, or empty. Python's hmac is the oracle.
    @Test func inputDigestIsTheWholeStoredFiles() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dump = directory.appendingPathComponent("cables.csv").path
        try Data(try StreamingTests.dump()).write(to: URL(fileURLWithPath: dump))
        #expect(try Subprocess.run("/usr/bin/env", ["gzip", "-k", dump]).status == 0)
        // Not a file of records, and longer than a cable may be: refused after a first window just
        // over that length, the rest of the file unread.
        let tooLong = directory.appendingPathComponent("long.txt").path
        let line = Array("UNCLASSIFIED TEXT OF A LINE THAT GOES ON AND ON\n".utf8)
        let lines = ContainerReaders.maximumCableBytes / line.count + 2
        try Data((0..<lines).flatMap { _ in line }).write(to: URL(fileURLWithPath: tooLong))
        let empty = directory.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))

        let cases: [(path: String, reader: StreamingReader)] = [
            (dump, StreamingReader(windowSize: 1 << 24, jobs: 1)),
            (dump, StreamingReader(windowSize: 4096, jobs: 3)),
            (dump + ".gz", StreamingReader(windowSize: 4096, jobs: 2)),
            (tooLong, StreamingReader(windowSize: ContainerReaders.maximumCableBytes + 1, jobs: 1)),
            (empty, StreamingReader()),
        ]
        for (index, test) in cases.enumerated() {
            let outcome = try Self.run(test.path, into: directory.appendingPathComponent("out\(index)"), reader: test.reader)
            if test.path == tooLong {
                #expect(outcome.summary.refused == 1 && outcome.summary.written == 0, "\(outcome.summary)")
            }
            let stored = Array(try Data(contentsOf: URL(fileURLWithPath: test.path)))
            #expect(outcome.inputs.count == 1)
            #expect(outcome.inputs.first?.problem == nil)
            #expect(outcome.inputs.first?.digest == (try hmacSHA256(key: "streamed", of: stored)), "\(test.path)")
        }
    }
}
