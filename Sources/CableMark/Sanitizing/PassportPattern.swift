/// Passport numbers: one or two capital letters then 7 to 9 digits ("C03005988", "AB1234567"),
/// as a word of its own; or 9 digits alone ("123456789") when "passport" stands in the 48 bytes
/// before them, since bare 9-digit numbers are too common to remove without that context.
enum PassportPattern {
    static let contextWindow = 48

    static func matches(in text: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            // Every candidate ends in a run of digits: the scan goes from one run to the next.
            guard MatchBytes.isDigit(text[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, MatchBytes.isDigit(text[end]) { end += 1 }
            // The capitals before the digits: three or more are no passport number's.
            var start = index
            while start > 0, index - start < 3, MatchBytes.isUpper(text[start - 1]) { start -= 1 }
            let letters = index - start
            let digits = end - index
            let isWord = (start == 0 || !MatchBytes.isWordByte(text[start - 1]))
                && (end >= text.count || !MatchBytes.isWordByte(text[end]))
            let lettered = (1...2).contains(letters) && (7...9).contains(digits)
            let bare = letters == 0 && digits == 9 && mentionsPassport(text, before: index)
            if isWord, lettered || bare { found.append(start..<end) }
            index = end
        }
        return found
    }

    /// True when "passport" (any case) ends within `contextWindow` bytes before `index`.
    private static func mentionsPassport(_ text: [UInt8], before index: Int) -> Bool {
        let word = Array("passport".utf8)
        let from = max(0, index - contextWindow)
        guard index - from >= word.count else { return false }
        for start in from...(index - word.count) {
            var matched = true
            for offset in 0..<word.count where MatchBytes.lowercased(text[start + offset]) != word[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }
}
