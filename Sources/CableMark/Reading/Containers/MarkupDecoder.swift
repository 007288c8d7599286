/// Turns a stretch of input bytes that may carry markup into cable text, every byte mapped to the
/// input offset it came from: tags dropped (their text kept), character references decoded, CRLF
/// and lone CR made LF, a lone 0xB6 byte (a pilcrow in Latin-1) made "¶".
///
/// In `.plainText` mode (raw telegrams, web extracts) only tags of HTML's own vocabulary count as
/// markup, so that a "<" in a telegram survives, and markdown links are undone: "[PREL](#)" is
/// "PREL", and "[1](#)" right before a paragraph number at a line start is the pilcrow ("¶2.").
/// In `.html` mode (a Cablegate page's `<pre>` block or table cell) every tag is markup, as for
/// libxml2's HTML parser.
enum MarkupDecoder {
    enum Mode {
        case html
        case plainText
    }

    static func decode<Sink: DecodedTextSink>(
        _ bytes: [UInt8], from start: Int, to end: Int, mode: Mode, into sink: inout Sink
    ) {
        bytes.withUnsafeBufferPointer { buffer in
            decode(bytes, buffer, from: start, to: end, mode: mode, into: &sink)
        }
    }

    private static func decode<Sink: DecodedTextSink>(
        _ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, mode: Mode,
        into sink: inout Sink
    ) {
        var index = start
        // Whether the current output line has anything but spaces yet ("[1](#)" rule).
        var lineHasText = false
        // Where markup, a reference, a link or a line feed may start.
        var stops = ByteSearch.Nearest(
            UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "["), ContainerBytes.newline, in: buffer, before: end)
        // The end of the last stretch the summary turned down: its bytes are read one by one, and
        // summed up only once (a line of lone CRs or Latin-1 bytes would be summed up again at
        // each of them).
        var walkedTo = start
        while index < end {
            // Up to the next stop, bytes that are all ASCII from 0x0E up (no CR, no tab) are the
            // run `plainRunEnd` would find, checked in one vectorised summary; they give the
            // line text unless all are spaces.
            if index >= walkedTo {
                let stop = stops.first(from: index)
                let summary = ByteSearch.summary(of: buffer, from: index, to: stop)
                if stop > index, summary.lowest >= 0x0E, summary.union < 0x80 {
                    sink.appendCopied(bytes, index..<stop)
                    lineHasText = lineHasText || summary.union != ContainerBytes.space
                    index = stop
                    continue
                }
                walkedTo = stop
            }
            let runEnd = plainRunEnd(bytes, from: index, to: end, lineHasText: &lineHasText)
            if runEnd > index {
                sink.appendCopied(bytes, index..<runEnd)
                index = runEnd
                continue
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                if let next = markupEnd(bytes, at: index, end: end, mode: mode) {
                    index = next
                    continue
                }
            case UInt8(ascii: "&"):
                switch HTMLEntities.reference(in: bytes, at: index, end: end) {
                case .character(let scalar, let length):
                    sink.appendScalar(scalar, from: index)
                    lineHasText = scalar != "\n" && (lineHasText || scalar != " ")
                    index += length
                    continue
                case .invalid(let length) where mode == .html:
                    // libxml2 drops a reference to no character; plain text keeps it as written.
                    index += length
                    continue
                case .invalid, nil:
                    break
                }
            case UInt8(ascii: "["):
                if mode == .plainText, let link = MarkdownLink(bytes, at: index, end: end) {
                    if link.isPilcrow(in: bytes, end: end), !lineHasText {
                        sink.appendScalar("¶", from: index)
                    } else {
                        link.appendText(from: bytes, into: &sink)
                    }
                    lineHasText = lineHasText || link.textStart < link.textEnd
                    index = link.end
                    continue
                }
            case ContainerBytes.carriageReturn:
                if index + 1 < end, bytes[index + 1] == ContainerBytes.newline {
                    index += 1
                    continue
                }
                // A lone CR is a line end too.
                sink.append(ContainerBytes.newline, from: index)
                lineHasText = false
                index += 1
                continue
            case 0x80...0xFF:
                let length = UTF8Sequence.length(bytes, at: index, limit: end)
                if length == 0, byte == 0xB6 {
                    sink.appendScalar("¶", from: index)
                    lineHasText = true
                    index += 1
                    continue
                }
                for offset in 0..<max(length, 1) {
                    sink.append(bytes[index + offset], from: index + offset)
                }
                lineHasText = true
                index += max(length, 1)
                continue
            default:
                break
            }
            sink.append(byte, from: index)
            if byte == ContainerBytes.newline {
                lineHasText = false
            } else if byte != ContainerBytes.space, byte != ContainerBytes.tab {
                lineHasText = true
            }
            index += 1
        }
    }

    /// End of the bytes from `start` that are text as they stand (no markup, reference, link,
    /// line break or byte that is not well-formed UTF-8 can start among them), the bulk of a
    /// cable; `lineHasText` is set when one of them is neither a space nor a tab.
    private static func plainRunEnd(_ bytes: [UInt8], from start: Int, to end: Int, lineHasText: inout Bool) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            var hasText = false
            // Once the line has text, eight ASCII bytes none of which can start anything are
            // stepped over at once; the eight of a word that holds one (or a control byte, a tab
            // too) are looked at one by one, up to `bytewiseEnd`.
            var bytewiseEnd = start
            while index < end {
                if index >= bytewiseEnd, hasText || lineHasText, index + 8 <= end {
                    let word = ByteWord.load(buffer, at: index)
                    if word & ByteWord.highBits == 0, !ByteWord.containsByte(below: 0x0E, inASCII: word),
                        !ByteWord.contains(UInt8(ascii: "<"), in: word), !ByteWord.contains(UInt8(ascii: "&"), in: word),
                        !ByteWord.contains(UInt8(ascii: "["), in: word)
                    {
                        index += 8
                        continue
                    }
                    bytewiseEnd = index + 8
                }
                let byte = buffer[index]
                if byte >= 0x80 {
                    let length = UTF8Sequence.length(bytes, at: index, limit: end)
                    guard length > 0 else { break }
                    hasText = true
                    index += length
                    continue
                }
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "["), ContainerBytes.carriageReturn,
                    ContainerBytes.newline:
                    lineHasText = lineHasText || hasText
                    return index
                case ContainerBytes.space, ContainerBytes.tab:
                    break
                default:
                    hasText = true
                }
                index += 1
            }
            lineHasText = lineHasText || hasText
            return index
        }
    }

    /// Index just past the tag, comment or declaration at `index`, or nil when the "<" is text.
    static func markupEnd(_ bytes: [UInt8], at index: Int, end: Int, mode: Mode) -> Int? {
        guard index + 1 < end else { return nil }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "!") {
            if ContainerBytes.matchesExactly(bytes, "<!--", at: index, end: end) {
                guard let close = ContainerBytes.find("-->", in: bytes, from: index + 4, to: end) else {
                    return nil
                }
                return close + 3
            }
            return mode == .html ? closingBracket(bytes, from: index + 2, end: end, limit: nil) : nil
        }
        if next == UInt8(ascii: "?") {
            return mode == .html ? closingBracket(bytes, from: index + 2, end: end, limit: nil) : nil
        }
        let nameStart = next == UInt8(ascii: "/") ? index + 2 : index + 1
        guard nameStart < end, ContainerBytes.isLetter(bytes[nameStart]) else { return nil }
        var nameEnd = nameStart
        while nameEnd < end, ContainerBytes.isLetter(bytes[nameEnd]) || ContainerBytes.isDigit(bytes[nameEnd]) {
            nameEnd += 1
        }
        switch mode {
        case .html:
            return closingBracket(bytes, from: nameEnd, end: end, limit: nil)
        case .plainText:
            guard nameEnd - nameStart <= 10, knownTags.contains(lowercasedName(bytes[nameStart..<nameEnd])) else {
                return nil
            }
            // The name must end the tag or be followed by attributes.
            guard nameEnd < end, bytes[nameEnd] == UInt8(ascii: ">") || bytes[nameEnd] == UInt8(ascii: "/")
                || ContainerBytes.isWhitespace(bytes[nameEnd])
            else { return nil }
            return closingBracket(bytes, from: nameEnd, end: end, limit: 2000)
        }
    }

    /// Index past the ">" that closes a tag whose attributes start at `index`; quoted attribute
    /// values may hold ">".
    private static func closingBracket(_ bytes: [UInt8], from index: Int, end: Int, limit: Int?) -> Int? {
        let stop = limit.map { min(end, index + $0) } ?? end
        var position = index
        var quote: UInt8? = nil
        while position < stop {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: ">") {
                return position + 1
            } else if byte == UInt8(ascii: "'") || byte == ContainerBytes.quote {
                quote = byte
            }
            position += 1
        }
        return nil
    }

    private static func lowercasedName(_ name: ArraySlice<UInt8>) -> String {
        String(decoding: name.map(ContainerBytes.lowercased), as: UTF8.self)
    }

    /// Tags a web page wraps cable text in; anything else in "<...>" is left as text.
    private static let knownTags: Set<String> = [
        "a", "abbr", "b", "big", "blockquote", "body", "br", "center", "code", "div", "em", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "img", "li", "ol", "p", "pre",
        "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "tt",
        "u", "ul",
    ]
}
