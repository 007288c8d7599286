/// Recognises a cable container by its content, never by its file name.
///
/// - `{` and a "body" key on the first line: a JSON record (mongoexport line).
/// - a first line naming cables.csv columns, or a number then a date as the first fields: a
///   cables.csv record.
/// - a `<pre>` block with the cable table (`<table class='cable'>`) or with "&#x000A;" line
///   breaks and no plain ones: a Cablegate page. A web extract's `<code><pre>` wrapper holds plain lines instead.
/// - text with at least two cable markers (routing lines, a classification line, an E.O. line,
///   TAGS, SUBJECT, a marked paragraph): a raw telegram when its first line is routing or a
///   distribution list and it has no web artifacts (tags, entities, markdown links,
///   "Cable dated:", "CABLE ENDS"); otherwise a web extract.
/// - anything else (empty, binary, text with no cable markers): nil.
public enum FormatDetector {
    public static func detect(_ bytes: [UInt8]) -> CableFormat? {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, ContainerBytes.isWhitespace(bytes[start]) { start += 1 }
        guard start < bytes.count, !looksBinary(bytes) else { return nil }
        let first = bytes[start]
        if first == UInt8(ascii: "{") {
            return isJSONRecord(bytes, from: start) ? .jsonRecord : nil
        }
        if first == ContainerBytes.quote || ContainerBytes.isDigit(first), isCSVRecord(bytes, from: start) {
            return .csvRecord
        }
        if isCablegatePage(bytes) { return .cablegateHTML }
        guard CableMarkers.count(in: bytes, from: start) >= 2 else { return nil }
        return startsWithHeader(bytes, at: start) && !hasWebArtifacts(bytes) ? .rawTelegram : .webExtract
    }

    /// A telegram's first line: routing ("VZCZC...", "R 251550Z AUG 09"), or the receiving
    /// station's distribution list ("ACTION INR-00", "INFO  LOG-00   AF-00").
    private static func startsWithHeader(_ bytes: [UInt8], at index: Int) -> Bool {
        CableMarkers.isRoutingLine(bytes, at: index) || ContainerBytes.matchesExactly(bytes, "ACTION ", at: index)
            || ContainerBytes.matchesExactly(bytes, "INFO ", at: index)
    }

