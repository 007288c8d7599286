import Foundation
import Testing

@testable import CableMark

/// A cables.csv dump read window by window reports exactly what reading it whole reports.
@Suite struct StreamingTests {
    /// A dump built at test time from real cables.csv rows of the corpus (never copied into the
    /// repository) and the two records of Samples/two-records.csv, with what real dumps have
    /// between records: a blank line, a record whose field count is wrong.
    static func dump() throws -> [UInt8] {
        let rows = try SharedData.manifest().filter { $0.format == "csv-row" }.prefix(40)
        #expect(rows.count == 40, "the corpus has too few cables.csv rows")
        let sample = try SharedData.bytes(of: SharedData.packageRoot.appendingPathComponent("Samples/two-records.csv"))
        let header = Array(sample.prefix { $0 != 0x0A }) + [0x0A]
        var dump = header + Array(sample.dropFirst(header.count))
        for (index, row) in rows.enumerated() {
            let bytes = try SharedData.bytes(of: row.url)
            guard let lineEnd = bytes.firstIndex(of: 0x0A) else { continue }
            var record = Array(bytes[(lineEnd + 1)...])
            if record.last != 0x0A { record.append(0x0A) }
            dump += record
            if index == 10 { dump += Array("\n\"1\",\"2\",\"only three fields\"\n".utf8) }
        }
        return dump
    }

