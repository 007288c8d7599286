import Foundation
import Testing

@testable import CableMark

/// A run that writes its reports part by part, findings arriving in slices on several threads,
/// writes what rendering the whole report at once writes, in every format.
@Suite struct ReportedRunTests {
    /// The reporters' fixture, files in the order a run reports them.
    static let report = Report(
        tool: ReportFixture.tool, rules: ReportFixture.rules, files: InputCollector.sorted(ReportFixture.report.files))

    /// Runs over the fixture: each file's findings handed over one at a time; "missing.txt"
    /// is an input that could not be collected.
    static func run(_ targets: [ReportTarget], baseline: Baseline? = nil) -> ReportedRun.Outcome {
        let files = Self.report.files
        let run = ReportedRun(
            context: ReportContext(tool: ReportFixture.tool, rules: ReportFixture.rules), targets: targets,
            baseline: baseline, baseDirectory: ReportFixture.baseDirectory, jobs: 3)
        let missing = files.filter { $0.path == "missing.txt" }.map { InputError(path: $0.path, problem: $0.problem!) }
        return run.run(files: files.map(\.path).filter { $0 != "missing.txt" }, unusable: missing) { path, receive in
            let file = files.first { $0.path == path }!
            for finding in file.findings { receive([finding]) }
            return (file.cableCount, file.problem)
        }
    }

    @Test func everyFormatMatchesTheWholeReport() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let formats = ReportFormat.allCases
        let targets = formats.map {
            ReportTarget(
                reporter: $0.reporter(baseDirectory: ReportFixture.baseDirectory),
                place: .file(directory.appendingPathComponent($0.rawValue).path))
        }
        let outcome = Self.run(targets)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.overview.summary == Self.report.summary)
        for format in formats {
            let written = try String(contentsOf: directory.appendingPathComponent(format.rawValue), encoding: .utf8)
            let whole = format.reporter(baseDirectory: ReportFixture.baseDirectory).render(Self.report)
            #expect(written == whole, "\(format): \(Golden.firstDifference(whole, written))")
        }
    }

    @Test func baselinesAreRecordedAndAppliedAsTheWholeReportWould() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = ReportFixture.baseDirectory
        var known = Self.report
        for index in known.files.indices { known.files[index].findings = Array(known.files[index].findings.prefix(1)) }
        let baseline = Baseline(recording: known, baseDirectory: base)
        let json = directory.appendingPathComponent("report.json").path
        let recorded = directory.appendingPathComponent("baseline.json").path
        let appended = directory.appendingPathComponent("summary.md").path
        try Data("before\n".utf8).write(to: URL(fileURLWithPath: appended))
        let outcome = Self.run(
            [
                ReportTarget(reporter: JSONReporter(), place: .file(json)),
                ReportTarget(reporter: BaselineReporter(baseDirectory: base), place: .file(recorded), listsUnfilteredFindings: true),
                ReportTarget(reporter: MarkdownReporter(), place: .appendedTo(appended)),
            ], baseline: baseline)
        #expect(outcome.failures.isEmpty)

        let filtered = baseline.filter(Self.report, baseDirectory: base)
        #expect(filtered.baseline == BaselineSummary(hidden: 4, fixed: 0))
        #expect(try String(contentsOfFile: json, encoding: .utf8) == JSONReporter().render(filtered))
        #expect(try String(contentsOfFile: appended, encoding: .utf8) == "before\n" + MarkdownReporter().render(filtered))
        let written = try String(contentsOfFile: recorded, encoding: .utf8)
        #expect(written == Baseline(recording: Self.report, baseDirectory: base).rendered(tool: ReportFixture.tool))
        #expect(try Baseline(parsing: Array(written.utf8), path: recorded).entries.count == Self.report.findings.count)
    }

    @Test func anOutputThatCannotBeWrittenIsReportedAndLeavesNothing() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.txt").path
        let bad = directory.appendingPathComponent("no/such/dir/report.txt").path
        let outcome = Self.run([
            ReportTarget(reporter: TextReporter(), place: .file(bad)),
            ReportTarget(reporter: TextReporter(), place: .file(good)),
        ])
        #expect(outcome.failures.map(\.path) == [bad])
        #expect(try String(contentsOfFile: good, encoding: .utf8) == TextReporter().render(Self.report))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["good.txt"])
    }
}

