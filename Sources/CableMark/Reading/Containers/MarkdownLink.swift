/// A markdown link "[text](target)" on one line, as web pages turned into markdown carry them.
struct MarkdownLink {
    var textStart: Int
    var textEnd: Int
    /// Index just past the ")".
    var end: Int

    init?(_ bytes: [UInt8], at index: Int, end limit: Int) {
        var position = index + 1
        while position < limit {
            let byte = bytes[position]
            if byte == UInt8(ascii: "]") { break }
            if byte == UInt8(ascii: "[") || byte == ContainerBytes.newline || position - index > 300 {
                return nil
            }
            // "\]" inside the text is an escaped bracket.
            position += byte == ContainerBytes.backslash ? 2 : 1
        }
        guard position + 1 < limit, bytes[position] == UInt8(ascii: "]"),
            bytes[position + 1] == UInt8(ascii: "(")
        else { return nil }
        textStart = index + 1
        textEnd = position
        var target = position + 2
        while target < limit, bytes[target] != UInt8(ascii: ")") {
            if ContainerBytes.isWhitespace(bytes[target]) || target - position > 500 { return nil }
            target += 1
        }
        guard target < limit else { return nil }
        end = target + 1
    }

    /// "[1](#)" followed by a digit: the site's rendering of the paragraph sign.
    func isPilcrow(in bytes: [UInt8], end limit: Int) -> Bool {
        textEnd == textStart + 1 && bytes[textStart] == UInt8(ascii: "1") && end < limit
            && ContainerBytes.isDigit(bytes[end])
    }

    /// The link text, markdown backslash escapes ("\(") undone.
    func appendText<Sink: DecodedTextSink>(from bytes: [UInt8], into sink: inout Sink) {
        var position = textStart
        while position < textEnd {
            if bytes[position] == ContainerBytes.backslash, position + 1 < textEnd,
                Self.isEscapable(bytes[position + 1])
            {
                position += 1
            }
            sink.append(bytes[position], from: position)
            position += 1
        }
    }

    private static func isEscapable(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
