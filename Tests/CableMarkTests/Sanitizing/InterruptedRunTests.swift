import Foundation
import Testing

@testable import CableMark

/// A sanitize run stopped at any moment leaves no partial file under a final name: killed with
/// SIGKILL, every file it wrote is whole; stopped with SIGTERM, it removes its partial files too.
@Suite(.serialized) struct InterruptedRunTests {
    typealias Support = SanitizeTestSupport

    /// `copies` copies of two fixtures (one cable, two records) in a new folder.
    static func manyInputs(copies: Int) throws -> URL {
        let folder = try Support.scratchDirectory()
        let oslo = try SharedData.bytes(of: SharedFixtures.sanitize.appendingPathComponent("oslo-raw-telegram.txt"))
        let records = try SharedData.bytes(of: SharedFixtures.sanitize.appendingPathComponent("two-records.csv"))
        for index in 0..<copies {
            let group = folder.appendingPathComponent("batch-\(index / 100)")
            try FileManager.default.createDirectory(at: group, withIntermediateDirectories: true)
            try Data(oslo).write(to: group.appendingPathComponent("oslo-\(index).txt"))
            if index % 4 == 0 { try Data(records).write(to: group.appendingPathComponent("records-\(index).csv")) }
        }
        return folder
    }

    /// Starts `cablemark sanitize`, waits until it has written `written` public versions, then
    /// sends `signal`; returns the exit status.
    static func interrupt(_ arguments: [String], out: URL, after written: Int, signal: Int32) throws -> (
        status: Int32, reason: Process.TerminationReason
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltBinary.path())
        process.arguments = ["sanitize"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline, publicVersions(under: out).count < written {
            usleep(5_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason)
    }

    static func publicVersions(under directory: URL) -> [String] {
        Support.files(under: directory).filter {
            $0.hasSuffix(".txt") && !($0 as NSString).lastPathComponent.hasPrefix(".")
        }
    }

    static func partialFiles(under directory: URL) -> [String] {
        Support.files(under: directory).filter { ($0 as NSString).lastPathComponent.hasPrefix(PartialFiles.prefix) }
    }

    @Test func aRunKilledMidWayLeavesOnlyWholeFilesUnderFinalNames() throws {
        let inputs = try Self.manyInputs(copies: 400)
        let killed = try Support.scratchDirectory()
        let complete = try Support.scratchDirectory()
        defer {
            for folder in [inputs, killed, complete] { try? FileManager.default.removeItem(at: folder) }
        }
        let arguments = [inputs.path, "--salt", "s", "--as-of", "2025-01-01", "--jobs", "2"]
        let stopped = try Self.interrupt(arguments + ["--out", killed.path], out: killed, after: 100, signal: SIGKILL)
        #expect(
            stopped.reason == .uncaughtSignal && stopped.status == SIGKILL, "the run ended before it could be killed")

        let full = try CableMarkProcess.run(["sanitize"] + arguments + ["--out", complete.path])
        #expect(full.status == 0, "\(full.standardError)")
        let expected = Self.publicVersions(under: complete)
        #expect(expected.count == 400 + 2 * 100)

        let written = Self.publicVersions(under: killed)
        #expect(written.count >= 100 && written.count < expected.count, "killed after \(written.count) files")
        #expect(!FileManager.default.fileExists(atPath: killed.appendingPathComponent(OutputLayout.manifestName).path))
        for file in written {
            let partial = FileManager.default.contents(atPath: killed.appendingPathComponent(file).path)
            let whole = FileManager.default.contents(atPath: complete.appendingPathComponent(file).path)
            #expect(partial != nil && partial == whole, "\(file) is not the complete public version")
        }

        // The next run into the same folder removes what the killed run left half-written.
        let resumed = try CableMarkProcess.run(["sanitize"] + arguments + ["--out", killed.path])
        #expect(resumed.status == 0)
        #expect(Self.partialFiles(under: killed).isEmpty)
        #expect(Self.publicVersions(under: killed) == expected)
    }

    @Test func aRunStoppedWithSIGTERMRemovesItsPartialFiles() throws {
        let inputs = try Self.manyInputs(copies: 400)
        let out = try Support.scratchDirectory()
        defer {
            for folder in [inputs, out] { try? FileManager.default.removeItem(at: folder) }
        }
        let stopped = try Self.interrupt(
            [inputs.path, "--out", out.path, "--jobs", "2"], out: out, after: 100, signal: SIGTERM)
        #expect(stopped.reason == .exit && stopped.status == 128 + SIGTERM, "the run ended before it could be stopped")
        #expect(Self.partialFiles(under: out).isEmpty)
        #expect(Self.publicVersions(under: out).count >= 100)
    }
}
