import Foundation

/// Stretches of an input file read back for the HTML report: the lines around a cable's
/// findings, a few lines of context either side, each stretch read with one `pread`, so a
/// report over a large dump reads only what it shows. Compressed inputs are not read back
/// (their positions refer to the decompressed text).
struct SourceExcerpts {
    /// One stretch of the file as read.
    struct Window {
        var offset: Int
        var bytes: [UInt8]
        /// True when the stretch was cut at `maximumLength`.
        var truncated: Bool
        var end: Int { offset + bytes.count }
    }

    static let contextLines = 3
    /// How far before a finding's start and after its end a stretch looks for its context lines.
    static let reach = 2048
    /// The most one stretch shows.
    static let maximumLength = 256 * 1024

    enum Failure: Error, Equatable {
        case compressed
        case unreadable(String)

        var text: String {
            switch self {
            case .compressed: "the text of a compressed input is not shown"
            case .unreadable(let problem): "the text could not be read back: \(problem)"
            }
        }
    }

    /// The stretches around `spans` (byte ranges, sorted by start), merged where they meet.
    static func read(path: String, spans: [Range<Int>]) -> Result<[Window], Failure> {
        if path.hasSuffix(".gz") { return .failure(.compressed) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        let size = Int(status.st_size)

        var reaches: [Range<Int>] = []
        for span in spans {
            let start = min(max(0, span.lowerBound), size)
            let end = min(max(start, span.upperBound), size)
            let wanted = max(0, start - reach)..<min(size, end + reach)
            if let last = reaches.last, wanted.lowerBound <= last.upperBound {
                reaches[reaches.count - 1] = last.lowerBound..<max(last.upperBound, wanted.upperBound)
            } else {
                reaches.append(wanted)
            }
        }
        var windows: [Window] = []
        for wanted in reaches {
            let truncated = wanted.count > maximumLength
            let length = min(wanted.count, maximumLength)
            var bytes = [UInt8](repeating: 0, count: length)
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, length, off_t(wanted.lowerBound)) }
            guard count >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
            bytes.removeSubrange(count...)
            // Keep whole lines: from `contextLines` lines before the first span to as many after the last.
            let firstStart = spans.first { $0.upperBound >= wanted.lowerBound }.map { max($0.lowerBound, wanted.lowerBound) }
                ?? wanted.lowerBound
            let lastEnd = spans.last { $0.lowerBound < wanted.upperBound }.map { min($0.upperBound, wanted.upperBound) }
                ?? wanted.upperBound
            let from = lineStart(in: bytes, before: min(bytes.count, max(0, firstStart - wanted.lowerBound)))
            let to = lineEnd(in: bytes, after: min(bytes.count, max(0, lastEnd - wanted.lowerBound)))
            windows.append(Window(offset: wanted.lowerBound + from, bytes: Array(bytes[from..<max(from, to)]), truncated: truncated))
        }
        return .success(windows)
    }

    /// The start of the line `contextLines` lines before the one holding `index`.
    static func lineStart(in bytes: [UInt8], before index: Int) -> Int {
        var newlines = 0
        var position = index
        while position > 0 {
            if bytes[position - 1] == UInt8(ascii: "\n") {
                newlines += 1
                if newlines > contextLines { return position }
            }
            position -= 1
        }
        return 0
    }

    /// The end (after its line break) of the line `contextLines` lines after the one holding `index`.
    static func lineEnd(in bytes: [UInt8], after index: Int) -> Int {
        var newlines = 0
        var position = index
        while position < bytes.count {
            position += 1
            if bytes[position - 1] == UInt8(ascii: "\n") {
                newlines += 1
                if newlines > contextLines { return position }
            }
        }
        return bytes.count
    }
}
