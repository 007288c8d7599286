/// Reads "Classified By: Political Counselor Alexander Margulies. Reason: 1.4(d)." into the
/// classifier and the reason's section and categories.
enum ClassifiedByParser {
    struct Result {
        var classifier: String
        var reason: String?
        var section: String?
        var categories: String
        var isDerivative = false
    }

    /// Words that end a classifier's name and position when the reason follows them ("… for
    /// reasons 1.4", "… per E.O. 12958"); a release may split them ("reaso ns", "a nd").
    private static let trailingWords = ["REASONS", "REASON", "FOR", "PER", "UNDER", "AND"]

    /// `value` is the text after "Classified By" (colon removed).
    static func parse(value: String) -> Result {
        let bytes = Array(value.utf8)
        // ASCII upper-casing keeps byte offsets, so offsets found in `upper` index `bytes`.
        let upper = bytes.map(TextBytes.upper)
        let derivation = find(Array("DERIVED".utf8), in: upper)
        let reasonStart = find(Array("REASON".utf8), in: upper) ?? find(Array("1.4".utf8), in: upper)
            ?? find(Array("1.5".utf8), in: upper) ?? find(Array("REASO".utf8), in: upper)
        // The classifier ends where the reason, a derivation or an executive order begins.
        let classifierEnd = [reasonStart, derivation, find(Array("E.O.".utf8), in: upper)]
            .compactMap { $0 }.min() ?? bytes.count
        let classifier = trimmedClassifier(upper: Array(upper[..<classifierEnd]), bytes: Array(bytes[..<classifierEnd]))
        guard let reasonStart else {
            return Result(classifier: classifier, reason: nil, section: nil, categories: "", isDerivative: derivation != nil)
        }
        let reasonBytes = Array(upper[reasonStart...])
        let (section, categories) = sectionAndCategories(upperCased: reasonBytes)
        return Result(
            classifier: classifier,
            reason: String(decoding: bytes[reasonStart...], as: UTF8.self).trimming(" .,;"),
            section: section, categories: categories, isDerivative: derivation != nil)
    }

