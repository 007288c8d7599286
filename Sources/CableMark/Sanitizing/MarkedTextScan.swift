/// A second reading of a cable's input bytes that shares nothing with the telegram parser: it
/// finds every portion mark and every paragraph number wherever they stand on a line, and
/// collects the words after each one that the public version may not carry — after a mark above
/// the release level, or after an unmarked number when unmarked paragraphs are withheld — up to
/// the next mark or number. A public version holding eight consecutive such words has released
/// withheld text, whatever the parser saw.
///
/// It reads the container's own encoding as it stands: HTML tags and entities, JSON and CSV
/// escapes only separate words, as white space and punctuation do.
struct MarkedTextScan {
    /// Whether a portion of this sensitivity may be released.
    let releases: (Sensitivity) -> Bool
    /// Whether an unmarked paragraph is withheld.
    let withholdsUnmarked: Bool

    /// Labels of the header fields that follow the subject.
    static let headerLabels = ["REF:", "REFS:", "REF ", "TAGS:", "E.O.", "Classified By", "Classified by", "CLASSIFIED BY"]
        .map { Array($0.utf8) }
    /// Whether a byte starts one of `headerLabels`, by byte value.
    private static let labelInitials: [Bool] = (0..<256).map { byte in headerLabels.contains { $0.first == UInt8(byte) } }

    /// Numbers an unmarked paragraph may skip and still count as one.
    static let numberingGap = 3

    /// The eight-word runs of withheld words in `input` (a cable's bytes in its container).
    func withheldRuns(in input: ArraySlice<UInt8>) -> ShingleSet {
        var runs = ShingleSet()
        runs.insertRuns(contentsOf: Self.plainText(input).withUnsafeBufferPointer(withheldWords))
        return runs
    }

    /// The plain text the scan reads, without bounds checks: every index it reads is checked
    /// against `endIndex` (or `startIndex`) first.
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The words (`ShingleSet.wordHashes`) of each withheld stretch of `bytes` (plain text).
    private func withheldWords(in bytes: Bytes) -> [[UInt64]] {
        var withheldWords: [[UInt64]] = []
        var withholding = false
        // Where the stretch being read began: while withholding, its words are
        // bytes[segmentStart..<index] (a mark or a number ends one stretch and starts the next).
        var segmentStart = bytes.startIndex
        var expected = 1
        var seenNumber = false
        var index = bytes.startIndex
        var boundary = true  // at a line start or after a sentence end
        let labels = Self.headerLabels
        let labelInitials = Self.labelInitials
        let stretchEnds = Self.mayEndStretch
        let inert = Self.inertWhileInside

        func flush() {
            // Only the words of a withheld stretch are kept: a released one is never searched for.
            if withholding, segmentStart < index {
                withheldWords.append(ShingleSet.wordHashes(Bytes(rebasing: bytes[segmentStart..<index])))
            }
        }

        while index < bytes.endIndex {
            if !boundary {
                while index < bytes.endIndex, inert[Int(bytes[index])] { index += 1 }
                guard index < bytes.endIndex else { break }
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "("), let mark = mark(in: bytes, at: index) {
                flush()
                withholding = !releases(mark.sensitivity)
                index = mark.end
                segmentStart = index
                boundary = false
                continue
            }
            if boundary, labelInitials[Int(byte)],
                labels.contains(where: { bytes[index...].starts(with: $0) })
            {
                flush()  // a header field is a portion of its own: the subject's mark ends here
                withholding = false
            }
            if Self.isDigit(byte), index == bytes.startIndex || !Self.isWordByte(bytes[index - 1]),
                let number = paragraphNumber(in: bytes, at: index, boundary: boundary)
            {
                let inSequence =
                    !seenNumber || (number.value >= expected && number.value <= expected + Self.numberingGap)
                if inSequence {
                    flush()
                    seenNumber = true
                    expected = number.value + 1
                    // A mark after the number decides; an unmarked paragraph is the cable's.
                    withholding = withholdsUnmarked
                    index = number.end
                    segmentStart = index
                    boundary = false
                    continue
                }
            }
            if byte == 0x0A {
                boundary = true
            } else if !Self.isSpace(bytes, at: index) {
                boundary = stretchEnds[Int(byte)] && Self.endsStretch(bytes, at: index)
            }
            index += 1
        }
        flush()
        return withheldWords
    }

    /// Whether a byte may close a stretch (`endsStretch`), by byte value: most bytes, letters
    /// above all, cannot.
    private static let mayEndStretch: [Bool] = (0..<256).map { byte in
        Array(".?!:;\"')-=_*X0123456789".utf8).contains(UInt8(byte))
    }

