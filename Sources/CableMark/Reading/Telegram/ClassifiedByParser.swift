/// Reads "Classified By: Political Counselor Alexander Margulies. Reason: 1.4(d)." into the
/// classifier and the reason's section and categories.
enum ClassifiedByParser {
    struct Result {
        var classifier: String
        var reason: String?
        var section: String?
        var categories: String
    }

    /// `value` is the text after "Classified By" (colon removed).
    static func parse(value: String) -> Result {
        let bytes = Array(value.utf8)
        // ASCII upper-casing keeps byte offsets, so offsets found in `upper` index `bytes`.
        let upper = bytes.map(TextBytes.upper)
        let reasonStart = find(Array("REASON".utf8), in: upper) ?? find(Array("1.4".utf8), in: upper)
            ?? find(Array("1.5".utf8), in: upper)
        guard let reasonStart else {
            return Result(classifier: value.trimming(" .,:;"), reason: nil, section: nil, categories: "")
        }
        var classifier = String(decoding: bytes[..<reasonStart], as: UTF8.self).trimming(" ")
        if classifier.uppercased().hasSuffix(" FOR") { classifier = String(classifier.dropLast(4)) }
        let reasonBytes = Array(upper[reasonStart...])
        let (section, categories) = sectionAndCategories(upperCased: reasonBytes)
        return Result(
            classifier: classifier.trimming(" .,:;"),
            reason: String(decoding: bytes[reasonStart...], as: UTF8.self).trimming(" .,;"),
            section: section, categories: categories)
    }

    /// "REASONS 1.4 (B) AND (D)" → ("1.4", "bd"). Single letters outside a–h come back upper-cased
    /// so a rule can report them ("1.4 (X)" → "X"). "E.O." is not a pair of categories.
    static func sectionAndCategories(upperCased reason: [UInt8]) -> (String?, String) {
        let sectionStart = find(Array("1.4".utf8), in: reason) ?? find(Array("1.5".utf8), in: reason)
        guard let sectionStart else { return (nil, "") }
        let section = String(decoding: reason[sectionStart..<sectionStart + 3], as: UTF8.self)
        var categories = ""
        var index = sectionStart + 3
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
            if isSingleLetter {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "H") {
                    categories.append(Character(Unicode.Scalar(byte + 0x20)))
                } else {
                    categories.append(Character(Unicode.Scalar(byte)))
                }
            }
            index += 1
        }
        return (section, categories)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }
}