@Suite struct SpillFileTests {
    /// A part of several appends reads back whole, in reads of a MiB at the most.
    @Test func aPartReadsBackInChunksOfAMiBAtMost() throws {
        let spill = try SpillFile()
        var part = SpilledPart()
        let texts = [String(repeating: "a", count: 3 << 20), "b", String(repeating: "c", count: (1 << 20) + 5)]
        let other = try spill.append("not in the part")
        for text in texts { try part.append(text, to: spill) }
        let chunks = spill.chunks(of: part)
        #expect(chunks.allSatisfy { $0.count <= 1 << 20 })
        #expect(!chunks.contains { $0.overlaps(other) })
        let read = try chunks.flatMap { try spill.read($0) }
        #expect(read == Array(texts.joined().utf8))
    }
}

@Suite struct ReportPiecesTests {
    /// Text and spilled parts of several MiB, in an order that is not the spill file's.
    static func pieces(_ spill: SpillFile) throws -> (pieces: ReportPieces, expected: [UInt8]) {
        var pieces = ReportPieces()
        var expected: [UInt8] = []
        var parts: [(SpilledPart, String)] = []
        for (index, size) in [3 << 20, 17, (1 << 20) + 3, 0, 2 << 20].enumerated() {
            var part = SpilledPart()
            let text = String(repeating: String(UnicodeScalar(UInt8(97 + index))), count: size)
            try part.append(text, to: spill)
            parts.append((part, text))
        }
        for (part, text) in parts.reversed() {
            let frame = "<\(text.count)>"
            pieces.append(frame)
            pieces.append(part, in: spill)
            expected += Array(frame.utf8) + Array(text.utf8)
        }
        return (pieces, expected)
    }

    /// Runs follow each other, cover every piece once, and are about the same size.
    @Test(arguments: [1, 2, 3, 7, 100])
    func runsCoverThePiecesInOrder(count: Int) throws {
        let (pieces, expected) = try Self.pieces(try SpillFile())
        let runs = pieces.runs(count)
        #expect(runs.count <= count)
        #expect(runs.flatMap { $0.map(\.offset) } == pieces.pieces.map(\.offset))
        #expect(pieces.size == expected.count)
    }

    /// A report file copied by several threads, each to its offsets, holds what a copy in
    /// order writes, and what is written after the pieces follows them.
    @Test(arguments: [1, 2, 3])
    func aFileCopiedByThreadsIsTheCopyInOrder(jobs: Int) throws {
        let spill = try SpillFile()
        let (pieces, expected) = try Self.pieces(spill)
        let directory = try OutputFileTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.json").path
        let output = try ReportOutput(.file(path))
        try output.write("head\n")
        try output.write(pieces, from: spill, jobs: jobs)
        try output.write("tail\n")
        try output.commit()
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(written) == Array("head\n".utf8) + expected + Array("tail\n".utf8))
    }
}

@Suite struct OrderedParallelMapTests {
    /// Every index is computed once, on shares the threads take, and the results come in order.
    @Test(arguments: [1, 2, 3, 8])
    func everyIndexOnceInOrder(jobs: Int) {
        for count in [0, 1, 2, 5, 17, 100] {
            let calls = CallCounter()
            let results = orderedParallelMap(count: count, jobs: jobs) { index in
                calls.add()
                return index * 3
            }
            #expect(results == (0..<count).map { $0 * 3 }, "count \(count)")
            #expect(calls.total == count, "count \(count)")
        }
    }

    private final class CallCounter: @unchecked Sendable {
        // @unchecked: `count` is only touched holding `lock`.
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var total: Int { lock.withLock { count } }
    }
}
