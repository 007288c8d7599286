import Foundation

/// The progress line of a long run: "412/2236 files, 850 cables/s, 3s left", redrawn in place a
/// few times a second, shown only once the run has taken longer than `delay`, and erased at the
/// end. Time left comes from the input bytes read, so that one large cables.csv dump shows its
/// progress as well as many small files do. The caller decides whether there is a terminal to
/// draw on.
public final class ProgressMeter: @unchecked Sendable {
    // Every access to the mutable state goes through `lock`.
    private let lock = NSLock()
    private let totalFiles: Int
    private let totalBytes: Int
    private let write: @Sendable (String) -> Void
    private let delay: Duration
    private let interval: Duration
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var files = 0
    private var cables = 0
    private var bytes = 0

    /// `totalBytes`: the inputs' sizes as stored (compressed files count compressed).
    public init(
        totalFiles: Int, totalBytes: Int, delay: Duration = .seconds(1), interval: Duration = .milliseconds(200),
        write: @escaping @Sendable (String) -> Void
    ) {
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
        self.delay = delay
        self.interval = interval
        self.write = write
        start = clock.now
    }

    /// Counts cables read and the input bytes read for them (a streamed dump tells as it goes).
    public func read(cables count: Int, bytes read: Int) {
        lock.withLock {
            cables += count
            bytes += read
            drawIfDue()
        }
    }

    /// Counts one input file done.
    public func fileDone() {
        lock.withLock {
            files += 1
            drawIfDue()
        }
    }

    /// Erases the line, if one was drawn.
    public func finish() {
        lock.withLock {
            if lastDrawn != nil { write("\r\u{1B}[K") }
            lastDrawn = nil
        }
    }

    /// Call with `lock` held.
    private func drawIfDue() {
        let now = clock.now
        guard now - start >= delay else { return }
        if let lastDrawn, now - lastDrawn < interval { return }
        lastDrawn = now
        let line = Self.line(
            files: files, totalFiles: totalFiles, cables: cables, bytes: bytes, totalBytes: totalBytes,
            elapsed: now - start)
        write("\r\u{1B}[K" + line)
    }

    static func line(files: Int, totalFiles: Int, cables: Int, bytes: Int, totalBytes: Int, elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var line = "\(files)/\(totalFiles) files"
        guard seconds > 0, cables > 0 || bytes > 0 else { return line }
        line += ", \(Int((Double(cables) / seconds).rounded())) cables/s"
        if bytes > 0, totalBytes >= bytes {
            line += ", " + timeText(seconds / Double(bytes) * Double(totalBytes - bytes)) + " left"
        }
        return line
    }

    /// "42s", "3m 05s", "1h 02m".
    static func timeText(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m " + twoDigits(whole % 60) + "s" }
        return "\(whole / 3600)h " + twoDigits(whole % 3600 / 60) + "m"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
