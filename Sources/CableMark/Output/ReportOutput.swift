import Foundation

/// A report being written to its place, a piece at a time: a file (through a temporary file
/// beside it that `commit` renames over it, so a reader sees the old file or the new one, never
/// half of one), standard output, or a file appended to.
final class ReportOutput {
    private let place: OutputPlace
    private let descriptor: Int32
    /// The file written until `commit`, for `.file`.
    private var temporary: String?
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 20
    /// Bytes written to the descriptor so far.
    private var written = 0

    init(_ place: OutputPlace) throws(OutputError) {
        self.place = place
        switch place {
        case .standardOutput:
            descriptor = STDOUT_FILENO
        case .file(let path):
            let temporary = OutputFile.temporaryPath(beside: path)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw Self.failure(path, "cannot write") }
            self.temporary = temporary
        case .appendedTo(let path):
            descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw Self.failure(path, "cannot open for appending") }
        }
    }

    deinit {
        if place != .standardOutput { close(descriptor) }
        if let temporary { unlink(temporary) }
    }

    func write(_ text: String) throws(OutputError) {
        buffer += text.utf8
        if buffer.count >= Self.bufferSize { try flush() }
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        buffer += bytes
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes `pieces`, reading spilled ones from `spill`. A report file's are copied by up to
    /// `jobs` threads at once, each writing a run of the pieces at its offset; standard output
    /// and a file appended to take them in order.
    func write(_ pieces: ReportPieces, from spill: SpillFile, jobs: Int) throws(OutputError) {
        guard case .file = place, jobs > 1, pieces.size > Self.bufferSize else {
            for (piece, _) in pieces.pieces { try write(try Self.bytes(of: piece, from: spill)) }
            return
        }
        try flush()
        let start = written
        let runs = pieces.runs(jobs)
        let failure = FirstFailure()
        let (descriptor, name) = (descriptor, name)
        DispatchQueue.concurrentPerform(iterations: runs.count) { index in
            do throws(OutputError) {
                for (piece, offset) in runs[index] {
                    try Self.write(try Self.bytes(of: piece, from: spill), at: start + offset, of: descriptor, name: name)
                }
            } catch {
                failure.keep(error)
            }
        }
        if let error = failure.error { throw error }
        written += pieces.size
        // pwrite(2) leaves the file offset where it was: later writes go after the pieces.
        guard lseek(descriptor, off_t(written), SEEK_SET) >= 0 else { throw Self.failure(name, "cannot write") }
    }

    private static func bytes(of piece: ReportPieces.Piece, from spill: SpillFile) throws(OutputError) -> [UInt8] {
        switch piece {
        case .text(let bytes): bytes
        case .spilled(let range): try spill.read(range)
        }
    }

    /// Writes `bytes` at `offset` of the file, whatever else is written elsewhere in it.
    private static func write(_ bytes: [UInt8], at offset: Int, of descriptor: Int32, name: String) throws(OutputError) {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, bytes.count - done, off_t(offset + done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure(name, "cannot write") }
            done += count
        }
    }

    /// Writes what is left and puts the report in its place.
    func commit() throws(OutputError) {
        try flush()
        guard case .file(let path) = place, let temporary else { return }
        guard rename(temporary, path) == 0 else { throw Self.failure(path, "cannot write") }
        self.temporary = nil
    }

    private func flush() throws(OutputError) {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { bytes in
                Foundation.write(descriptor, bytes.baseAddress! + written, buffer.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Self.failure(name, "cannot write") }
            written += count
        }
        self.written += written
        buffer.removeAll(keepingCapacity: true)
    }

    private var name: String {
        switch place {
        case .file(let path), .appendedTo(let path): path
        case .standardOutput: "standard output"
        }
    }

    private static func failure(_ path: String, _ what: String) -> OutputError {
        OutputError(path: path, problem: "\(what): \(String(cString: strerror(errno)))")
    }
}

/// The first error of work done on several threads.
private final class FirstFailure: @unchecked Sendable {
    // @unchecked: `error` is only touched holding `lock`.
    private let lock = NSLock()
    private var first: OutputError?

    func keep(_ error: OutputError) {
        lock.withLock { if first == nil { first = error } }
    }

    var error: OutputError? { lock.withLock { first } }
}