    /// Whether a byte, away from a boundary, leaves the scan as it is, by byte value: it starts
    /// no mark or number, and neither is nor may be the end of a stretch (a space changes
    /// nothing; any other such byte keeps the scan away from a boundary). The scan steps over a
    /// run of them at once: most of a text's bytes.
    private static let inertWhileInside: [Bool] = (0..<256).map { byte in
        byte != 0x0A && byte != Int(UInt8(ascii: "(")) && !isDigit(UInt8(byte)) && !mayEndStretch[byte]
    }

    /// "(C)", "(S//NF)", "(SBU)" at `index`: upper-case, naming a sensitivity, and not a
    /// reason's letter ("1.4 (C)", "(B), (C) AND (D)") or a list's.
    private func mark(in bytes: Bytes, at index: Int) -> (sensitivity: Sensitivity, end: Int)? {
        var close = index + 1
        while close < bytes.endIndex, close - index <= 40, bytes[close] != UInt8(ascii: ")") {
            let byte = bytes[close]
            let allowed =
                (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",")
            guard allowed else { return nil }
            close += 1
        }
        guard close < bytes.endIndex, close > index + 1 else { return nil }
        var before = index - 1
        while before >= bytes.startIndex, Self.isSpace(bytes, at: before) { before -= 1 }
        if before >= bytes.startIndex {
            let previous = bytes[before]
            let afterNumber = previous == UInt8(ascii: ")") && before > bytes.startIndex && Self.isDigit(bytes[before - 1])
            if Self.isDigit(previous) || previous == UInt8(ascii: ",") || (previous == UInt8(ascii: ")") && !afterNumber) {
                return nil
            }
        }
        let raw = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
        // "(A) BRASILIA 685 (B) … (C) 03 BRASILIA 254": a list's letter, after the one before it.
        if raw.utf8.count == 1, let letter = raw.utf8.first, letter > UInt8(ascii: "A"),
            Self.contains([UInt8(ascii: "("), letter - 1, UInt8(ascii: ")")], in: bytes[max(bytes.startIndex, index - 160)..<index])
        {
            return nil
        }
        let portion = PortionMark(raw: raw)
        guard portion.isValid, let sensitivity = portion.sensitivity else { return nil }
        return (sensitivity, close + 1)
    }

    /// "12." or "12," (a comma typed for the stop) at `index`, after a boundary or a pilcrow,
    /// followed by white space and the start of a sentence or a mark.
    private func paragraphNumber(in bytes: Bytes, at index: Int, boundary: Bool) -> (
        value: Int, end: Int
    )? {
        var position = index
        var value = 0
        while position < bytes.endIndex, position - index < 3, Self.isDigit(bytes[position]) {
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position < bytes.endIndex, value >= 1,
            bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ",")
        else { return nil }
        let afterPilcrow = index >= bytes.startIndex + 2 && bytes[index - 2] == 0xC2 && bytes[index - 1] == 0xB6
        guard boundary || afterPilcrow else { return nil }
        var next = position + 1
        guard next < bytes.endIndex, Self.isSpace(bytes, at: next) || bytes[next] == UInt8(ascii: "(") else { return nil }
        while next < bytes.endIndex, Self.isSpace(bytes, at: next) { next += 1 }
        guard next < bytes.endIndex else { return nil }
        let first = bytes[next]
        let startsText =
            (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) || first == UInt8(ascii: "(")
            || first == UInt8(ascii: "\"") || first >= 0x80
        return startsText ? (value, position + 1) : nil
    }

    /// `input` with the containers' encodings reduced to plain text, crudely and on purpose: an
    /// HTML tag or an escaped "\n" becomes a line break, an entity or another escape the
    /// character it stands for when that matters here (a pilcrow, a quote), else a space.
    static func plainText(_ input: ArraySlice<UInt8>) -> [UInt8] {
        input.withUnsafeBufferPointer(plainText)
    }

