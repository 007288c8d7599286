/// A line of a cable's text: indices into `SourceText.bytes`, without its "\n" and without
/// trailing white space.
struct TextLine {
    var start: Int
    var end: Int

    var isEmpty: Bool { start >= end }
}

/// Byte-level helpers over a cable's text. Everything here is ASCII-aware and allocation-free.
struct TextBytes {
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A cable's text as the parser reads it: each no-break space (U+00A0, the bytes C2 A0) as
    /// two spaces, so that every rule that looks for a space between a number and its mark, or a
    /// label and its value, sees one, and every offset stays the input's. (A lone 0xA0 is the
    /// last byte of another character, "à" being C3 A0, and no space.)
    init(readingCable bytes: [UInt8]) {
        // The first C2 A0, searched from C2 to C2 (past a C2 that starts another character: "¶"
        // is C2 B6, at every paragraph of a Cablegate page).
        var index = bytes.withUnsafeBufferPointer { buffer in
            var from = 0
            while let lead = ByteSearch.firstIndex(of: 0xC2, in: buffer, from: from, to: buffer.count - 1) {
                if buffer[lead + 1] == 0xA0 { return lead }
                from = lead + 1
            }
            return buffer.count
        }
        guard index + 1 < bytes.count else {
            self.bytes = bytes
            return
        }
        var read = bytes
        while index + 1 < read.count {
            if read[index] == 0xC2, read[index + 1] == 0xA0 {
                read[index] = 0x20
                read[index + 1] = 0x20
                index += 2
            } else {
                index += 1
            }
        }
        self.bytes = read
    }

    /// Splits into lines, trailing spaces, tabs and CRs dropped.
    func lines() -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 50 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while true {
                let index = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start, to: buffer.count) ?? buffer.count
                var end = index
                while end > start, Self.isSpace(buffer[end - 1]) { end -= 1 }
                lines.append(TextLine(start: start, end: end))
                guard index < buffer.count else { break }
                start = index + 1
            }
        }
        return lines
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func upper(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    /// First index at or after `index` that is not a space.
    func skipSpaces(_ index: Int, _ end: Int) -> Int {
        var position = index
        while position < end, Self.isSpace(bytes[position]) { position += 1 }
        return position
    }

    /// True when `word` (ASCII, upper case) stands at `index`, compared case-insensitively.
    func matches(_ word: StaticString, at index: Int, _ end: Int) -> Bool {
        word.withUTF8Buffer { matches($0, at: index, end) }
    }

    /// `matches` for a word's bytes.
    func matches(_ word: UnsafeBufferPointer<UInt8>, at index: Int, _ end: Int) -> Bool {
        guard index >= 0, index + word.count <= end else { return false }
        for offset in 0..<word.count where Self.upper(bytes[index + offset]) != word[offset] {
            return false
        }
        return true
    }

    /// Same as `matches`, and the word is not followed by a letter.
    func matchesWord(_ word: StaticString, at index: Int, _ end: Int) -> Bool {
        let after = index + word.utf8CodeUnitCount
        return matches(word, at: index, end) && (after >= end || !Self.isLetter(bytes[after]))
    }

    /// Reads up to `maxDigits` decimal digits at `index`: the value and the index after them.
    func number(at index: Int, _ end: Int, maxDigits: Int = 9) -> (value: Int, end: Int)? {
        var position = index
        var value = 0
        while position < end, position - index < maxDigits, Self.isDigit(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return position > index ? (value, position) : nil
    }

    /// The text of `start..<end` with runs of white space folded to one space and trimmed.
    func folded(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        // Written straight into the string's storage (the folded text is never longer), which a
        // short field does not even allocate; ill-formed UTF-8 is repaired as by String(decoding:).
        return bytes.withUnsafeBufferPointer { buffer in
            String(unsafeUninitializedCapacity: end - start) { output in
                var count = 0
                var pendingSpace = false
                Self.fold(buffer, start, end, into: output, count: &count, pendingSpace: &pendingSpace)
                return count
            }
        }
    }

    /// The text of `pieces` joined with spaces, runs of white space folded to one space and
    /// trimmed: a paragraph's wrapped lines read as one text, without joining them first.
    func folded(_ pieces: [TextLine]) -> String {
        var length = -1
        for piece in pieces where !piece.isEmpty { length += piece.end - piece.start + 1 }
        guard length > 0 else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            String(unsafeUninitializedCapacity: length) { output in
                var count = 0
                var pendingSpace = false
                for piece in pieces where !piece.isEmpty {
                    // The space that joins two pieces folds like any other.
                    pendingSpace = count > 0
                    Self.fold(buffer, piece.start, piece.end, into: output, count: &count, pendingSpace: &pendingSpace)
                }
                return count
            }
        }
    }

    /// Writes `buffer[start..<end]` to `output` from `count` on, every run of white space one
    /// space, none before the first byte written; a run at the end stays pending.
    private static func fold(
        _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into output: UnsafeMutableBufferPointer<UInt8>,
        count: inout Int, pendingSpace: inout Bool
    ) {
        var index = start
        while index < end {
            // Eight bytes that fold to themselves are copied as one word: printable ASCII whose
            // spaces stand alone, and nothing pending before them. A space last is left pending,
            // as the byte-by-byte fold leaves it (the word is stored whole; only seven count).
            if index + 8 <= end, !pendingSpace {
                let word = ByteWord.load(buffer, at: index)
                if let kept = Self.foldedLength(word, atStart: count == 0) {
                    UnsafeMutableRawBufferPointer(output).storeBytes(of: word, toByteOffset: count, as: UInt64.self)
                    count += kept
                    index += 8
                    pendingSpace = kept < 8
                    continue
                }
            }
            let byte = buffer[index]
            index += 1
            if isSpace(byte) || byte == 0x0A {
                pendingSpace = count > 0
            } else {
                if pendingSpace {
                    output[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                output[count] = byte
                count += 1
            }
        }
    }

    /// How many of the eight bytes of `word` (in memory order) folding writes as they stand, when
    /// no space is pending before them: 8, or 7 when the last is a space (folding leaves it
    /// pending); nil unless all are ASCII and none below a space (no tab, CR or line break), no
    /// two spaces stand together, and the first is not one at `atStart` (where a leading space is
    /// dropped). A false nil only sends the word the slow way.
    private static func foldedLength(_ word: UInt64, atStart: Bool) -> Int? {
        guard word & ByteWord.highBits == 0, !ByteWord.containsByte(below: 0x20, inASCII: word) else { return nil }
        // In memory order from the low byte up, whatever the machine's byte order.
        let spaces = ByteWord.matching(0x20, in: UInt64(littleEndian: word))
        let first: UInt64 = atStart ? 0x80 : 0
        guard spaces & (spaces << 8) == 0, spaces & first == 0 else { return nil }
        return spaces & (0x80 << 56) == 0 ? 8 : 7
    }

    /// Upper-cased ASCII letters of `start..<end`, spaces removed ("C O N F" → "CONF").
    func lettersOnly(_ start: Int, _ end: Int) -> String {
        var output: [UInt8] = []
        for index in start..<end where Self.isLetter(bytes[index]) {
            output.append(Self.upper(bytes[index]))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