    static func engine() throws -> Engine {
        try Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2024, month: 1, day: 1)!))
    }

    /// The report of reading the file whole, as `CableReader` does.
    static func wholeFileReport(_ path: String, engine: Engine) throws -> FileReport {
        let results = try CableReader.read(path: path)
        let cables = results.count { if case .cable = $0 { true } else { false } }
        let findings = results.flatMap(engine.findings(for:)).sorted(by: Finding.reportOrder)
        return FileReport(path: path, cableCount: cables, findings: findings)
    }

    static func json(_ file: FileReport, engine: Engine) -> String {
        JSONReporter().render(Report(rules: engine.rules, files: [file]))
    }

    @Test(arguments: [(997, 1), (4096, 1), (16_384, 1), (997, 3), (4096, 2)])
    func windowsReportWhatTheWholeFileReports(windowSize: Int, jobs: Int) throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cables.csv").path
        let dump = try Self.dump()
        try Data(dump).write(to: URL(fileURLWithPath: path))
        let engine = try Self.engine()

        let whole = try Self.wholeFileReport(path, engine: engine)
        let reader = StreamingReader(windowSize: windowSize, jobs: jobs)
        let streamed = CableChecker(engine: engine, reader: reader).check(path)

        #expect(dump.count > 4 * windowSize, "the file must span several windows")
        #expect(whole.cableCount == 42)
        #expect(whole.findings.contains { $0.recordNumber == 14 }, "the broken record is reported")
        #expect(whole.findings.contains { $0.range.start.offset > 2 * windowSize })
        #expect(Self.json(streamed, engine: engine) == Self.json(whole, engine: engine))
    }

    @Test func aDumpTellsItsProgressWhileItIsRead() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cables.csv").path
        let dump = try Self.dump()
        try Data(dump).write(to: URL(fileURLWithPath: path))
        let lines = RecordedLines()
        let meter = ProgressMeter(totalFiles: 1, totalBytes: dump.count, delay: .zero, interval: .zero, write: lines.append)
        let checker = CableChecker(engine: try Self.engine(), reader: StreamingReader(windowSize: 4096, jobs: 2))

        let (cables, problem) = checker.check(path, progress: meter) { _ in }
        #expect(problem == nil && cables == 42)
        // Drawn window batch by window batch before the file is done, time left from the bytes
        // read: all of them, at the end.
        let drawn = lines.all
        #expect(drawn.count > 5)
        #expect(drawn.allSatisfy { $0.hasPrefix("\r\u{1B}[K0/1 files, ") && $0.hasSuffix("s left") })
        #expect(drawn.last?.hasSuffix(" 0s left") == true)
    }

    @Test func compressedDumpsStreamLikeTheirPlainText() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("cables.csv").path
        try Data(try Self.dump()).write(to: URL(fileURLWithPath: plain))
        let gzip = try Subprocess.run("/usr/bin/env", ["gzip", "-k", plain])
        #expect(gzip.status == 0, "gzip failed: \(gzip.standardError)")
        let engine = try Self.engine()
        let checker = CableChecker(engine: engine, reader: StreamingReader(windowSize: 3000))

        let expected = checker.check(plain)
        let compressed = checker.check(plain + ".gz")
        #expect(compressed.problem == nil)
        #expect(compressed.cableCount == expected.cableCount)
        #expect(compressed.findings.map { var finding = $0; finding.path = plain; return finding } == expected.findings)
    }

    @Test func aQuoteLeftOpenStopsAtTheRecordLimit() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("open-quote.csv").path
        let sample = try SharedData.bytes(of: SharedData.packageRoot.appendingPathComponent("Samples/two-records.csv"))
        let text = Array(String(repeating: "A LINE OF TEXT WITH NO QUOTE IN IT\n", count: 1000).utf8)
        try Data(sample + Array("\"7\",\"1/1/2001\",\"never closed\n".utf8) + text).write(to: URL(fileURLWithPath: path))

        let reader = StreamingReader(windowSize: 1024, recordLimit: 8192)
        var results: [ReadResult] = []
        try reader.read(path: path) { read, _ in read } _: { results += $0 }
        #expect(results.count == 3)
        guard case .unrecognized(_, let record, let range, let reason)? = results.last else {
            Issue.record("the open quote is not reported")
            return
        }
        #expect(reason == "CSV record 3: longer than 8192 bytes (a quote left open?)")
        #expect(record == 3)
        // Whole-file offsets: the window's own start is not added by the reader's callers.
        #expect(range.start.offset == sample.count)
        #expect(range.start.line == sample.count { $0 == 0x0A } + 1)
    }

    /// The default window and limits: the cost is in proportion to the window, not the file.
    @Test func aQuoteLeftOpenInTheFirstRecordIsNotScannedToTheEnd() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("open-quote.csv").path
        let text = String(repeating: "A LINE OF TEXT WITH NO QUOTE IN IT\n", count: 300_000)
        try Data(("\"1\",\"1/1/2001\",\"09X\",\"never closed\n" + text).utf8).write(to: URL(fileURLWithPath: path))

        var results: [ReadResult] = []
        try StreamingReader().read(path: path) { read, _ in read } _: { results += $0 }
        guard results.count == 1, case .unrecognized(_, let record, _, let reason) = results[0] else {
            Issue.record("the open quote is not reported alone: \(results)")
            return
        }
        #expect(reason == "CSV record 1: longer than 4 MiB (a quote left open?)")
        #expect(record == 1)
    }

    @Test func aLineLongerThanACableIsRefusedUnread() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("long-line.txt").path
        try Data(repeating: UInt8(ascii: "A"), count: StreamingReader.defaultWindowSize + 1).write(to: URL(fileURLWithPath: path))

        var results: [ReadResult] = []
        try StreamingReader().read(path: path) { read, _ in read } _: { results += $0 }
        guard results.count == 1, case .unrecognized(_, nil, let range, let reason) = results[0] else {
            Issue.record("the long line is not refused alone: \(results)")
            return
        }
        #expect(reason == "the file is longer than the 4 MiB a cable may take")
        #expect(range == .fileStart)
    }

    @Test func otherFormatsAreReadWhole() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lima.txt").path
        try Data(SyntheticCables.unmarkedParagraph.utf8).write(to: URL(fileURLWithPath: path))
        let engine = try Self.engine()
        let streamed = CableChecker(engine: engine, reader: StreamingReader(windowSize: 64)).check(path)
        #expect(streamed == (try Self.wholeFileReport(path, engine: engine)))
        #expect(streamed.findings.contains { $0.ruleID == "portion-missing" })
    }
}
