/// Reads a telegram kept as text: a raw telegram (a PDF conversion with CRLF and 0xB6 pilcrows) or
/// a web extract (`<code><pre>` wrappers, tag and markdown links, entities, Scoop's page lines).
///
/// The text is the whole file seen through `MarkupDecoder` (plain-text mode) and
/// `CableTextBuilder`; leading page lines and a header printed twice are left for the telegram
/// parser.
enum PlainTelegramReader {
    static func read(_ bytes: [UInt8], format: CableFormat) -> ContainerItem {
        let lineIndex = LineIndex(bytes: bytes)
        var builder = CableTextBuilder(lineIndex: lineIndex, input: bytes, expectedLength: bytes.count)
        var start = 0
        // A UTF-8 byte order mark is not text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        MarkupDecoder.decode(bytes, from: start, to: bytes.count, mode: .plainText, into: &builder)
        let (text, metadata) = builder.finish()
        return .text(
            CableText(
                format: format, text: text, metadata: metadata, lineIndex: lineIndex, startOffset: 0,
                endOffset: bytes.count))
    }
}
