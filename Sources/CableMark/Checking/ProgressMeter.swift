import Foundation

/// The progress line of a long run: "412/2236 files, 850 cables/s, 3s left", redrawn in place a
/// few times a second, shown only once the run has taken longer than `delay`, and erased at the
/// end. The caller decides whether there is a terminal to draw on.
public final class ProgressMeter: @unchecked Sendable {
    // Every access to the mutable state goes through `lock`.
    private let lock = NSLock()
    private let total: Int
    private let write: @Sendable (String) -> Void
    private let delay: Duration
    private let interval: Duration
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var files = 0
    private var cables = 0

    public init(
        totalFiles: Int, delay: Duration = .seconds(1), interval: Duration = .milliseconds(200),
        write: @escaping @Sendable (String) -> Void
    ) {
        total = totalFiles
        self.delay = delay
        self.interval = interval
        self.write = write
        start = clock.now
    }

    /// Counts one file done; redraws the line when it is due.
    public func fileDone(cables count: Int) {
        lock.withLock {
            files += 1
            cables += count
            let now = clock.now
            guard now - start >= delay else { return }
            if let lastDrawn, now - lastDrawn < interval { return }
            lastDrawn = now
            write("\r\u{1B}[K" + Self.line(files: files, total: total, cables: cables, elapsed: now - start))
        }
    }

    /// Erases the line, if one was drawn.
    public func finish() {
        lock.withLock {
            if lastDrawn != nil { write("\r\u{1B}[K") }
            lastDrawn = nil
        }
    }

    static func line(files: Int, total: Int, cables: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard seconds > 0, files > 0 else { return "\(files)/\(total) files" }
        let rate = Int((Double(cables) / seconds).rounded())
        let left = Int((seconds / Double(files) * Double(total - files)).rounded(.up))
        return "\(files)/\(total) files, \(rate) cables/s, \(left)s left"
    }
}
