/// ASCII-level helpers the container readers share. They work on `[UInt8]` and never allocate.
enum ContainerBytes {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// Space, tab, CR, LF, form feed.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The high bit of every byte of `word` that is white space below a space (`isWhitespace`'s
    /// tab, line feed, CR and form feed), and of no other.
    static func whitespaceControlMarks(_ word: UInt64) -> UInt64 {
        ByteWord.exactMatching(0x09, in: word) | ByteWord.exactMatching(0x0A, in: word)
            | ByteWord.exactMatching(0x0D, in: word) | ByteWord.exactMatching(0x0C, in: word)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// True when `word` stands at `index`, compared ASCII case-insensitively (`word` lower case).
    static func matches(_ bytes: [UInt8], _ word: StaticString, at index: Int, end: Int? = nil) -> Bool {
        let limit = end ?? bytes.count
        let count = word.utf8CodeUnitCount
        guard index >= 0, index + count <= limit else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where lowercased(bytes[index + offset]) != pointer[offset] {
            return false
        }
        return true
    }

    /// True when `word` stands at `index` exactly (case-sensitive).
    static func matchesExactly(_ bytes: [UInt8], _ word: StaticString, at index: Int, end: Int? = nil) -> Bool {
        let limit = end ?? bytes.count
        let count = word.utf8CodeUnitCount
        guard index >= 0, index + count <= limit else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] {
            return false
        }
        return true
    }

    /// First index in `from..<to` where `word` starts (ASCII case-insensitive), or nil.
    static func find(_ word: StaticString, in bytes: [UInt8], from: Int, to: Int? = nil) -> Int? {
        let limit = min(to ?? bytes.count, bytes.count)
        let count = word.utf8CodeUnitCount
        guard count > 0, from >= 0, limit - count >= from else { return nil }
        let first = word.utf8Start[0]
        let firstUpper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var index = from
        while let candidate = firstIndex(of: first, or: firstUpper, in: bytes, from: index, to: limit - count + 1) {
            if matches(bytes, word, at: candidate, end: limit) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// First index in `from..<to` holding `byte` or `other`, or nil: one byte is `ByteSearch`'s,
    /// either of two is looked for eight bytes at a time.
    static func firstIndex(of byte: UInt8, or other: UInt8? = nil, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard let second = other, second != byte else {
            return bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: byte, in: $0, from: from, to: to) }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var index = max(from, 0)
            let end = min(to, buffer.count)
            while index + 8 <= end {
                // In memory order; the lowest mark is the first match (a false mark only ever
                // stands above a true one).
                let word = UInt64(littleEndian: ByteWord.load(buffer, at: index))
                let marks = ByteWord.matching(byte, in: word) | ByteWord.matching(second, in: word)
                if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
                index += 8
            }
            while index < end {
                if buffer[index] == byte || buffer[index] == second { return index }
                index += 1
            }
            return nil
        }
    }

    /// How many bytes in `from..<to` are `byte`; eight bytes at a time.
    static func count(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = max(from, 0)
            let end = min(to, buffer.count)
            while index + 8 <= end {
                count += ByteWord.count(byte, in: ByteWord.load(buffer, at: index))
                index += 8
            }
            while index < end {
                if buffer[index] == byte { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// Index just past the end of the line holding `index` (past its "\n"), or `bytes.count`.
    static func endOfLine(_ bytes: [UInt8], from index: Int) -> Int {
        firstIndex(of: newline, in: bytes, from: index, to: bytes.count).map { $0 + 1 } ?? bytes.count
    }

    /// Input offset just past the character whose text starts at `origin`: past a character
    /// reference ("&amp;"), else past the byte itself.
    static func endOfCharacter(_ input: [UInt8], at origin: Int) -> Int {
        guard origin < input.count else { return input.count }
        if input[origin] == UInt8(ascii: "&") {
            switch HTMLEntities.reference(in: input, at: origin, end: input.count) {
            case .character(_, let length), .invalid(let length): return origin + length
            case nil: break
            }
        }
        return origin + 1
    }

    /// A metadata field's text: `bytes[start..<end]` with white space trimmed from both ends and
    /// folded to one space between words, and the bytes it spans before folding; nil when only
    /// white space is there. A no-break space (C2 A0) is white space here, as the telegram parser
    /// reads it (`TextBytes(readingCable:)`): a Cablegate cell "&nbsp;CONFIDENTIAL&nbsp;" holds
    /// the value "CONFIDENTIAL".
    static func field(_ bytes: [UInt8], from start: Int, to end: Int) -> (text: String, span: Range<Int>)? {
        func spaceLength(at index: Int, before limit: Int) -> Int {
            if isWhitespace(bytes[index]) { return 1 }
            return index + 1 < limit && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0 ? 2 : 0
        }
        var low = start
        var high = end
        while low < high {
            let length = spaceLength(at: low, before: high)
            guard length > 0 else { break }
            low += length
        }
        while high > low {
            if isWhitespace(bytes[high - 1]) {
                high -= 1
            } else if high - 2 >= low, bytes[high - 2] == 0xC2, bytes[high - 1] == 0xA0 {
                high -= 2
            } else {
                break
            }
        }
        guard low < high else { return nil }
        let text = String(unsafeUninitializedCapacity: high - low) { folded in
            var count = 0
            var index = low
            while index < high {
                let length = spaceLength(at: index, before: high)
                if length > 0 {
                    // Trimmed at both ends: a space here always has a word after it.
                    if count > 0, folded[count - 1] != space {
                        folded[count] = space
                        count += 1
                    }
                    index += length
                } else {
                    folded[count] = bytes[index]
                    count += 1
                    index += 1
                }
            }
            return count
        }
        return (text, low..<high)
    }

    /// `bytes[range]` as a string with runs of white space folded to one space, trimmed.
    static func foldedString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        guard !bytes.isEmpty else { return "" }
        // Written straight into the string's storage (the folded text is never longer), which a
        // short value does not even allocate; ill-formed UTF-8 is repaired as by String(decoding:).
        return String(unsafeUninitializedCapacity: bytes.count) { folded in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if isWhitespace(byte) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        folded[count] = space
                        count += 1
                    }
                    pendingSpace = false
                    folded[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}

/// Where decoded cable text goes, byte by byte, with the input offset each byte stands for.
/// `SourceText` is one; `CableTextBuilder` is another that also sees through web-page lines.
protocol DecodedTextSink {
    mutating func append(_ byte: UInt8, from origin: Int)
    mutating func appendSynthetic(_ byte: UInt8, at origin: Int)
    /// Appends `input[range]` unchanged, every byte mapped to its own index in `input`: the same
    /// as appending the bytes one by one, at the cost of one. The range holds no line break.
    mutating func appendCopied(_ input: [UInt8], _ range: Range<Int>)
}

extension SourceText: DecodedTextSink {}

extension DecodedTextSink {
    /// Appends the UTF-8 encoding of `scalar`, every byte mapped to `origin`.
    mutating func appendScalar(_ scalar: Unicode.Scalar, from origin: Int) {
        // ASCII (a Cablegate page's "&#x000A;" line breaks) without walking a UTF-8 view.
        guard scalar.isASCII else {
            for byte in scalar.utf8 { append(byte, from: origin) }
            return
        }
        append(UInt8(scalar.value), from: origin)
    }
}
