/// The start of a numbered paragraph: "1. (C) …", "¶2. (SBU) …", "- 13. (SBU) …", "15. …".
struct ParagraphStart {
    /// The paragraph number after seeing through pilcrows rendered as a leading "1".
    var number: Int
    /// Index of the first byte of the number (or of the pilcrow before it).
    var start: Int
    /// The portion mark's text (inside the parentheses) and its bounds (parentheses included).
    var mark: (raw: String, start: Int, end: Int)?
    /// Index where the paragraph's text begins (after the mark, if any).
    var textStart: Int
}

extension TextBytes {
    /// Reads a paragraph start on `line`. `expected` is the number the next paragraph should have;
    /// a number out of sequence is taken only with evidence (a portion mark, or a pilcrow before
    /// a number past the expected one), so that lists and years at the start of wrapped lines
    /// stay inside their paragraph.
    func paragraphStart(_ line: TextLine, expected: Int) -> ParagraphStart? {
        var index = skipSpaces(line.start, line.end)
        let start = index
        var hasPilcrow = false
        if index + 1 < line.end, bytes[index] == UInt8(ascii: "-"), Self.isSpace(bytes[index + 1]) {
            index = skipSpaces(index + 1, line.end)  // a list bullet before the number
        }
        if index + 1 < line.end, bytes[index] == 0xC2, bytes[index + 1] == 0xB6 {
            hasPilcrow = true
            index = skipSpaces(index + 2, line.end)
        }
        let numberStart = index
        guard let digits = number(at: index, line.end, maxDigits: 3),
            digits.end < line.end, bytes[digits.end] == UInt8(ascii: ".")
        else { return nil }
        let afterDot = digits.end + 1
        guard afterDot >= line.end || Self.isSpace(bytes[afterDot]) || bytes[afterDot] == UInt8(ascii: "(") else {
            return nil
        }
        let mark = portionMark(at: skipSpaces(afterDot, line.end), line.end)
        let written = digits.value
        let digitCount = digits.end - numberStart
        let number: Int
        if written == expected {
            number = written
        } else if !hasPilcrow, digitCount >= 2, bytes[numberStart] == UInt8(ascii: "1"),
            String(expected) == String(decoding: bytes[(numberStart + 1)..<digits.end], as: UTF8.self)
        {
            number = expected  // "15." after ¶4: the "1" is a pilcrow the conversion turned into a digit
        } else if written >= 1, (hasPilcrow && written > expected) || (mark != nil && written <= expected + 5) {
            // A pilcrow vouches for a gap, not for a step back: numbered items of a quoted text
            // inside a paragraph carry the site's pilcrow anchors too.
            number = written
        } else {
            return nil
        }
        let textStart = mark.map { skipSpaces($0.end, line.end) } ?? skipSpaces(afterDot, line.end)
        return ParagraphStart(number: number, start: hasPilcrow ? start : numberStart, mark: mark, textStart: textStart)
    }

    /// A portion mark at `index`: "(C)", "(S//NF)", "(SBU-N)", "(C//REL TO USA, GBR)". A
    /// parenthesis that holds ordinary words ("(Refs)", "(note: …)") is not a mark.
    func portionMark(at index: Int, _ end: Int) -> (raw: String, start: Int, end: Int)? {
        guard index < end, bytes[index] == UInt8(ascii: "(") else { return nil }
        var close = index + 1
        while close < end, close - index <= 45, bytes[close] != UInt8(ascii: ")") { close += 1 }
        guard close < end, bytes[close] == UInt8(ascii: ")"), close > index + 1 else { return nil }
        let raw = folded(index + 1, close)
        // "(CONFIDENTIAL - ENTIRE TEXT)" marks the whole cable, not this paragraph.
        if raw.uppercased().contains("ENTIRE TEXT") { return nil }
        if PortionMark(raw: raw).isValid {
            return (raw, index, close + 1)
        }
        // Upper-case tokens only, short: a mark, if an unknown one ("(CONF)", "(FOUO)").
        let looksLikeMark = raw.utf8.count <= 30 && raw.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",")
        }
        return looksLikeMark ? (raw, index, close + 1) : nil
    }

    /// "CONFIDENTIAL - ENTIRE TEXT." at the start of a paragraph's text: the level it names.
    func entireTextLevel(at index: Int, _ end: Int) -> ClassificationLevel? {
        let window = min(end, index + 60)
        guard let phrase = (index..<window).first(where: { matches("ENTIRE TEXT", at: $0, end) }) else { return nil }
        let words = lettersOnly(index, phrase)
        for level in ClassificationLevel.allCases.reversed() where words.hasPrefix(level.name.replacing(" ", with: "")) {
            return level
        }
        if words.hasPrefix("LIMITEDOFFICIALUSE") || words.hasPrefix("UNCLAS") { return .unclassified }
        switch words.first {
        case "C": return .confidential
        case "S": return .secret
        case "U": return .unclassified
        default: return nil
        }
    }

    /// Lines that page breaks insert: "PAGE 02 VATICA 02351 141341Z", "MOSCOW 00009533 002 OF 005".
    func isPageMarker(_ line: TextLine) -> Bool {
        let start = skipSpaces(line.start, line.end)
        if matchesWord("PAGE", at: start, line.end),
            let page = number(at: skipSpaces(start + 4, line.end), line.end), page.end > start + 5
        {
            return true
        }
        // "<ORIGIN> <serial> <nnn> OF <nnn>": ends with "OF" and digits, and has a long serial.
        var position = line.end
        while position > start, Self.isDigit(bytes[position - 1]) { position -= 1 }
        guard position < line.end, position - 3 >= start, matches("OF", at: position - 3, line.end),
            bytes[position - 1] == 0x20
        else { return false }
        var digitRun = 0
        var longest = 0
        for index in start..<(position - 3) {
            digitRun = Self.isDigit(bytes[index]) ? digitRun + 1 : 0
            longest = max(longest, digitRun)
        }
        return longest >= 5
    }
}
