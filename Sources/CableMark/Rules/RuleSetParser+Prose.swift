extension RuleSetParser {
    /// Text as written in the XML, re-flowed: white space folded within paragraphs, paragraphs
    /// separated by one blank line. Words end at spaces, tabs, CRs and line ends, read as bytes
    /// (libxml2 has already made every CR LF of the file a line end).
    static func prose(_ text: String) -> String {
        let bytes = Array(text.utf8)
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
}
