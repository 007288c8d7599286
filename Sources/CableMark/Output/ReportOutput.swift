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
