/// Reads a Cablegate page (a full page or the cable's fragment of it).
///
/// libxml2's HTML parser finds the structure: the cable's table (Reference ID, Created or Date,
/// Classification, Origin) and the `<pre>` blocks after it (routing header, then body). libxml2
/// gives only line numbers, so each element's raw bytes are located by line and decoded here with
/// the offset map: newlines arrive as "&#x000A;", paragraphs as "<a id='parN' ...>¶</a>N.", TAGS as
/// links. The blocks are joined with "\n".
///
/// The Classification cell's link text is the source's classification; its `title` attribute is
/// not: over the corpus the text agrees with the cable's own classification line and the title
/// is shifted (title "unclassified" on CONFIDENTIAL cables, "confidential" on SECRET ones).
enum CablegateHTMLReader {
    static func read(_ bytes: [UInt8]) -> ContainerItem {
        let lineIndex = LineIndex(bytes: bytes)
        let whole = lineIndex.range(ofOffsets: 0, bytes.count)
        guard let document = XMLDocument.parseHTML(bytes), let root = document.root else {
            return .unreadable(recordNumber: nil, range: whole, reason: "not an HTML page libxml2 can read")
        }
        let table = CableTable(root: root)
        let blocks = preBlocks(bytes, root: root, after: table?.line ?? 0)
        guard !blocks.isEmpty else {
            return .unreadable(recordNumber: nil, range: whole, reason: "the page has no <pre> block with cable text")
        }
        var builder = CableTextBuilder(lineIndex: lineIndex, input: bytes)
        for (number, block) in blocks.enumerated() {
            if number > 0 { builder.appendSynthetic(ContainerBytes.newline, at: block.contentStart) }
            MarkupDecoder.decode(bytes, from: block.contentStart, to: block.contentEnd, mode: .html, into: &builder)
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

    /// The page's `<pre>` elements that come after line `line`, as raw byte ranges of their content.
    static func preBlocks(_ bytes: [UInt8], root: XMLNode, after line: Int) -> [RawHTMLElement] {
        let nodes = root.descendants(named: "pre").filter { $0.line >= line }
        return RawHTMLElement.locate(nodes, named: "pre", endingAt: ["/pre"], in: bytes)
    }
}
