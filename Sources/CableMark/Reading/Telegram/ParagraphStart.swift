/// The start of a numbered paragraph: "1. (C) …", "¶2. (SBU) …", "- 13. (SBU) …", "15. …".
struct ParagraphStart {
    /// The paragraph number after seeing through pilcrows rendered as a leading "1".
    var number: Int
    /// Index of the first byte of the number (or of the pilcrow before it).
    var start: Int
    /// The number's digits as written (bounds, end exclusive).
    var digits: (start: Int, end: Int)
    /// The portion mark's text (inside the parentheses) and its bounds (parentheses included).
    var mark: (raw: String, start: Int, end: Int)?
    /// Index where the paragraph's text begins (after the mark, if any).
    var textStart: Int
    /// Where the lead-in stands when the mark follows one ("1. SUMMARY: (C) …") instead of the number.
    var leadIn: (start: Int, end: Int)?
    var markIsMisplaced: Bool { leadIn != nil }
    /// A second mark right after the first ("(U) (SBU)"), as written.
    var secondMark: (raw: String, start: Int, end: Int)?
}

extension TextBytes {
    /// Reads a paragraph start at the beginning of `line`. `expected` is the number the next
    /// paragraph should have; a number out of sequence is taken only with evidence (a portion
    /// mark, a pilcrow before a number past the expected one, or a gap of a few numbers right
    /// after the end of a sentence), so that lists and years at the start of wrapped lines stay
    /// inside their paragraph. `afterBoundary`: the text before ends a sentence, a dash rule, a
    /// redaction mask or a page break, or a blank line stands before (see `endsSentence`).
    func paragraphStart(_ line: TextLine, expected: Int, afterBoundary: Bool = true) -> ParagraphStart? {
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
        guard let digits = number(at: index, line.end, maxDigits: 3), digits.end < line.end,
            [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")")].contains(bytes[digits.end])
        else { return nil }
        let typedComma = bytes[digits.end] != UInt8(ascii: ".")
        let afterDot = digits.end + 1
        // "2.The …": a word glued to the number's full stop, taken only in sequence (decimals
        // such as "1.5" and "1.4(b)" have a digit there, abbreviations no number before).
        let glued = !typedComma && digits.value == expected && gluedWord(at: afterDot, line.end)
        guard afterDot >= line.end || Self.isSpace(bytes[afterDot]) || bytes[afterDot] == UInt8(ascii: "(") || glued
        else {
            return nil
        }
        var mark = portionMark(at: skipSpaces(afterDot, line.end), line.end)
        // "7, (U) See …", "1) (SBU) Minister …": a comma or parenthesis for the full stop, taken
        // only before a mark (a list's "1) " inside a paragraph has none), and a parenthesis only
        // in sequence (marked sub-items "1) (U)" under a lettered section are the scan's to see).
        if typedComma, mark.map({ PortionMark(raw: $0.raw).isValid }) != true { return nil }
        if bytes[digits.end] == UInt8(ascii: ")"), digits.value != expected { return nil }
        var leadIn: (start: Int, end: Int)?
        if mark == nil, let found = markAfterLeadIn(at: skipSpaces(afterDot, line.end), line.end) {
            mark = found
            leadIn = (skipSpaces(afterDot, line.end), found.start)
        }
        let written = digits.value
        let digitCount = digits.end - numberStart
        let number: Int
        if written == expected {
            number = written
        } else if !hasPilcrow, digitCount >= 2, bytes[numberStart] == UInt8(ascii: "1"),
            String(expected) == String(decoding: bytes[(numberStart + 1)..<digits.end], as: UTF8.self)
        {
            number = expected  // "15." after ¶4: the "1" is a pilcrow the conversion turned into a digit
        } else if written >= 1, mark != nil, written <= expected + 5 {
            number = written
        } else if hasPilcrow, written > expected, afterBoundary {
            // A pilcrow vouches for a gap, not for a step back: numbered items of a quoted text
            // inside a paragraph carry the site's pilcrow anchors too; nor for a date inside a
            // sentence ("December ¶17. The Dutch …").
            number = written
        } else if expected > 1, written > expected, written <= expected + Self.unmarkedGap, afterBoundary,
            startsSentence(at: skipSpaces(afterDot, line.end), line.end)
        {
            number = written  // a paragraph after a gap in the numbering, unmarked
        } else {
            return nil
        }
        let textStart = mark.map { skipSpaces($0.end, line.end) } ?? skipSpaces(afterDot, line.end)
        var paragraph = ParagraphStart(
            number: number, start: hasPilcrow ? start : numberStart, digits: (numberStart, digits.end), mark: mark,
            textStart: textStart, leadIn: leadIn)
        if let mark, let second = portionMark(at: skipSpaces(mark.end, line.end), line.end),
            PortionMark(raw: second.raw).isValid
        {
            // "(SBU) (SBU)" repeats the mark; only a different one conflicts.
            if second.raw.uppercased() != mark.raw.uppercased() { paragraph.secondMark = second }
            paragraph.textStart = skipSpaces(second.end, line.end)
        }
        return paragraph
    }

    /// An upper-case letter and another letter at `index`: a word, not an item letter ("3.A").
    private func gluedWord(at index: Int, _ end: Int) -> Bool {
        index + 1 < end && bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z")
            && Self.isLetter(bytes[index + 1])
    }

    /// An item of a document quoted inside a paragraph (`QuotedItem`) at the start of `line`,
    /// numbered exactly `number` as written and unmarked: a marked restart is a paragraph (a
    /// page printed twice, a second cable appended).
    func quotedItemStart(_ line: TextLine, number: Int) -> ParagraphStart? {
        guard let start = paragraphStart(line, expected: number), start.number == number, start.mark == nil,
            self.number(at: start.digits.start, line.end, maxDigits: 3)?.value == number
        else { return nil }
        return start
    }

    /// How many numbers an unmarked paragraph may skip after the one before and still start a
    /// paragraph of its own.
    static let unmarkedGap = 3

    /// A paragraph starting inside `line` after `from` (text whose line breaks were lost: "… end
    /// of 3.  4. (C) Text"), or nil. A number followed by a valid mark starts one after anything
    /// (after a boundary only when it steps back); an unmarked number only in sequence (or a
    /// small gap) after a boundary (`endsSentence`).
    func paragraphStartInside(_ line: TextLine, from: Int, expected: Int) -> ParagraphStart? {
        var index = from + 1
        while true {
            index = numberCandidate(from: index, line.end)
            guard index < line.end else { break }
            defer { index += 1 }
            let pilcrow = bytes[index] == 0xC2 && index + 1 < line.end && bytes[index + 1] == 0xB6
            guard Self.isDigit(bytes[index]) || pilcrow, Self.isSpace(bytes[index - 1]) else { continue }
            let before = lastNonSpace(before: index, from: from)
            guard index - before <= 3 else { continue }  // one or two spaces before the number
            let candidate = TextLine(start: index, end: line.end)
            let boundary = before < from || endsSentence(before: before + 1, from: from)
            guard let start = paragraphStart(candidate, expected: expected, afterBoundary: boundary) else { continue }
            let marked = start.mark.map { !start.markIsMisplaced && PortionMark(raw: $0.raw).isValid } ?? false
            // A marked number below the expected one after a sentence end: the cable numbered
            // paragraphs twice ("… 11. (C) Text. 10. (C) Text"), as its copies with line breaks show.
            if marked, start.number < expected, boundary { return start }
            guard start.number >= expected else { continue }
            if marked { return start }
            if boundary, start.mark == nil || start.markIsMisplaced,
                start.number <= expected + Self.unmarkedGap,
                startsSentence(at: start.mark.map { $0.start } ?? start.textStart, line.end)
            {
                return start
            }
        }
        return nil
    }

    /// The first index at or after `index` (before `end`) holding a digit or a pilcrow's first
    /// byte, where a number inside a line may start; `end` if none. Eight ASCII bytes without a
    /// digit are passed over at once.
    private func numberCandidate(from index: Int, _ end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var position = index
            while position < end {
                if position + 8 <= end {
                    let word = ByteWord.load(buffer, at: position)
                    if word & ByteWord.highBits == 0,
                        !ByteWord.containsByte(from: UInt8(ascii: "0"), through: UInt8(ascii: "9"), inASCII: word)
                    {
                        position += 8
                        continue
                    }
                }
                if Self.isDigit(buffer[position]) || buffer[position] == 0xC2 { return position }
                position += 1
            }
            return end
        }
    }

    /// Index of the last non-space byte before `index`, not before `from` (`from - 1` if none).
    private func lastNonSpace(before index: Int, from: Int) -> Int {
        var position = index - 1
        while position >= from, Self.isSpace(bytes[position]) { position -= 1 }
        return position
    }

    /// True when the text that ends at `end` (exclusive) closes a stretch a paragraph may follow:
    /// a sentence end (". ", "? ", ": ", a closing quote or parenthesis after one), a dash rule
    /// ("-----"), a redaction mask ("XXXXXXXXXXXX"), a page break's "002 OF 002", or a lone "-"
    /// after one of these (old cables typed "-" on an empty line; collapsed, "TEXT. - 2. …").
    func endsSentence(before end: Int, from: Int) -> Bool {
        guard end > from else { return true }
        let last = bytes[end - 1]
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"):
            return true
        case UInt8(ascii: "-") where end - 2 < from || Self.isSpace(bytes[end - 2]):
            let before = lastNonSpace(before: end - 1, from: from)
            return before < from || (bytes[before] != last && endsSentence(before: before + 1, from: from))
        case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "*"):
            return end - 2 >= from && bytes[end - 2] == last  // a rule, not a hyphen
        case UInt8(ascii: "X"):
            var run = end - 1
            while run > from, bytes[run - 1] == UInt8(ascii: "X") { run -= 1 }
            return end - run >= 4 && (run == from || !Self.isLetter(bytes[run - 1]))
        default:
            guard Self.isDigit(last) else { return false }
            var run = end - 1
            while run > from, Self.isDigit(bytes[run - 1]) { run -= 1 }
            return run - 3 >= from && matches("OF", at: run - 3, end) && Self.isSpace(bytes[run - 1])
        }
    }

    /// True when a sentence or a mark starts at `index`: an upper-case letter, a digit, a quote
    /// or an opening parenthesis (a paragraph's text, not the rest of a sentence).
    func startsSentence(at index: Int, _ end: Int) -> Bool {
        guard index < end else { return false }
        let byte = bytes[index]
        return (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || Self.isDigit(byte)
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte >= 0xC0
    }

    /// "SUMMARY: (C) According to …": a valid mark after a lead-in of a few upper-case words
    /// ending in ":" or ".", at `index` (the paragraph's text after its number).
    func markAfterLeadIn(at index: Int, _ end: Int) -> (raw: String, start: Int, end: Int)? {
        var position = index
        let limit = min(end, index + 40)
        while position < limit {
            let byte = bytes[position]
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
                guard position > index else { return nil }
                var next = position
                while next < end, bytes[next] == byte { next += 1 }
                // "KEY POINTS -- (S) …": a dash rule opens a bulleted item, whose mark it is.
                if byte == UInt8(ascii: "-"), next - position >= 2 { return nil }
                guard let mark = portionMark(at: skipSpaces(next, end), end), PortionMark(raw: mark.raw).isValid
                else { return nil }
                return mark
            }
            guard Self.isLetter(byte) || byte == 0x20 || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "/")
            else { return nil }
            position += 1
        }
        return nil
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
        if Self.namesEntireText(raw) { return nil }
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

    /// Whether `text` upper-cased holds "ENTIRE TEXT": compared byte by byte when it is ASCII (the
    /// usual mark), through Unicode upper-casing otherwise ("ı" upper-cases to "I").
    private static func namesEntireText(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool? in
            guard buffer.allSatisfy({ $0 < 0x80 }) else { return nil }
            let phrase: StaticString = "ENTIRE TEXT"
            let length = phrase.utf8CodeUnitCount
            guard buffer.count >= length else { return false }
            return (0...(buffer.count - length)).contains { start in
                (0..<length).allSatisfy { upper(buffer[start + $0]) == phrase.utf8Start[$0] }
            }
        }
        return ascii.flatMap { $0 } ?? text.uppercased().contains("ENTIRE TEXT")
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