    private static func plainText(_ input: Bytes) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        // Bytes that stand for themselves are copied a run at a time: input[copied..<index].
        var copied = index
        func copy(upTo end: Int) { output.append(contentsOf: Bytes(rebasing: input[copied..<end])) }
        // Bytes up to the next place a tag, an entity or an escape may start are passed at once.
        var special = ByteSearch.Nearest(
            UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\\"), in: input, before: input.count)
        while index < input.count {
            index = special.first(from: index)
            guard index < input.count else { break }
            let byte = input[index]
            if byte == UInt8(ascii: "<"), index + 1 < input.count,
                isLetter(input[index + 1]) || input[index + 1] == UInt8(ascii: "/") || input[index + 1] == UInt8(ascii: "!"),
                let close = input[index..<min(input.count, index + 400)].firstIndex(of: UInt8(ascii: ">"))
            {
                copy(upTo: index)
                output.append(0x0A)
                index = close + 1
            } else if byte == UInt8(ascii: "&"),
                let semicolon = input[index..<min(input.count, index + 10)].firstIndex(of: UInt8(ascii: ";")),
                semicolon > index + 1,
                input[(index + 1)..<semicolon].allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "#") })
            {
                copy(upTo: index)
                output += entity(input[(index + 1)..<semicolon]) ?? [0x20]
                index = semicolon + 1
            } else if byte == UInt8(ascii: "\\"), index + 1 < input.count {
                copy(upTo: index)
                let escaped = input[index + 1]
                switch escaped {
                case UInt8(ascii: "n"), UInt8(ascii: "r"):
                    output.append(0x0A)
                    index += 2
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                    output.append(escaped)
                    index += 2
                case UInt8(ascii: "u") where index + 6 <= input.count:
                    // "\u00B6", in either case, is a pilcrow.
                    let isPilcrow =
                        input[index + 2] == UInt8(ascii: "0") && input[index + 3] == UInt8(ascii: "0")
                        && input[index + 4] | 0x20 == UInt8(ascii: "b") && input[index + 5] == UInt8(ascii: "6")
                    output += isPilcrow ? [0xC2, 0xB6] : [0x20]
                    index += 6
                default:
                    output.append(0x20)
                    index += 2
                }
            } else {
                index += 1
                continue
            }
            copied = index
        }
        copy(upTo: input.count)
        return output
    }

    private static let entities: [(name: [UInt8], text: [UInt8])] = [
        ("para", [0xC2, 0xB6]), ("quot", [UInt8(ascii: "\"")]), ("amp", [UInt8(ascii: "&")]), ("apos", [UInt8(ascii: "'")]),
        ("lt", [UInt8(ascii: "<")]), ("gt", [UInt8(ascii: ">")]),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The text of the entity named `name` ("para", "#x000A", "#10", "#182", "#39") when it is a
    /// line break, a pilcrow, a quote or one of the markup characters; nil for others.
    private static func entity(_ name: Slice<Bytes>) -> [UInt8]? {
        guard name.first == UInt8(ascii: "#") else {
            let lowered = name.map { $0 | (isLetter($0) ? 0x20 : 0) }
            return entities.first { $0.name == lowered }?.text
        }
        let hex = name.dropFirst().first.map { $0 | 0x20 } == UInt8(ascii: "x")
        var code = 0
        for byte in name.dropFirst(hex ? 2 : 1) {
            guard code < 0x110000 else { return nil }
            if isDigit(byte) {
                code = code * (hex ? 16 : 10) + Int(byte - UInt8(ascii: "0"))
            } else if hex, case let lower = byte | 0x20, lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "f") {
                code = code * 16 + Int(lower - UInt8(ascii: "a")) + 10
            } else {
                return nil
            }
        }
        switch code {
        case 10, 13: return [0x0A]
        case 182: return [0xC2, 0xB6]
        case 34, 39: return [UInt8(code)]
        default: return nil
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }

    /// True when the byte at `index` closes what a paragraph may follow: a sentence's end, a
    /// quote or parenthesis after one, a dash rule, a redaction mask, a page break's "OF 002".
    private static func endsStretch(_ bytes: Bytes, at index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "*"):
            return index > bytes.startIndex && bytes[index - 1] == byte
        case UInt8(ascii: "X"):
            return index >= bytes.startIndex + 3 && bytes[(index - 3)...index].allSatisfy { $0 == UInt8(ascii: "X") }
        default:
            guard isDigit(byte) else { return false }
            var start = index
            while start > bytes.startIndex, isDigit(bytes[start - 1]) { start -= 1 }
            return start >= bytes.startIndex + 3 && bytes[start - 1] == 0x20 && bytes[start - 2] == UInt8(ascii: "F")
                && bytes[start - 3] == UInt8(ascii: "O")
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func contains(_ needle: [UInt8], in haystack: Slice<Bytes>) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (haystack.startIndex...(haystack.endIndex - needle.count)).contains { haystack[$0...].starts(with: needle) }
    }

    /// Whether the byte at `index` is white space: a space, tab or CR, or either byte of a
    /// no-break space (U+00A0, C2 A0). A lone 0xA0 ends another character ("à" is C3 A0).
    private static func isSpace<Text: RandomAccessCollection<UInt8>>(_ bytes: Text, at index: Int) -> Bool
    where Text.Index == Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0D: true
        case 0xC2: index + 1 < bytes.endIndex && bytes[index + 1] == 0xA0
        case 0xA0: index > bytes.startIndex && bytes[index - 1] == 0xC2
        default: false
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: ".")
    }
}
