/// A one-line JSON object whose values are strings (others are skipped), read without trusting the
/// writer to have escaped every quote: a string ends only at a quote followed by `, "key" :` or by
/// the `}` that ends the line. For valid JSON that is exactly where the string ends; for a
/// mongoexport line with `"hopeless situation in Cairo."` unescaped inside the body it is the body's
/// true end. Values are kept as raw byte ranges, so decoding can map every byte back.
struct LenientJSONObject {
    private var strings: [String: Range<Int>] = [:]

    /// The raw bytes (between the quotes, escapes still in) of the string value of `key`.
    subscript(key: String) -> Range<Int>? { strings[key] }

    init?(_ bytes: [UInt8], from start: Int, to end: Int) {
        func skipSpaces(_ index: Int) -> Int {
            var position = index
            while position < end, ContainerBytes.isWhitespace(bytes[position]) { position += 1 }
            return position
        }
        var index = skipSpaces(start)
        guard index < end, bytes[index] == UInt8(ascii: "{") else { return nil }
        index = skipSpaces(index + 1)
        while index < end, bytes[index] != UInt8(ascii: "}") {
            guard bytes[index] == ContainerBytes.quote,
                let keyEnd = Self.keyEnd(bytes, from: index + 1, to: end)
            else { return nil }
            let key = String(decoding: bytes[(index + 1)..<keyEnd], as: UTF8.self)
            index = skipSpaces(keyEnd + 1)
            guard index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = skipSpaces(index + 1)
            guard index < end else { return nil }
            if bytes[index] == ContainerBytes.quote {
                guard let close = Self.closingQuote(bytes, from: index + 1, to: end) else { return nil }
                strings[key] = (index + 1)..<close
                index = close + 1
            } else {
                // A number, true, false or null; nested objects and arrays are not expected.
                guard bytes[index] != UInt8(ascii: "{"), bytes[index] != UInt8(ascii: "[") else { return nil }
                while index < end, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "}") {
                    index += 1
                }
            }
            index = skipSpaces(index)
            guard index < end else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index = skipSpaces(index + 1) }
        }
        guard index < end, skipSpaces(index + 1) == end else { return nil }
    }

    /// The quote closing a key: keys are plain words.
    private static func keyEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end, isKeyByte(bytes[index]) { index += 1 }
        return index < end && bytes[index] == ContainerBytes.quote ? index : nil
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        ContainerBytes.isLetter(byte) || ContainerBytes.isDigit(byte) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "$")
    }

    /// The quote that ends a string value starting at `start`.
    private static func closingQuote(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while let next = ContainerBytes.firstIndex(of: ContainerBytes.backslash, or: ContainerBytes.quote, in: bytes, from: index, to: end) {
            if bytes[next] == ContainerBytes.backslash {
                index = next + 2
            } else if endsValue(bytes, after: next + 1, to: end) {
                return next
            } else {
                index = next + 1
            }
        }
        return nil
    }

    /// Whether `, "key" :` or a final `}` follows.
    private static func endsValue(_ bytes: [UInt8], after start: Int, to end: Int) -> Bool {
        var index = start
        while index < end, ContainerBytes.isWhitespace(bytes[index]) { index += 1 }
        guard index < end else { return false }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            while index < end, ContainerBytes.isWhitespace(bytes[index]) { index += 1 }
            return index == end
        }
        guard bytes[index] == UInt8(ascii: ",") else { return false }
        index += 1
        while index < end, ContainerBytes.isWhitespace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == ContainerBytes.quote, let keyEnd = keyEnd(bytes, from: index + 1, to: end),
            keyEnd > index + 1
        else { return false }
        index = keyEnd + 1
        while index < end, ContainerBytes.isWhitespace(bytes[index]) { index += 1 }
        return index < end && bytes[index] == UInt8(ascii: ":")
    }

    /// Appends the string's value: JSON escapes (and mongoexport's \') undone.
    static func decode<Sink: DecodedTextSink>(_ string: Range<Int>, in bytes: [UInt8], into sink: inout Sink) {
        var index = string.lowerBound
        while index < string.upperBound {
            // Bytes that are neither an escape nor a line end are copied as one run.
            let runEnd =
                ContainerBytes.firstIndex(
                    of: ContainerBytes.backslash, or: ContainerBytes.newline, in: bytes, from: index, to: string.upperBound)
                ?? string.upperBound
            if runEnd > index {
                sink.appendCopied(bytes, index..<runEnd)
                index = runEnd
                continue
            }
            index = decodeCharacter(bytes, at: index, end: string.upperBound, into: &sink)
        }
    }

    /// Appends the byte or escape at `index` and returns the index after it. An escaped quote,
    /// backslash, slash or apostrophe maps to the character itself; \n, \t, \uXXXX map to their
    /// backslash; \r, \b, \f are dropped (line ends are "\n" in cable text).
    static func decodeCharacter<Sink: DecodedTextSink>(
        _ bytes: [UInt8], at index: Int, end: Int, into sink: inout Sink
    ) -> Int {
        let byte = bytes[index]
        guard byte == ContainerBytes.backslash, index + 1 < end else {
            sink.append(byte, from: index)
            return index + 1
        }
        let escaped = bytes[index + 1]
        switch escaped {
        case ContainerBytes.quote, ContainerBytes.backslash, UInt8(ascii: "/"), UInt8(ascii: "'"):
            sink.append(escaped, from: index + 1)
        case UInt8(ascii: "n"):
            sink.append(ContainerBytes.newline, from: index)
        case UInt8(ascii: "t"):
            sink.append(ContainerBytes.tab, from: index)
        case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"):
            break
        case UInt8(ascii: "u"):
            if let (scalar, length) = unicodeEscape(bytes, at: index, end: end) {
                sink.appendScalar(scalar, from: index)
                return index + length
            }
            sink.append(byte, from: index)
            return index + 1
        default:
            sink.append(byte, from: index)
            return index + 1
        }
        return index + 2
    }

    /// "\u00B6", or a surrogate pair "\uD83D\uDE00": the character and the escape's length.
    private static func unicodeEscape(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hexValue(bytes, at: index + 2, end: end) else { return nil }
        if (0xD800...0xDBFF).contains(high), index + 12 <= end, bytes[index + 6] == ContainerBytes.backslash,
            bytes[index + 7] == UInt8(ascii: "u"), let low = hexValue(bytes, at: index + 8, end: end),
            (0xDC00...0xDFFF).contains(low)
        {
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            return Unicode.Scalar(value).map { ($0, 12) }
        }
        return Unicode.Scalar(high).map { ($0, 6) }
    }

    private static func hexValue(_ bytes: [UInt8], at index: Int, end: Int) -> UInt32? {
        guard index + 4 <= end else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            guard ContainerBytes.isHexDigit(byte) else { return nil }
            let digit = ContainerBytes.isDigit(byte) ? byte - 0x30 : ContainerBytes.lowercased(byte) - 0x61 + 10
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
