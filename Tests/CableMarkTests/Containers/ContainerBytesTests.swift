import Testing

@testable import CableMark

/// The eight-byte scans of ContainerBytes against a plain byte-by-byte search, on random bytes
/// and windows: the bytes looked for stand at every place of a word, in runs and alone, next to
/// bytes one above and below them and to high bytes.
@Suite struct ContainerBytesTests {
    /// Random texts of `<`, `>`, `=`, newlines, letters and high bytes, with random windows.
    static func windows(_ body: (_ bytes: [UInt8], _ from: Int, _ to: Int) -> Void) {
        var generator = SeededGenerator(seed: 24)
        let alphabet: [UInt8] = [0x3C, 0x3B, 0x3D, 0x3E, 0x0A, 0x09, 0x0B, 0x61, 0x54, 0x80, 0xBC, 0xFF, 0x00]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 40)
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let from = Int(generator.next() % UInt64(count + 3)) - 1
            let to = Int(generator.next() % UInt64(count + 3)) - 1
            body(bytes, from, to)
        }
    }

    @Test func firstIndexFindsTheFirstOfEitherByte() {
        var failures = 0
        Self.windows { bytes, from, to in
            let range = max(from, 0)..<max(max(from, 0), min(to, bytes.count))
            for (byte, other) in [(UInt8(0x3C), UInt8?.none), (0x0A, 0x3E), (0x00, 0xFF)] {
                let expected = range.first { bytes[$0] == byte || bytes[$0] == (other ?? byte) }
                if ContainerBytes.firstIndex(of: byte, or: other, in: bytes, from: from, to: to) != expected { failures += 1 }
            }
        }
        #expect(failures == 0)
    }

    /// `find` against a plain search of every place, for words whose first and last bytes are
    /// letters of either case, marks, or the same byte.
    @Test func findFindsTheFirstPlaceOfTheWord() {
        let words: [StaticString] = ["<", "<a", "a=t", "<ta=", "t<", "aa>aa", "<a<a<a<a<a", "==", "t"]
        var failures = 0
        Self.windows { bytes, from, to in
            let limit = min(to, bytes.count)
            for word in words {
                let pattern = (0..<word.utf8CodeUnitCount).map { word.utf8Start[$0] }
                let expected = from < 0 || limit - pattern.count < from ? nil : (from...(limit - pattern.count)).first { index in
                    pattern.indices.allSatisfy { ContainerBytes.lowercased(bytes[index + $0]) == pattern[$0] }
                }
                if ContainerBytes.find(word, in: bytes, from: from, to: to) != expected { failures += 1 }
            }
        }
        #expect(failures == 0)
    }

    @Test func countCountsEveryByte() {
        var failures = 0
        Self.windows { bytes, from, to in
            let range = max(from, 0)..<max(max(from, 0), min(to, bytes.count))
            for byte in [UInt8(0x0A), 0x3C, 0x00] {
                if ContainerBytes.count(of: byte, in: bytes, from: from, to: to) != range.filter({ bytes[$0] == byte }).count {
                    failures += 1
                }
            }
        }
        #expect(failures == 0)
    }

    /// The word test agrees with `isWhitespace` on every control byte, at every place of a word.
    @Test func whitespaceControlMarksAgreeWithIsWhitespace() {
        var failures = 0
        for byte in UInt8(0)..<0x20 {
            for place in 0..<8 {
                let word = UInt64(byte) << (8 * UInt64(place)) | (0x4141_4141_4141_4141 & ~(0xFF << (8 * UInt64(place))))
                let marks = ContainerBytes.whitespaceControlMarks(UInt64(littleEndian: word))
                if marks != (ContainerBytes.isWhitespace(byte) ? 0x80 << (8 * UInt64(place)) : 0) { failures += 1 }
            }
        }
        #expect(failures == 0)
    }
}
