/// Reads a Cablegate page (a full page or the cable's fragment of it).
///
/// The structure is read as an HTMLOutline, as libxml2's HTML parser reads it (no tree): the
/// cable's table (Reference ID, Created or Date, Classification, Origin) and the `<pre>` blocks
/// after it (routing header, then body). The outline gives only line numbers, so each element's
/// raw bytes are located by line and decoded here with the offset map: newlines arrive as
/// "&#x000A;", paragraphs as "<a id='parN' ...>¶</a>N.", TAGS as links. The blocks are joined
/// with "\n".
///
/// The Classification cell's link text is the source's classification; its `title` attribute is
/// not: over the corpus the text agrees with the cable's own classification line and the title
/// is shifted (title "unclassified" on CONFIDENTIAL cables, "confidential" on SECRET ones).
enum CablegateHTMLReader {
    /// The elements the page is read from: the cable table's, and the `<pre>` blocks.
    static let outlinedElements = CableTable.elementNames.union(["pre"])

    static func read(_ bytes: [UInt8]) -> ContainerItem {
        let lineIndex = LineIndex(bytes: bytes)
        let whole = lineIndex.range(ofOffsets: 0, bytes.count)
        guard let outline = HTMLOutline(bytes, keeping: outlinedElements, text: CableTable.textElementNames) else {
            return .unreadable(recordNumber: nil, range: whole, reason: "not an HTML page libxml2 can read")
        }
        let table = CableTable(outline: outline)
        let blocks = preBlocks(bytes, outline: outline, after: table?.line ?? 0)
        guard !blocks.isEmpty else {
            return .unreadable(recordNumber: nil, range: whole, reason: "the page has no <pre> block with cable text")
        }
        var builder = CableTextBuilder(
            lineIndex: lineIndex, input: bytes,
            expectedLength: blocks.reduce(0) { $0 + $1.contentEnd - $1.contentStart })
        if let record = blocks.lazy.compactMap({ recordFields(bytes, $0) }).first {
            // The record holds the whole cable; a routing header <pre> beside it repeats a part.
            for (number, field) in record.enumerated() {
                if number > 0 { builder.appendSynthetic(ContainerBytes.newline, at: field.lowerBound) }
                decodeEscapedLines(bytes, field, into: &builder)
            }
        } else {
            for (number, block) in blocks.enumerated() {
                if number > 0 { builder.appendSynthetic(ContainerBytes.newline, at: block.contentStart) }
                MarkupDecoder.decode(bytes, from: block.contentStart, to: block.contentEnd, mode: .html, into: &builder)
            }
        }
        var (text, metadata) = builder.finish()
        if let table {
            let cells = table.fields(in: bytes, lineIndex: lineIndex)
            metadata.referenceID = cells.referenceID ?? metadata.referenceID
            metadata.classification = cells.classification ?? metadata.classification
            metadata.origin = cells.origin ?? metadata.origin
            if let date = cells.created { metadata.setDate(date) }
        }
        return .text(
            CableText(
                format: .cablegateHTML, text: text, metadata: metadata, lineIndex: lineIndex, startOffset: 0,
                endOffset: bytes.count))
    }

    /// Early-site pages hold the cable as one tab-separated record in a `<pre>`: date, id,
    /// origin, classification, references, header, body. Returns the header and body fields.
    static func recordFields(_ bytes: [UInt8], _ block: RawHTMLElement) -> [Range<Int>]? {
        let start = block.contentStart
        guard block.contentEnd - start > 20, bytes[start..<(start + 4)].allSatisfy(TextBytes.isDigit),
            bytes[start + 4] == UInt8(ascii: "-")
        else { return nil }
        var tabs: [Int] = []
        var index = start
        while index < block.contentEnd, tabs.count < 6 {
            if bytes[index] == 0x09 { tabs.append(index) }
            if bytes[index] == 0x0A, tabs.count < 5 { return nil }
            index += 1
        }
        guard tabs.count == 6 else { return nil }
        return [(tabs[4] + 1)..<tabs[5], (tabs[5] + 1)..<block.contentEnd]
    }

    /// Decodes a record field, whose lines end in a backslash before "&#x000A;": the backslashes
    /// are the export's escapes, not text.
    static func decodeEscapedLines(_ bytes: [UInt8], _ field: Range<Int>, into builder: inout CableTextBuilder) {
        let newline = Array("&#x000A;".utf8)
        var segmentStart = field.lowerBound
        for index in field where bytes[index] == UInt8(ascii: "\\") {
            let next = index + 1
            let escapesNewline = next == field.upperBound
                || (next + newline.count <= field.upperBound && bytes[next..<(next + newline.count)].elementsEqual(newline))
            guard escapesNewline else { continue }
            MarkupDecoder.decode(bytes, from: segmentStart, to: index, mode: .html, into: &builder)
            segmentStart = next
        }
        MarkupDecoder.decode(bytes, from: segmentStart, to: field.upperBound, mode: .html, into: &builder)
    }

    /// The page's `<pre>` elements that come after line `line`, as raw byte ranges of their content.
    static func preBlocks(_ bytes: [UInt8], outline: HTMLOutline, after line: Int) -> [RawHTMLElement] {
        let lines = outline.descendants(of: nil, named: "pre").map { outline.elements[$0].line }.filter { $0 >= line }
        return RawHTMLElement.locate(lines: lines, named: "pre", endingAt: ["/pre"], in: bytes)
    }
}
