import Testing

@testable import CableMark

/// MarkupDecoder copies plain stretches at once; these tests hold it to what the text says, read
/// another way.
@Suite struct MarkupDecoderTests {
    private func decode(_ bytes: [UInt8], mode: MarkupDecoder.Mode) -> SourceText {
        var text = SourceText()
        MarkupDecoder.decode(bytes, from: 0, to: bytes.count, mode: mode, into: &text)
        return text
    }

    /// Text with no markup, reference, link or CR comes out as it went in, each byte mapped to
    /// its own offset, in either mode: random printable ASCII, spaces, tabs, line feeds and
    /// two-byte characters at every place.
    @Test func plainTextIsCopiedWithItsOffsets() {
        let pieces: [[UInt8]] = [Array("ab".utf8), [0x20], [0x20, 0x20], [0x09], [0x0A], Array("é".utf8), [0x7E], [0x0E], Array("1. (C)".utf8)]
        var generator = SeededGenerator(seed: 33)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(generator.next() % 40)).flatMap { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            for mode in [MarkupDecoder.Mode.html, .plainText] {
                let text = decode(bytes, mode: mode)
                #expect(text.bytes == bytes, "\(bytes)")
                #expect((0..<bytes.count).allSatisfy { text.offset(at: $0) == $0 }, "\(bytes)")
            }
        }
    }

    /// "[1](#)" before a paragraph number is the pilcrow only where its line holds nothing but
    /// spaces and tabs before it: after random stretches of text, spaces, tabs, line breaks
    /// (plain and as references) and tags, whatever the decoder copied at once.
    @Test func theBulletIsThePilcrowOnlyAtALinesStart() {
        let pieces = ["ab", " ", "  ", "\t", "\n", "&#x000A;", "<b>", "</b>", "é", "x y", "&amp;"]
        var generator = SeededGenerator(seed: 34)
        for _ in 0..<2_000 {
            let prefix = (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let before = String(decoding: decode(Array(prefix.utf8), mode: .plainText).bytes, as: UTF8.self)
            let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            let atLineStart = lastLine.allSatisfy { $0 == " " || $0 == "\t" }
            let decoded = String(decoding: decode(Array((prefix + "[1](#)2. (C) Text").utf8), mode: .plainText).bytes, as: UTF8.self)
            #expect(decoded.hasSuffix(atLineStart ? "¶2. (C) Text" : "12. (C) Text"), "\(prefix.debugDescription)")
        }
    }
}