    /// NUL bytes, or more than 5% of control bytes and invalid UTF-8 (a lone 0xB6 pilcrow aside)
    /// in the first 16 KiB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let limit = min(bytes.count, 16384)
        var suspicious = 0
        var index = 0
        // Blocks of printable ASCII and white space are passed in one test each; the bytes of a
        // block that holds anything else are looked at up to `walkedTo`.
        var walkedTo = 0
        while index < limit {
            // ASCII, the bulk of every cable, without bounds checks: eight bytes at a time when
            // none is a control byte other than white space (the exact marks are worked out only
            // for a word the cheap test finds a control byte in), the rest one by one.
            let asciiEnd = bytes.withUnsafeBufferPointer { buffer in
                var position = index
                while position < limit {
                    if position >= walkedTo, position + ByteSearch.block <= limit {
                        if isPlainText(buffer, from: position, to: position + ByteSearch.block) {
                            position += ByteSearch.block
                            continue
                        }
                        walkedTo = position + ByteSearch.block
                    }
                    if position + 8 <= limit {
                        let word = ByteWord.load(buffer, at: position)
                        if word & ByteWord.highBits == 0, !ByteWord.contains(0x7F, in: word),
                            !ByteWord.containsByte(below: 0x20, inASCII: word)
                                || ByteWord.marksBelow(0x20, inASCII: word) & ~ContainerBytes.whitespaceControlMarks(word) == 0
                        {
                            position += 8
                            continue
                        }
                    }
                    let byte = buffer[position]
                    guard byte < 0x80, byte != 0 else { break }
                    if (byte < 0x20 && !ContainerBytes.isWhitespace(byte)) || byte == 0x7F { suspicious += 1 }
                    position += 1
                }
                return position
            }
            index = asciiEnd
            guard index < limit else { break }
            let byte = bytes[index]
            if byte == 0 { return true }
            let length = UTF8Sequence.length(bytes, at: index, limit: limit)
            if length == 0 {
                if byte != 0xB6, index + 4 < limit { suspicious += 1 }
                index += 1
            } else {
                index += length
            }
        }
        return suspicious * 20 > limit
    }

    /// Whether every byte of `buffer[from..<to]` is printable ASCII (0x20 to 0x7E) or white space
    /// (`ContainerBytes.isWhitespace`), in one loop the compiler vectorises (selects, no branches).
    private static func isPlainText(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var other: UInt8 = 0
        for index in from..<to {
            let byte = buffer[index]
            let printable: UInt8 = byte &- 0x20 < 0x5F ? 1 : 0
            let blank: UInt8 = (byte == 0x09 ? 1 : 0) | (byte == 0x0A ? 1 : 0) | (byte == 0x0C ? 1 : 0) | (byte == 0x0D ? 1 : 0)
            other |= (printable | blank) ^ 1
        }
        return other == 0
    }

    private static func isJSONRecord(_ bytes: [UInt8], from start: Int) -> Bool {
        var end = ContainerBytes.endOfLine(bytes, from: start)
        while end > start, ContainerBytes.isWhitespace(bytes[end - 1]) { end -= 1 }
        return LenientJSONObject(bytes, from: start, to: end)?["body"] != nil
    }

    private static func isCSVRecord(_ bytes: [UInt8], from start: Int) -> Bool {
        var scanner = CSVRecordScanner(bytes: bytes, position: start, recordLimit: ContainerReaders.maximumCableBytes)
        guard let record = scanner.next(), record.fields.count >= 3 else { return false }
        if CSVRecordReader.Columns(names: record, in: bytes) != nil { return true }
        var id = SourceText()
        var date = SourceText()
        CSVRecordScanner.decode(record.fields[0], in: bytes, into: &id)
        CSVRecordScanner.decode(record.fields[1], in: bytes, into: &date)
        let isNumber = !id.bytes.isEmpty && id.bytes.allSatisfy(ContainerBytes.isDigit)
        return isNumber && ContainerDate.parse(date.bytes) != nil
    }

    /// A `<pre>` element, and either the cable table or a first `<pre>` whose line breaks are all
    /// character references (a web extract's `<pre>` holds plain lines).
    private static func isCablegatePage(_ bytes: [UInt8]) -> Bool {
        guard let pre = ContainerBytes.find("<pre", in: bytes, from: 0),
            let contentStart = MarkupDecoder.markupEnd(bytes, at: pre, end: bytes.count, mode: .html)
        else { return false }
        // "<table class='cable'" or with double quotes, found in one pass.
        var search = 0
        while let table = ContainerBytes.find("<table class=", in: bytes, from: search) {
            let quote = table + 13
            if ContainerBytes.matches(bytes, "'cable'", at: quote) || ContainerBytes.matches(bytes, "\"cable\"", at: quote) {
                return true
            }
            search = table + 1
        }
        let contentEnd = RawHTMLElement.contentEnd(in: bytes, from: contentStart, stops: ["/pre"])
        guard !bytes[contentStart..<contentEnd].contains(ContainerBytes.newline) else { return false }
        return ContainerBytes.find("&#x000a;", in: bytes, from: contentStart, to: contentEnd) != nil
            || ContainerBytes.find("&#xa;", in: bytes, from: contentStart, to: contentEnd) != nil
            || ContainerBytes.find("&#10;", in: bytes, from: contentStart, to: contentEnd) != nil
    }

    /// Markup a raw telegram never has: tags, entities, markdown links, a web page's date prefix
    /// or end line.
    private static func hasWebArtifacts(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if MarkupDecoder.markupEnd(bytes, at: index, end: bytes.count, mode: .plainText) != nil { return true }
            case UInt8(ascii: "&"):
                if HTMLEntities.reference(in: bytes, at: index, end: bytes.count) != nil { return true }
            case UInt8(ascii: "["):
                if MarkdownLink(bytes, at: index, end: bytes.count) != nil { return true }
            case UInt8(ascii: "C"):
                if ContainerBytes.matchesExactly(bytes, "Cable dated:", at: index)
                    || ContainerBytes.matchesExactly(bytes, "CABLE ENDS", at: index)
                {
                    return true
                }
            default:
                break
            }
        }
        return false
    }
}

/// Line starts that only a cable's text has.
enum CableMarkers {
    /// Distinct markers (routing, classification line, E.O. line, TAGS, SUBJECT, a paragraph with
    /// a portion mark) found at line starts, counting up to 2. Leading tags, "Cable dated:..." and
    /// a "¶" are looked past.
    static func count(in bytes: [UInt8], from start: Int) -> Int {
        var found = Set<Int>()
        var lineStart = start
        while lineStart < bytes.count, found.count < 2 {
            let lineEnd = ContainerBytes.endOfLine(bytes, from: lineStart)
            if let marker = marker(bytes, at: textStart(bytes, from: lineStart, to: lineEnd)) {
                found.insert(marker)
            }
            lineStart = lineEnd
        }
        return found.count
    }

