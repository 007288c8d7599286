/// E-mail addresses: "jane.doe@state.gov", "POLOFF@EMB.EXAMPLE.ORG".
enum EmailPattern {
    static func matches(in text: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "@"), let match = address(around: index, in: text) else {
                index += 1
                continue
            }
            if let last = found.last, last.overlaps(match) {
                index += 1
                continue
            }
            found.append(match)
            index = match.upperBound
        }
        return found
    }

    /// The address whose "@" stands at `at`: a local part of letters, digits and `._%+-'`, a
    /// domain of two or more labels ending in a top-level name of at least two letters.
    private static func address(around at: Int, in text: [UInt8]) -> Range<Int>? {
        var start = at
        while start > 0, isLocalByte(text[start - 1]) { start -= 1 }
        while start < at, text[start] == UInt8(ascii: ".") { start += 1 }
        guard start < at else { return nil }

        var end = at + 1
        var labels = 0
        var lastLabelIsLetters = false
        while end < text.count {
            var labelEnd = end
            var lettersOnly = true
            while labelEnd < text.count,
                MatchBytes.isLetter(text[labelEnd]) || MatchBytes.isDigit(text[labelEnd])
                    || text[labelEnd] == UInt8(ascii: "-")
            {
                if !MatchBytes.isLetter(text[labelEnd]) { lettersOnly = false }
                labelEnd += 1
            }
            guard labelEnd > end else { break }
            labels += 1
            lastLabelIsLetters = lettersOnly && labelEnd - end >= 2
            let next = labelEnd + 1
            // Continue over a dot only when another label follows it.
            if labelEnd < text.count, text[labelEnd] == UInt8(ascii: "."), next < text.count,
                MatchBytes.isLetter(text[next]) || MatchBytes.isDigit(text[next])
            {
                end = next
            } else {
                end = labelEnd
                break
            }
        }
        guard labels >= 2, lastLabelIsLetters else { return nil }
        return start..<end
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        MatchBytes.isLetter(byte) || MatchBytes.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "'")
    }
}