    /// The classifier without trailing punctuation and the words that lead to the reason.
    private static func trimmedClassifier(upper: [UInt8], bytes: [UInt8]) -> String {
        func isTrimmed(_ byte: UInt8) -> Bool { " .,:;(".utf8.contains(byte) }
        var end = upper.count
        var trimming = true
        while trimming {
            trimming = false
            while end > 0, isTrimmed(upper[end - 1]) { end -= 1 }
            for word in trailingWords {
                if let start = wordStart(Array(word.utf8), endingAt: end, in: upper) {
                    end = start
                    trimming = true
                    break
                }
            }
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// Where `word` starts when it ends at `end`, written with at most one stray space inside it,
    /// as a whole word.
    private static func wordStart(_ word: [UInt8], endingAt end: Int, in upper: [UInt8]) -> Int? {
        var index = end
        var letter = word.count
        var spaces = 0
        while letter > 0, index > 0 {
            if upper[index - 1] == word[letter - 1] {
                letter -= 1
                index -= 1
            } else if upper[index - 1] == 0x20, spaces == 0, letter < word.count {
                spaces += 1
                index -= 1
            } else {
                return nil
            }
        }
        guard letter == 0, index == 0 || !TextBytes.isLetter(upper[index - 1]) else { return nil }
        return index
    }

    /// "REASONS 1.4 (B) AND (D)" → ("1.4", "bd"). A section typed with stray spaces ("1. 4",
    /// "1 .4") reads the same, and another "1.N" comes back as written so a rule can report it.
    /// Single letters outside a–h come back upper-cased ("1.4 (X)" → "X"). "E.O." is not a pair
    /// of categories, nor "A ND" or "AN D" a split AND. The letters end at the first other word ("1.4 (B) OF THE U.S. ORDER": the
    /// U and S are no categories). Without a section, only letters in parentheses count
    /// ("REASONS (B) AND (D)").
    static func sectionAndCategories(upperCased reason: [UInt8]) -> (String?, String) {
        guard let (section, sectionEnd) = section(in: reason) else {
            return (nil, parenthesizedCategories(reason))
        }
        var categories = ""
        var index = sectionEnd
        while index < reason.count {
            let byte = reason[index]
            let before: UInt8 = reason[index - 1]
            let after: UInt8 = index + 1 < reason.count ? reason[index + 1] : 0x20
            let isSingleLetter = TextBytes.isLetter(byte) && !TextBytes.isLetter(before) && !TextBytes.isLetter(after)
            let isEO = byte == UInt8(ascii: "E") && after == UInt8(ascii: ".") && index + 2 < reason.count
                && reason[index + 2] == UInt8(ascii: "O")
            if isEO {
                index += 3
                continue
            }
            // "A ND", "AN D": the release split "AND" (at a line end, say).
            if TextBytes.isLetter(byte), !TextBytes.isLetter(before), let end = splitConjunctionEnd(reason, at: index) {
                index = end
                continue
            }
            // The reason ends where the first paragraph begins, when the text ran on into it:
            // its number ("(d). 1. (U) ..."), or its mark ("(d) (S) Embassy Tokyo ...").
            if !categories.isEmpty, TextBytes.isDigit(byte) { break }
            if isSingleLetter, !categories.isEmpty, isParagraphMark(reason, at: index) { break }
            if isSingleLetter { categories.append(category(byte)) }
            if TextBytes.isLetter(byte), !TextBytes.isLetter(before) {
                var wordEnd = index
                while wordEnd < reason.count, TextBytes.isLetter(reason[wordEnd]) { wordEnd += 1 }
                let word = reason[index..<wordEnd]
                if word.count > 1, !word.elementsEqual("AND".utf8), !word.elementsEqual("OR".utf8) { break }
            }
            index += 1
        }
        return (section, categories)
    }

    /// Where "AND" or "OR" split by one space ("A ND", "AN D", "O R") ends, when it starts at
    /// `index`.
    private static func splitConjunctionEnd(_ reason: [UInt8], at index: Int) -> Int? {
        var firstEnd = index
        while firstEnd < reason.count, TextBytes.isLetter(reason[firstEnd]) { firstEnd += 1 }
        guard firstEnd + 1 < reason.count, reason[firstEnd] == 0x20, TextBytes.isLetter(reason[firstEnd + 1]) else { return nil }
        var secondEnd = firstEnd + 1
        while secondEnd < reason.count, TextBytes.isLetter(reason[secondEnd]) { secondEnd += 1 }
        let joined = Array(reason[index..<firstEnd]) + Array(reason[(firstEnd + 1)..<secondEnd])
        return joined.elementsEqual("AND".utf8) || joined.elementsEqual("OR".utf8) ? secondEnd : nil
    }

    /// "(S) Embassy": a portion mark letter in parentheses followed by a word, not a category.
    private static func isParagraphMark(_ reason: [UInt8], at index: Int) -> Bool {
        guard [UInt8(ascii: "U"), UInt8(ascii: "S"), UInt8(ascii: "C")].contains(reason[index]), index > 0,
            reason[index - 1] == UInt8(ascii: "("), index + 1 < reason.count, reason[index + 1] == UInt8(ascii: ")")
        else { return false }
        var start = index + 2
        while start < reason.count, reason[start] == 0x20 { start += 1 }
        var end = start
        while end < reason.count, TextBytes.isLetter(reason[end]) { end += 1 }
        let word = reason[start..<end]
        return word.count > 1 && !word.elementsEqual("AND".utf8) && !word.elementsEqual("OR".utf8)
    }

    /// The first "1.N" (spaces allowed around the dot, N one digit) and where it ends.
    private static func section(in reason: [UInt8]) -> (String, Int)? {
        func isDigit(_ index: Int) -> Bool { index < reason.count && TextBytes.isDigit(reason[index]) }
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while index < reason.count, reason[index] == 0x20 { index += 1 }
            return index
        }
        for index in reason.indices where reason[index] == UInt8(ascii: "1") && !(index > 0 && isDigit(index - 1)) {
            let dot = skipSpaces(index + 1)
            guard dot < reason.count, reason[dot] == UInt8(ascii: ".") else { continue }
            let digit = skipSpaces(dot + 1)
            guard isDigit(digit), !isDigit(digit + 1) else { continue }
            return ("1." + String(UnicodeScalar(reason[digit])), digit + 1)
        }
        return nil
    }

    /// The letters of parenthesized groups that hold only single letters ("(B)", "(B,D)",
    /// "(B AND D)").
    private static func parenthesizedCategories(_ reason: [UInt8]) -> String {
        var categories = ""
        var index = 0
        while let open = reason[index...].firstIndex(of: UInt8(ascii: "(")) {
            guard let close = reason[open...].firstIndex(of: UInt8(ascii: ")")) else { break }
            let words = reason[(open + 1)..<close].split { !TextBytes.isLetter($0) }
            if !words.isEmpty, words.allSatisfy({ $0.count == 1 || $0.elementsEqual("AND".utf8) || $0.elementsEqual("OR".utf8) }) {
                for word in words where word.count == 1 { categories.append(category(word[word.startIndex])) }
            }
            index = close + 1
        }
        return categories
    }

    /// An upper-cased letter as a category: a–h in lower case, any other as it is.
    private static func category(_ byte: UInt8) -> Character {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "H") ? Character(Unicode.Scalar(byte + 0x20)) : Character(Unicode.Scalar(byte))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }
}
