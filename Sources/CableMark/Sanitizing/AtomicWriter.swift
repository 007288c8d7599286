import Foundation

/// A public version or manifest that could not be written.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public var description: String { "\(path): \(problem)" }
}

/// Writes a file whole or not at all: into a temporary file beside it (see `PartialFiles`), then
/// renamed over the final name, which a reader therefore sees complete or not at all.
enum AtomicWriter {
    static func write(_ bytes: [UInt8], to path: String, partials: PartialFiles = .shared) throws(WriteError) {
        try write(to: path, partials: partials) { output throws(WriteError) in try output.append(bytes) }
    }

    /// Writes what `body` appends to the output it is given (a manifest of any size passes
    /// through a small buffer).
    static func write(
        to path: String, partials: PartialFiles = .shared, _ body: (Output) throws(WriteError) -> Void
    ) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        // The folder is made only when the temporary file cannot be created in it: most
        // outputs go to a folder an earlier one made.
        var created = partials.create(in: directory)
        if created == nil {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw WriteError(path: path, problem: "cannot create directory \(directory)")
            }
            created = partials.create(in: directory)
        }
        guard let (temporary, descriptor) = created else {
            throw WriteError(path: path, problem: "cannot create a temporary file in \(directory): \(lastError())")
        }
        let output = Output(path: path, descriptor: descriptor)
        var failure: WriteError?
        do {
            try body(output)
            try output.flush()
        } catch {
            failure = error
        }
        if close(descriptor) != 0, failure == nil { failure = output.failure() }
        if failure == nil, rename(temporary, path) != 0 { failure = output.failure() }
        if failure != nil { unlink(temporary) }
        partials.forget(temporary)
        if let failure { throw failure }
    }

    /// The temporary file being written, buffered.
    final class Output {
        private let path: String
        private let descriptor: Int32
        private var buffer: [UInt8] = []
        private static let bufferSize = 1 << 20

        fileprivate init(path: String, descriptor: Int32) {
            self.path = path
            self.descriptor = descriptor
        }

        func append(_ bytes: some Collection<UInt8>) throws(WriteError) {
            buffer += bytes
            if buffer.count >= Self.bufferSize { try flush() }
        }

        func append(_ text: String) throws(WriteError) {
            try append(text.utf8)
        }

        /// A part set aside in a spill file, copied a chunk at a time.
        func append(_ part: SpilledPart, from spill: SpillFile) throws(WriteError) {
            for chunk in spill.chunks(of: part) {
                let bytes: [UInt8]
                do throws(OutputError) {
                    bytes = try spill.read(chunk)
                } catch {
                    throw WriteError(path: path, problem: error.problem)
                }
                try append(bytes)
            }
        }

        fileprivate func flush() throws(WriteError) {
            var written = 0
            var failed = false
            buffer.withUnsafeBytes { bytes in
                while written < bytes.count {
                    let count = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    written += count
                }
            }
            if failed { throw failure() }
            buffer.removeAll(keepingCapacity: true)
        }

        fileprivate func failure() -> WriteError {
            WriteError(path: path, problem: "cannot write: \(AtomicWriter.lastError())")
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The C library's write(2), named apart from `AtomicWriter.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
