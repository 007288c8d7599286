import Foundation

/// A temporary file that the parts of one report (or a sanitize manifest's entries) are
/// appended to while files are checked, by every worker thread, and read back in input order
/// once the run is done: a report of any size passes through it instead of through memory. It
/// is unlinked as soon as it is created, so nothing is left behind however the run ends (its
/// hidden name is one that the next sanitize run sweeps, should a run die in between).
final class SpillFile: @unchecked Sendable {
    // @unchecked: appends (and `size`) hold `lock`; reads use pread on ranges already written.
    private let lock = NSLock()
    private let descriptor: Int32
    private let directory: String
    private var size = 0

    /// `directory`: where it is made (the system's temporary directory unless given).
    init(directory: String = FileManager.default.temporaryDirectory.path) throws(OutputError) {
        var template = Array("\(directory)/\(PartialFiles.prefix)spill-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(path: directory, problem: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        self.descriptor = descriptor
        self.directory = directory
    }

    deinit {
        close(descriptor)
    }

    /// Appends `text`; where its bytes are.
    func append(_ text: String) throws(OutputError) -> Range<Int> {
        let bytes = Array(text.utf8)
        lock.lock()
        defer { lock.unlock() }
        let start = size
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + written, bytes.count - written, off_t(start + written))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure("cannot write a temporary file") }
            written += count
        }
        size += bytes.count
        return start..<size
    }

    /// The ranges to read `part` back by, a MiB at the most each: a streamed dump's part can be
    /// most of a report.
    func chunks(of part: SpilledPart) -> [Range<Int>] {
        let most = 1 << 20
        return part.ranges.flatMap { range in
            stride(from: range.lowerBound, to: range.upperBound, by: most).map { $0..<min($0 + most, range.upperBound) }
        }
    }

    /// The bytes of `range`, as `append` wrote them.
    func read(_ range: Range<Int>) throws(OutputError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure("cannot read a temporary file back") }
            done += count
        }
        return bytes
    }

    private func failure(_ what: String) -> OutputError {
        OutputError(path: directory, problem: "\(what): \(String(cString: strerror(errno)))")
    }
}

/// Where one file's part of one report lies in its spill file: runs of bytes, in order.
struct SpilledPart: Sendable {
    private(set) var ranges: [Range<Int>] = []

    var isEmpty: Bool { ranges.isEmpty }

    mutating func append(_ text: String, to file: SpillFile) throws(OutputError) {
        guard !text.isEmpty else { return }
        let range = try file.append(text)
        if let last = ranges.last, last.upperBound == range.lowerBound {
            ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
        } else {
            ranges.append(range)
        }
    }
}
