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
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, problem: "cannot create directory \(directory)")
        }
        guard let (temporary, descriptor) = partials.create(in: directory) else {
            throw WriteError(path: path, problem: "cannot create a temporary file in \(directory): \(lastError())")
        }
        var written = 0
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                written += count
            }
        }
        if close(descriptor) != 0, failure == nil { failure = lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = lastError() }
        if failure != nil { unlink(temporary) }
        partials.forget(temporary)
        if let failure { throw WriteError(path: path, problem: "cannot write: \(failure)") }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The C library's write(2), named apart from `AtomicWriter.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
