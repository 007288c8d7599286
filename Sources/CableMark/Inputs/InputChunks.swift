import Foundation

/// An input file read a piece at a time, inflated on the way when its name ends in ".gz", so
/// that a file of any size passes through a buffer of bounded size.
final class InputChunks {
    let path: String
    private let descriptor: Int32
    private let inflater: Gzip.Inflater?
    /// Compressed bytes read but not yet inflated.
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var fileEnded = false
    /// Bytes of the file itself read so far (compressed bytes for a ".gz" file).
    private(set) var fileBytesRead = 0
    /// Given every byte of the file itself as it is read, in order (compressed bytes for a ".gz"
    /// file): a sanitize run's digest of the input, made without reading the file twice.
    var fileBytes: ((UnsafeRawBufferPointer) -> Void)?
    /// Compressed bytes inflated at a time.
    private static let readSize = 1 << 20
    /// What each system call reads into, before it is appended to a buffer.
    private let scratch: UnsafeMutableRawBufferPointer

    /// Opens `path`; fails with the problem the user is told.
    init(path: String) throws(InputError) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, problem: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(path: path, problem: "is a directory") }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(path: path, problem: "cannot be read (permission denied?)") }
        do {
            inflater = Gzip.isCompressed(path: path) ? try Gzip.Inflater() : nil
        } catch {
            close(descriptor)
            throw InputError(path: path, problem: "not a readable gzip file: \(error.problem)")
        }
        scratch = .allocate(byteCount: 1 << 18, alignment: 16)
    }

    deinit {
        close(descriptor)
        scratch.deallocate()
    }

    /// Appends up to `count` more bytes of the (decompressed) input to `buffer`; false once the
    /// input has ended and nothing was appended.
    func read(appendingTo buffer: inout [UInt8], count: Int) throws(InputError) -> Bool {
        guard let inflater else { return try readFile(appendingTo: &buffer, count: count) > 0 }
        let start = buffer.count
        while buffer.count - start < count {
            if pendingStart == pending.count {
                pending.removeAll(keepingCapacity: true)
                pendingStart = 0
                guard try readFile(appendingTo: &pending, count: Self.readSize) > 0 else {
                    try gzip { () throws(Gzip.Failure) in try inflater.finish() }
                    break
                }
            }
            let room = count - (buffer.count - start)
            pendingStart += try gzip { () throws(Gzip.Failure) in
                try inflater.inflate(pending[pendingStart...], into: &buffer, room: room)
            }
        }
        return buffer.count > start
    }

    /// A gzip failure as the input problem the user is told.
    private func gzip<T>(_ body: () throws(Gzip.Failure) -> T) throws(InputError) -> T {
        do {
            return try body()
        } catch {
            throw InputError(path: path, problem: "not a readable gzip file: \(error.problem)")
        }
    }

    /// Reads the rest of the file itself, keeping none of it: what is left for `fileBytes` after a
    /// reader stopped early (a file refused as too long).
    func readToEnd() throws(InputError) {
        var discarded: [UInt8] = []
        while !fileEnded {
            discarded.removeAll(keepingCapacity: true)
            _ = try readFile(appendingTo: &discarded, count: scratch.count)
        }
    }

    /// Reads up to `count` bytes of the file itself; how many it read (0 at its end).
    private func readFile(appendingTo buffer: inout [UInt8], count: Int) throws(InputError) -> Int {
        var total = 0
        while total < count, !fileEnded {
            let got = Foundation.read(descriptor, scratch.baseAddress, min(count - total, scratch.count))
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw InputError(path: path, problem: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if got == 0 { fileEnded = true }
            let piece = UnsafeRawBufferPointer(start: scratch.baseAddress, count: got)
            fileBytes?(piece)
            buffer.append(contentsOf: piece)
            total += got
        }
        fileBytesRead += total
        return total
    }
}
