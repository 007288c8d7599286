import Foundation
import Testing

@testable import CableMark

@Suite struct CheckRunnerTests {
    @Test func parallelResultsComeInInputOrder() {
        let files = (0..<200).map { "file-\($0)" }
        // Uneven work, so that threads finish out of order.
        let check: @Sendable (String) -> FileReport = { path in
            let number = Int(path.dropFirst(5))!
            if number % 7 == 0 { Thread.sleep(forTimeInterval: 0.002) }
            return FileReport(path: path, cableCount: number, findings: [])
        }
        let serial = orderedParallelMap(count: files.count, jobs: 1) { check(files[$0]) }
        let parallel = orderedParallelMap(count: files.count, jobs: 4) { check(files[$0]) }
        #expect(serial.map(\.path) == files)
        #expect(parallel == serial)
    }

    @Test func everyFileIsCheckedExactlyOnce() {
        let counter = Counter()
        let reports = orderedParallelMap(count: 50, jobs: 8) { index in
            let path = String(index)
            counter.add(path)
            return FileReport(path: path, cableCount: 1, findings: [])
        }
        #expect(reports.count == 50)
        #expect(counter.counts.values.allSatisfy { $0 == 1 } && counter.counts.count == 50)
    }

    @Test func progressLineShowsRateAndTimeLeft() {
        #expect(
            ProgressMeter.line(files: 100, totalFiles: 400, cables: 250, bytes: 1000, totalBytes: 4000, elapsed: .seconds(2))
                == "100/400 files, 125 cables/s, 6s left")
        #expect(ProgressMeter.line(files: 0, totalFiles: 400, cables: 0, bytes: 0, totalBytes: 4000, elapsed: .seconds(2)) == "0/400 files")
        // One large dump: time left from the bytes read, before any file is done.
        #expect(
            ProgressMeter.line(files: 0, totalFiles: 1, cables: 9000, bytes: 100, totalBytes: 1000, elapsed: .seconds(30))
                == "0/1 files, 300 cables/s, 4m 30s left")
        #expect(ProgressMeter.timeText(7322) == "2h 02m")
    }

    @Test func progressIsDrawnOnlyAfterTheDelayAndErasedAtTheEnd() {
        let quiet = RecordedLines()
        let fast = ProgressMeter(totalFiles: 3, totalBytes: 30, delay: .seconds(60), write: quiet.append)
        fast.read(cables: 1, bytes: 10)
        fast.fileDone()
        fast.finish()
        #expect(quiet.all.isEmpty)

        let drawn = RecordedLines()
        let slow = ProgressMeter(totalFiles: 3, totalBytes: 30, delay: .zero, interval: .zero, write: drawn.append)
        slow.fileDone()
        slow.finish()
        #expect(drawn.all.count == 2)
        #expect(drawn.all.first?.hasPrefix("\r\u{1B}[K1/3 files") == true)
        #expect(drawn.all.last == "\r\u{1B}[K")
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Int] = [:]
    func add(_ key: String) { lock.withLock { values[key, default: 0] += 1 } }
    var counts: [String: Int] { lock.withLock { values } }
}
