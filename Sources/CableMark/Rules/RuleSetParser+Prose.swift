extension RuleSetParser {
    /// Text as written in the XML, re-flowed: white space folded within paragraphs, paragraphs
    /// separated by one blank line. Words end at spaces, tabs, CRs and line ends.
    static func prose(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard splitsAtBytes(bytes) else { return proseByCharacters(text) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var inParagraph = false
        var lineHasWords = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                if !lineHasWords { inParagraph = false }
                lineHasWords = false
                index += 1
                continue
            }
            if isSeparator(byte) {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), !isSeparator(bytes[index]) { index += 1 }
            if inParagraph {
                result.append(UInt8(ascii: " "))
            } else if !result.isEmpty {
                result += [UInt8(ascii: "\n"), UInt8(ascii: "\n")]
            }
            result += bytes[start..<index]
            inParagraph = true
            lineHasWords = true
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Whether every space, tab, CR and line end of the text is a character of its own, so that
    /// splitting its bytes splits its characters: tabs and line ends always are, a CR is but
    /// before a line end, and a space is but next to a combining mark or the like (so: when both
    /// its neighbours are ASCII).
    private static func splitsAtBytes(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\r"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return false }
            case UInt8(ascii: " "):
                if index > 0, bytes[index - 1] >= 0x80 { return false }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
            default:
                break
            }
        }
        return true
    }

    /// `prose` over the text's characters, for text where a separator joins its neighbour.
    private static func proseByCharacters(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if words.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current += words
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
