import Foundation

/// What a progress meter drew, line by line, from any thread.
final class RecordedLines: @unchecked Sendable {
    // Every access goes through `lock`.
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
