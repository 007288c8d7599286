import CZlib

/// gzip-compressed inputs (RFC 1952), inflated by the system zlib: one or more members, each
/// checked against its CRC-32 and length, zero padding after the last one allowed (as gzip
/// allows tape-block padding).
enum Gzip {
    /// A damaged or foreign file; `problem` is one line for the user.
    struct Failure: Error, Equatable {
        var problem: String
    }

    /// Inputs read whole (all but streamed cables.csv dumps) larger than this once decompressed
    /// are refused, so that a small bomb cannot exhaust memory.
    static let outputLimit = 1 << 30

    static func isCompressed(path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }

    /// The decompressed bytes of a whole gzip file.
    static func decompress(_ bytes: [UInt8], outputLimit: Int = outputLimit) throws(Failure) -> [UInt8] {
        let inflater = try Inflater()
        var output: [UInt8] = []
        var consumed = 0
        while consumed < bytes.count {
            consumed += try inflater.inflate(bytes[consumed...], into: &output, room: outputLimit + 1 - output.count)
            guard output.count <= outputLimit else {
                throw Failure(problem: "larger than \(sizeText(outputLimit)) once decompressed")
            }
        }
        try inflater.finish()
        return output
    }

    /// "64 MiB", or "100 bytes" below a MiB.
    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// A zlib inflate stream fed a piece of compressed input at a time.
    ///
    /// A class, because zlib keeps a pointer back to its `z_stream` and refuses one that moved.
    final class Inflater {
        private let stream: UnsafeMutablePointer<z_stream>
        /// After a member's end and before the next member's first byte: only zeros may follow.
        private var betweenMembers = false
        private var sawInput = false
        private let scratch: UnsafeMutableBufferPointer<UInt8>

        init() throws(Failure) {
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            scratch = .allocate(capacity: 1 << 16)
            guard cablemark_inflate_init_gzip(stream) == Z_OK else {
                stream.deallocate()
                scratch.deallocate()
                throw Failure(problem: "zlib could not start")
            }
        }

        deinit {
            inflateEnd(stream)
            stream.deallocate()
            scratch.deallocate()
        }

        /// Inflates `input` until it is used up or `room` bytes were appended to `output`;
        /// returns how many input bytes it took (the caller passes the rest again).
        func inflate(_ input: ArraySlice<UInt8>, into output: inout [UInt8], room: Int) throws(Failure) -> Int {
            var result: Result<Int, Failure> = .success(0)
            input.withUnsafeBufferPointer { buffer in
                result = Result { () throws(Failure) -> Int in try inflate(buffer, into: &output, room: room) }
            }
            return try result.get()
        }

        private func inflate(
            _ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], room: Int
        ) throws(Failure) -> Int {
            guard let base = input.baseAddress, !input.isEmpty else { return 0 }
            if !sawInput {
                sawInput = true
                guard input[0] == 0x1F, input.count < 2 || input[1] == 0x8B else {
                    throw Failure(problem: "not a gzip file")
                }
            }
            var position = 0
            var produced = 0
            while position < input.count, produced < room {
                if betweenMembers {
                    while position < input.count, input[position] == 0 { position += 1 }
                    guard position < input.count else { break }
                    guard inflateReset(stream) == Z_OK else { throw Failure(problem: "zlib could not restart") }
                    betweenMembers = false
                }
                stream.pointee.next_in = UnsafeMutablePointer(mutating: base + position)
                stream.pointee.avail_in = UInt32(clamping: input.count - position)
                let before = stream.pointee.avail_in
                stream.pointee.next_out = scratch.baseAddress
                stream.pointee.avail_out = UInt32(min(scratch.count, room - produced))
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                let made = min(scratch.count, room - produced) - Int(stream.pointee.avail_out)
                output.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: made))
                produced += made
                position += Int(before - stream.pointee.avail_in)
                switch status {
                case Z_OK: continue
                case Z_STREAM_END: betweenMembers = true
                case Z_BUF_ERROR: return position  // needs more input than this piece holds
                default: throw Failure(problem: problem(status))
                }
            }
            return position
        }

        /// Call once the whole input was given: fails when the last member was cut short.
        func finish() throws(Failure) {
            guard sawInput else { throw Failure(problem: "not a gzip file") }
            guard betweenMembers else { throw Failure(problem: "truncated gzip data") }
        }

        private func problem(_ status: Int32) -> String {
            if let message = stream.pointee.msg { return String(cString: message) }
            return status == Z_MEM_ERROR ? "out of memory" : "zlib error \(status)"
        }
    }
}
