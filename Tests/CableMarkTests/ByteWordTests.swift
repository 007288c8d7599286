import Testing

@testable import CableMark

/// The eight-byte tests find every byte they look for, wherever it stands and whatever stands
/// next to it: every pair of ASCII bytes at every pair of neighbouring offsets.
@Suite struct ByteWordTests {
    /// Every word of 'A's with an ASCII pair `first`, `second` at `offset`, `offset + 1`.
    static func words(_ body: (_ word: UInt64, _ bytes: [UInt8]) -> Void) {
        for offset in 0..<7 {
            for first in UInt8(0)..<0x80 {
                for second in UInt8(0)..<0x80 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "A"), count: 8)
                    bytes[offset] = first
                    bytes[offset + 1] = second
                    let word = bytes.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
                    body(word, bytes)
                }
            }
        }
    }

    @Test func findsADigitExactly() {
        var failures = 0
        Self.words { word, bytes in
            let expected = bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
            if ByteWord.containsByte(from: 0x30, through: 0x39, inASCII: word) != expected { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test func marksEveryMatchingByte() {
        var failures = 0
        Self.words { word, bytes in
            let marks = ByteWord.matching(0x20, in: UInt64(littleEndian: word))
            for (offset, byte) in bytes.enumerated() where byte == 0x20 {
                if marks & (0x80 << (8 * UInt64(offset))) == 0 { failures += 1 }
            }
            if (marks != 0) != bytes.contains(0x20) { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// Every pair of bytes at every pair of neighbouring offsets, among fillers that match, sit
    /// just above the byte counted, or set the high bit: a borrow or carry between bytes
    /// would miscount.
    @Test func marksAndCountsEveryMatchingByteExactly() {
        var failures = 0
        for counted in [UInt8(0x0A), 0x00, 0xFF] {
            for filler in [counted, counted &+ 1, 0x80] {
                for offset in 0..<7 {
                    for first in UInt8.min...UInt8.max {
                        for second in UInt8.min...UInt8.max {
                            var word: UInt64 = 0
                            var expected: UInt64 = 0
                            for place in 0..<8 {
                                let byte = place == offset ? first : place == offset + 1 ? second : filler
                                word |= UInt64(byte) << (8 * UInt64(place))
                                if byte == counted { expected |= 0x80 << (8 * UInt64(place)) }
                            }
                            if ByteWord.exactMatching(counted, in: word) != expected
                                || ByteWord.count(counted, in: word) != expected.nonzeroBitCount
                            {
                                failures += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(failures == 0)
    }

    @Test func marksExactlyTheBytesBelowALimit() {
        var failures = 0
        Self.words { word, bytes in
            for limit in [UInt8(0x01), 0x20, 0x41, 0x80] {
                var expected: UInt64 = 0
                for (place, byte) in bytes.enumerated() where byte < limit { expected |= 0x80 << (8 * UInt64(place)) }
                if ByteWord.marksBelow(limit, inASCII: UInt64(littleEndian: word)) != expected { failures += 1 }
            }
        }
        #expect(failures == 0)
    }
}