    /// Where the line's own text starts, past spaces, tags and a web page's prefixes ("ID:247169",
    /// "Cable dated:2010-02-04T10:15:00", "¶").
    private static func textStart(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == ContainerBytes.space || byte == ContainerBytes.tab {
                index += 1
            } else if byte == UInt8(ascii: "<"),
                let next = MarkupDecoder.markupEnd(bytes, at: index, end: end, mode: .plainText)
            {
                index = next
            } else if ContainerBytes.matchesExactly(bytes, "Cable dated:", at: index, end: end) {
                index = ContainerDate.isoDateTimeEnd(bytes, from: index + 12)
            } else if ContainerBytes.matchesExactly(bytes, "ID:", at: index, end: end) {
                index += 3
                while index < end, ContainerBytes.isDigit(bytes[index]) { index += 1 }
            } else if ContainerBytes.matchesExactly(bytes, "¶", at: index, end: end) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// The first letters of each level word, so that a misspelled classification line
    /// ("UNCLASSIFEID", "C O N F I D E N T I L A") still counts.
    private static let classificationWords: [StaticString] = [
        "UNCLA", "CONFID", "C O N F I D", "SECR", "S E C R", "TOP SECR", "T O P S E C R", "LIMITED OFFICIAL USE",
    ]

    private static func marker(_ bytes: [UInt8], at index: Int) -> Int? {
        if isRoutingLine(bytes, at: index) { return 0 }
        if startsWithAny(bytes, classificationWords, at: index) { return 1 }
        if startsWithAny(bytes, ["E.O. 1", "EO 1", "E.O.1"], at: index) { return 2 }
        if startsWithAny(bytes, ["TAGS"], at: index) { return 3 }
        if startsWithAny(bytes, ["SUBJECT:", "SUBJ:"], at: index) { return 4 }
        return isMarkedParagraph(bytes, at: index) ? 5 : nil
    }

    private static func startsWithAny(_ bytes: [UInt8], _ words: [StaticString], at index: Int) -> Bool {
        words.contains { ContainerBytes.matchesExactly(bytes, $0, at: index) }
    }

    /// "VZCZC...", "ZNR UUUUU", "ZNY CCCCC", "PP RUEHWEB", "R 211220Z NOV 73": a line of the
    /// ACP-127 routing header.
    static func isRoutingLine(_ bytes: [UInt8], at index: Int) -> Bool {
        if startsWithAny(bytes, ["VZCZC", "ZNR ", "ZNY "], at: index) { return true }
        // Precedence letters, then a routing indicator ("RUEH...") or a date-time group.
        var position = index
        while position < bytes.count, position - index < 2, isPrecedence(bytes[position]) { position += 1 }
        guard position > index, position < bytes.count, bytes[position] == ContainerBytes.space else { return false }
        position += 1
        if startsWithAny(bytes, ["RU", "RH"], at: position) { return true }
        var digits = 0
        while position + digits < bytes.count, ContainerBytes.isDigit(bytes[position + digits]) { digits += 1 }
        return digits == 6 && position + 6 < bytes.count && bytes[position + 6] == UInt8(ascii: "Z")
    }

    private static func isPrecedence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "R") || byte == UInt8(ascii: "P") || byte == UInt8(ascii: "O") || byte == UInt8(ascii: "Z")
    }

    /// "1. (C) ...": a paragraph number and a portion mark.
    private static func isMarkedParagraph(_ bytes: [UInt8], at index: Int) -> Bool {
        var position = index
        while position < bytes.count, position - index < 3, ContainerBytes.isDigit(bytes[position]) { position += 1 }
        guard position > index, position + 3 < bytes.count, bytes[position] == UInt8(ascii: ".") else { return false }
        position += 1
        while position < bytes.count, bytes[position] == ContainerBytes.space { position += 1 }
        guard position + 2 < bytes.count, bytes[position] == UInt8(ascii: "(") else { return false }
        let mark = bytes[position + 1]
        return mark == UInt8(ascii: "U") || mark == UInt8(ascii: "C") || mark == UInt8(ascii: "S")
            || mark == UInt8(ascii: "L")
    }
}
