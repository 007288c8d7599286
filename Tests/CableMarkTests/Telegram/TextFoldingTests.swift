import Testing

@testable import CableMark

/// Folding white space in a cable's text, eight bytes at a time where they fold to themselves,
/// gives what folding byte by byte gives: checked against a plain byte-by-byte fold over texts
/// that put spaces, double spaces, tabs, line breaks and non-ASCII bytes at every offset of a word.
@Suite struct TextFoldingTests {
    /// The bytes `TextBytes` folds: space, tab, CR and line feed (a no-break space is two
    /// spaces by the time the parser folds; a lone 0xA0 ends another character).
    static let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0D, 0x0A]

    /// Byte by byte: every run of white space one space, none at either end.
    static func referenceFold(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var pending = false
        for byte in bytes {
            if whiteSpace.contains(byte) {
                pending = !output.isEmpty
            } else {
                if pending { output.append(0x20) }
                pending = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Deterministic texts of 0 to 60 bytes drawn from pieces that exercise every case.
    static func texts() -> [[UInt8]] {
        let pieces: [[UInt8]] = [
            Array("CONFIDENTIAL".utf8), Array("A".utf8), Array("1.".utf8), [0x20], [0x20, 0x20], [0x09], [0x0D],
            [0x0A], [0xA0], Array("é".utf8), Array("(C)".utf8), [0x0C], [0x7F],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts: [[UInt8]] = []
        for _ in 0..<3000 {
            var text: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let target = Int(state >> 58)  // 0...63
            while text.count < target {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            texts.append(text)
        }
        return texts
    }

    @Test func foldingARangeMatchesTheByteByByteFold() {
        for text in Self.texts() {
            let bytes = TextBytes(bytes: text)
            for start in 0..<min(text.count, 9) {
                #expect(bytes.folded(start, text.count) == Self.referenceFold(Array(text[start...])), "\(text)")
            }
        }
    }

    @Test func foldingPiecesMatchesFoldingThemJoinedWithSpaces() {
        let texts = Self.texts()
        for (index, text) in texts.enumerated() {
            // Three pieces of the text, cut where the next text's length says.
            let cut = texts[(index + 1) % texts.count].count
            let first = min(cut, text.count)
            let second = min(first + cut / 2 + 1, text.count)
            let pieces = [
                TextLine(start: 0, end: first), TextLine(start: first, end: second),
                TextLine(start: second, end: text.count),
            ]
            var joined: [UInt8] = []
            for piece in pieces where !piece.isEmpty {
                if !joined.isEmpty { joined.append(0x20) }
                joined += text[piece.start..<piece.end]
            }
            #expect(TextBytes(bytes: text).folded(pieces) == Self.referenceFold(joined), "\(text)")
        }
    }
}
