/// Reads gzip files (RFC 1952): one or more members, each a DEFLATE stream checked against its
/// CRC-32 and length.
enum Gzip {
    /// Decompressed inputs larger than this are refused, so that a small bomb cannot exhaust memory.
    static let outputLimit = 1 << 30

    static func isCompressed(path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }

    /// The decompressed bytes; the error's text is one line for the user.
    static func decompress(_ bytes: [UInt8], outputLimit: Int = outputLimit) throws(Inflater.Failure) -> [UInt8] {
        var output: [UInt8] = []
        var position = 0
        repeat {
            position = try skipHeader(bytes, at: position)
            var inflater = Inflater(bytes, from: position, outputLimit: outputLimit - output.count)
            try inflater.inflate()
            position = inflater.position
            guard position + 8 <= bytes.count else { throw Inflater.Failure(problem: "truncated gzip trailer") }
            let crc = littleEndian32(bytes, at: position)
            let size = littleEndian32(bytes, at: position + 4)
            guard crc == CRC32.checksum(inflater.output) else { throw Inflater.Failure(problem: "CRC mismatch") }
            guard size == UInt32(truncatingIfNeeded: inflater.output.count) else {
                throw Inflater.Failure(problem: "length mismatch")
            }
            output += inflater.output
            position += 8
            // Zero padding after the last member (tape blocks) is allowed, as gzip allows it.
        } while position < bytes.count && bytes[position...].contains(where: { $0 != 0 })
        return output
    }

    /// Position of the DEFLATE data after the member header at `start`.
    private static func skipHeader(_ bytes: [UInt8], at start: Int) throws(Inflater.Failure) -> Int {
        guard start + 10 <= bytes.count, bytes[start] == 0x1F, bytes[start + 1] == 0x8B else {
            throw Inflater.Failure(problem: "not a gzip file")
        }
        guard bytes[start + 2] == 8 else { throw Inflater.Failure(problem: "unknown compression method") }
        let flags = bytes[start + 3]
        var position = start + 10
        if flags & 0x04 != 0 {
            guard position + 2 <= bytes.count else { throw Inflater.Failure(problem: "truncated gzip header") }
            position += 2 + (Int(bytes[position]) | Int(bytes[position + 1]) << 8)
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {
            // File name, then comment: zero-terminated.
            guard let end = bytes[min(position, bytes.count)...].firstIndex(of: 0) else {
                throw Inflater.Failure(problem: "truncated gzip header")
            }
            position = end + 1
        }
        if flags & 0x02 != 0 { position += 2 }
        guard position <= bytes.count else { throw Inflater.Failure(problem: "truncated gzip header") }
        return position
    }

    private static func littleEndian32(_ bytes: [UInt8], at position: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[position + $1]) << (8 * $1) }
    }
}

/// CRC-32 (IEEE 802.3, reflected), as gzip uses it.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }
}
