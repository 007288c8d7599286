/// Restores the line breaks of a JSON record's body, whose newlines were collapsed into spaces
/// when the record was made. Each break becomes one synthetic "\n" (mapped to the byte after it):
///
/// - a run of two or more spaces, where most breaks were ("006976  SIPDIS  E.O. 12958"), except
///   right after a paragraph number ("1.  (C)" keeps its spaces: the mark belongs to the number),
///   at a line's start or inside it ("End Summary. 3.  (C) In …");
/// - in the header (before the first numbered paragraph), a single space before a header field
///   or before the first marked paragraph ("DECL: 10/26/2004 TAGS: PREL" → "TAGS:" on a line of
///   its own; "(b), (d) 1. (S/NF)" → "1. (S/NF)" on its own), and "SUBJECT:" or "TAGS:" glued to
///   the end of the line before ("IZ IRSUBJECT: ...").
///
/// JSON escapes are undone as for any JSON string.
struct CollapsedBodyDecoder {
    private let bytes: [UInt8]
    private let end: Int
    /// What the current output line holds so far.
    private var line = LineState.empty
    private var inHeader = true

    private enum LineState {
        case empty
        /// Digits, perhaps after "¶".
        case digits
        /// "1.", "12.", "¶3.": a paragraph number and nothing else yet.
        case paragraphNumber
        case text
    }

    static func decode<Sink: DecodedTextSink>(_ string: Range<Int>, in bytes: [UInt8], into sink: inout Sink) {
        var decoder = CollapsedBodyDecoder(bytes: bytes, end: string.upperBound)
        decoder.run(from: string.lowerBound, into: &sink)
    }

    private init(bytes: [UInt8], end: Int) {
        self.bytes = bytes
        self.end = end
    }

    private mutating func run<Sink: DecodedTextSink>(from start: Int, into sink: inout Sink) {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == ContainerBytes.space {
                var runEnd = index
                while runEnd < end, bytes[runEnd] == ContainerBytes.space { runEnd += 1 }
                let isBreak =
                    runEnd - index >= 2
                    ? line != .paragraphNumber && !followsParagraphNumber(index)
                    : inHeader && (startsHeaderField(at: runEnd) || startsMarkedParagraph(at: runEnd))
                if isBreak {
                    breakLine(at: runEnd, into: &sink)
                } else {
                    for offset in index..<runEnd { sink.append(ContainerBytes.space, from: offset) }
                    if line != .paragraphNumber { line = line == .empty ? .empty : .text }
                }
                index = runEnd
                continue
            }
            // Past the header, within a line's text, a byte other than a space or an escape's
            // backslash is itself and leaves the line text: such a run is copied at once.
            if !inHeader, line == .text {
                let runEnd = plainRunEnd(from: index)
                if runEnd > index {
                    sink.appendCopied(bytes, index..<runEnd)
                    index = runEnd
                    continue
                }
            }
            if inHeader, line != .empty, gluedHeaderField(at: index) {
                breakLine(at: index, into: &sink)
            }
            let next = LenientJSONObject.decodeCharacter(bytes, at: index, end: end, into: &sink)
            advanceLine(over: index..<next)
            index = next
        }
    }

    /// The end of the run from `index` that holds no backslash, line feed or run of spaces: a
    /// lone space between words is itself there (no break past the header) and leaves the line
    /// text, so it is copied with them.
    private func plainRunEnd(from index: Int) -> Int {
        var position = index
        while position < end {
            let byte = bytes[position]
            if byte == ContainerBytes.backslash || byte == ContainerBytes.newline { break }
            if byte == ContainerBytes.space, position + 1 == end || bytes[position + 1] == ContainerBytes.space { break }
            position += 1
        }
        return position
    }

    private mutating func breakLine<Sink: DecodedTextSink>(at next: Int, into sink: inout Sink) {
        sink.appendSynthetic(ContainerBytes.newline, at: next)
        line = .empty
        if inHeader, startsParagraph(at: next) { inHeader = false }
    }

    private mutating func advanceLine(over range: Range<Int>) {
        let byte = bytes[range.lowerBound]
        if byte == ContainerBytes.backslash, range.count == 2, bytes[range.lowerBound + 1] == UInt8(ascii: "n") {
            line = .empty
            return
        }
        switch (line, byte) {
        case (.empty, 0xC2) where range.lowerBound + 1 < end && bytes[range.lowerBound + 1] == 0xB6:
            line = .empty  // "¶": the number follows
        case (.empty, 0xB6):
            line = .empty
        case (.empty, _) where ContainerBytes.isDigit(byte), (.digits, _) where ContainerBytes.isDigit(byte):
            line = .digits
        case (.digits, UInt8(ascii: ".")):
            line = .paragraphNumber
        default:
            line = .text
        }
    }

    private static let headerFields: [StaticString] = [
        "E.O. 1", "E.O.1", "EO 1", "TAGS:", "TAGS ", "SUBJECT:", "SUBJ:", "REF:", "REFS:", "CLASSIFIED BY:",
        "Classified By:", "Classified by:",
    ]

    private func startsHeaderField(at index: Int) -> Bool {
        Self.headerFields.contains { ContainerBytes.matchesExactly(bytes, $0, at: index, end: end) }
    }

    /// "SUBJECT:" or "TAGS:" right after a letter or digit: the break before it was lost with
    /// no space at all.
    private func gluedHeaderField(at index: Int) -> Bool {
        guard index > 0, ContainerBytes.isLetter(bytes[index - 1]) || ContainerBytes.isDigit(bytes[index - 1]) else {
            return false
        }
        return ContainerBytes.matchesExactly(bytes, "SUBJECT:", at: index, end: end)
            || ContainerBytes.matchesExactly(bytes, "TAGS:", at: index, end: end)
    }

    /// True when " 12." or "¶12." ends right before `index`, inside a line: a paragraph number
    /// whose line break was lost before it ("End Summary. 3.  (C) In …"), its mark still its own.
    private func followsParagraphNumber(_ index: Int) -> Bool {
        guard index >= 2, bytes[index - 1] == UInt8(ascii: ".") else { return false }
        var start = index - 1
        while start > 0, index - 1 - start < 3, ContainerBytes.isDigit(bytes[start - 1]) { start -= 1 }
        guard start < index - 1, start > 0, !ContainerBytes.isDigit(bytes[start - 1]) else { return false }
        return bytes[start - 1] == ContainerBytes.space || bytes[start - 1] == 0xB6
    }

    /// "1. ", "¶12.(": a numbered paragraph starts at `index`.
    private func startsParagraph(at index: Int) -> Bool {
        guard let after = paragraphNumberEnd(at: index), after < end else { return false }
        return bytes[after] == ContainerBytes.space || bytes[after] == UInt8(ascii: "(")
    }

    /// "1. (C)", "¶2.(S/NF)": a numbered paragraph with its portion mark starts at `index`.
    private func startsMarkedParagraph(at index: Int) -> Bool {
        guard var position = paragraphNumberEnd(at: index) else { return false }
        while position < end, bytes[position] == ContainerBytes.space { position += 1 }
        return position < end && bytes[position] == UInt8(ascii: "(")
    }

    /// Index after "12." (or "¶12.") at `index`, or nil.
    private func paragraphNumberEnd(at index: Int) -> Int? {
        var position = index
        if ContainerBytes.matchesExactly(bytes, "¶", at: position, end: end) { position += 2 }
        let digits = position
        while position < end, position - digits < 3, ContainerBytes.isDigit(bytes[position]) { position += 1 }
        guard position > digits, position < end, bytes[position] == UInt8(ascii: ".") else { return nil }
        return position + 1
    }
}
