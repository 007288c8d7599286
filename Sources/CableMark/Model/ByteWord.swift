/// Eight bytes of an input read as one word, so that scans over the ASCII bulk of a cable test
/// eight bytes at a time (the reader's passes over every byte of a file use them).
enum ByteWord {
    /// The high bit of every byte: a word `& highBits == 0` is eight ASCII bytes.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `offset` (the caller has checked that there are eight).
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether one of the bytes of `word` is `byte`.
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        matching(byte, in: word) != 0
    }

    /// The high bit of every byte of `word` that is `byte`; a byte above a match may be marked
    /// too (the borrow of the subtraction), never one that is missed.
    static func matching(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let spread = word ^ (UInt64(byte) &* ones)
        return (spread &- ones) & ~spread & highBits
    }

    /// The high bit of every byte of `word` that is `byte`, and of no other: per byte, adding
    /// 0x7F to its low seven bits sets its high bit unless they are all zero, and never carries
    /// into the next byte.
    static func exactMatching(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let spread = word ^ (UInt64(byte) &* ones)
        let lowBits = ~highBits
        let nonzero = ((spread & lowBits) &+ lowBits) | spread
        return ~nonzero & highBits
    }

    /// How many bytes of `word` are `byte`.
    static func count(_ byte: UInt8, in word: UInt64) -> Int {
        exactMatching(byte, in: word).nonzeroBitCount
    }

    /// Whether one of the bytes of an ASCII `word` lies in `low...high` (1 <= low <= high <= 0x7F):
    /// per byte, `0x80 + high - b` keeps its high bit when b <= high, `b + 0x80 - low` gains it
    /// when b >= low, and neither carries into the next byte.
    static func containsByte(from low: UInt8, through high: UInt8, inASCII word: UInt64) -> Bool {
        let notAbove = (UInt64(0x80 + high) &* ones) &- word
        let notBelow = word &+ UInt64(0x80 - low) &* ones
        return notAbove & notBelow & highBits != 0
    }

    /// The high bit of every byte of an ASCII `word` that is below `limit` (at most 0x80), and of
    /// no other: with every high bit set first, no byte's subtraction borrows from the next.
    static func marksBelow(_ limit: UInt8, inASCII word: UInt64) -> UInt64 {
        ~((word | highBits) &- UInt64(limit) &* ones) & highBits
    }

    /// Whether one of the bytes of an ASCII `word` (no high bit set) is below `limit` (at most 0x80).
    static func containsByte(below limit: UInt8, inASCII word: UInt64) -> Bool {
        (word &- UInt64(limit) &* ones) & ~word & highBits != 0
    }
}
