import Foundation
import Testing

@testable import CableMark

@Suite struct GzipTests {
    /// Compresses with the system's gzip, which the test needs: without it, it fails.
    static func gzip(_ bytes: [UInt8], level: Int) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-gz-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data")
        try Data(bytes).write(to: file)
        let result = try Subprocess.run("/usr/bin/env", ["gzip", "-\(level)", "-n", file.path])
        #expect(result.status == 0, "gzip failed: \(result.standardError)")
        return Array(try Data(contentsOf: directory.appendingPathComponent("data.gz")))
    }

    static var samples: [[UInt8]] {
        let seeds = CableMarkProcess.shared.appendingPathComponent("seeds")
        let cables = ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted().compactMap {
            FileManager.default.contents(atPath: seeds.appendingPathComponent($0).path).map(Array.init)
        }
        var random = SystemRandomNumberGenerator()
        let noise = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let runs = Array(repeating: Array("ZNY CCCCC ZZH\n".utf8), count: 20_000).flatMap { $0 }
        return [[], Array("a".utf8), noise, runs] + cables
    }

    @Test func decompressesWhatGzipWritesAtEveryLevel() throws {
        let samples = Self.samples
        #expect(samples.count >= 9, "the seed cables are missing")
        for sample in samples {
            for level in [1, 6, 9] {
                #expect(try Gzip.decompress(try Self.gzip(sample, level: level)) == sample)
            }
        }
    }

    @Test func readsConcatenatedMembersAndTrailingZeros() throws {
        let first = Array("first member\n".utf8)
        let second = Array("second member\n".utf8)
        let joined = try Self.gzip(first, level: 6) + Self.gzip(second, level: 9) + [0, 0, 0, 0]
        #expect(try Gzip.decompress(joined) == first + second)
    }

    @Test func damagedFilesAreOneLineErrors() throws {
        let text = Array(String(repeating: "1. (C) A paragraph.\n", count: 200).utf8)
        let good = try Self.gzip(text, level: 6)
        var badCRC = good
        badCRC[badCRC.count - 6] ^= 0xFF
        #expect(throws: Gzip.Failure(problem: "incorrect data check")) { try Gzip.decompress(badCRC) }
        var badLength = good
        badLength[badLength.count - 2] ^= 0xFF
        #expect(throws: Gzip.Failure(problem: "incorrect length check")) { try Gzip.decompress(badLength) }
        #expect(throws: Gzip.Failure(problem: "truncated gzip data")) { try Gzip.decompress(Array(good.prefix(good.count / 2))) }
        #expect(throws: Gzip.Failure(problem: "not a gzip file")) { try Gzip.decompress(Array("plain".utf8)) }
        #expect(throws: Gzip.Failure(problem: "not a gzip file")) { try Gzip.decompress([]) }
        #expect(throws: Gzip.Failure(problem: "larger than 100 bytes once decompressed")) { try Gzip.decompress(good, outputLimit: 100) }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(good + Array("trailing garbage".utf8)) }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var damaged = good
            damaged[Int.random(in: 10..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            // Whatever the damage, the result is bytes or an error, never a crash.
            _ = try? Gzip.decompress(damaged)
        }
    }

    /// 20 MiB that gzip makes about 20 KiB of: each read hands over at most what was asked for.
    @Test func largeFilesAreInflatedAPieceAtATime() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = Array(String(repeating: "1. (C) A paragraph.\n", count: 1 << 20).utf8)
        let path = directory.appendingPathComponent("big.txt.gz").path
        try Data(try Self.gzip(text, level: 9)).write(to: URL(fileURLWithPath: path))
        let chunks = try InputChunks(path: path)
        var buffer: [UInt8] = []
        var pieces = 0
        var inflated: [UInt8] = []
        while try chunks.read(appendingTo: &buffer, count: 1 << 20) {
            #expect(buffer.count <= 1 << 20)
            inflated += buffer
            buffer.removeAll(keepingCapacity: true)
            pieces += 1
        }
        #expect(inflated == text)
        #expect(pieces == text.count / (1 << 20))
    }

    @Test func walkedCompressedFilesKeepTheirInnerExtension() {
        #expect(InputSelection.fileExtension("dir/cables.CSV.gz") == "csv")
        #expect(InputSelection.fileExtension("dir/notes.md.gz") == "md")
        #expect(InputSelection.fileExtension("dir/.gz") == "")
    }
}
