/// Telephone numbers in the shapes cables and e-mail signatures write them, and not the dates,
/// serials, years and decimals that cables are full of:
/// - international: "+51 1 618-2000", "+1-202-647-4000" (8 to 15 digits after "+");
/// - an area code in parentheses: "(202) 647-4000", "(511) 618 2000" (9 to 15 digits);
/// - three or more groups joined by one kind of separator, "-" or ".": "202-647-4000",
///   "011-51-1-618-2000", "202.647.4000" (9 to 15 digits, groups of at most 4, the last of 3 or 4);
///   with spaces only as 3-3-4: "202 647 4000";
/// - a local number: "618-2000" (3-4 digits joined by "-").
/// Dates ("06-21-2017", 8 digits), year spans ("1968-75"), DTGs and serials do not fit.
enum PhonePattern {
    static func matches(in text: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if startsCandidate(text, at: index), let end = number(in: text, from: index) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// A number may start with "+", "(" or a digit, and never inside a word or another number.
    private static func startsCandidate(_ text: [UInt8], at index: Int) -> Bool {
        let byte = text[index]
        guard byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") || MatchBytes.isDigit(byte) else { return false }
        guard index > 0 else { return true }
        let before = text[index - 1]
        return
            !(MatchBytes.isWordByte(before) || before == UInt8(ascii: ".") || before == UInt8(ascii: "-")
            || before == UInt8(ascii: "/") || before == UInt8(ascii: "+") || before == UInt8(ascii: "$"))
    }

    /// The end of the telephone number starting at `start`, or nil when what starts there is none.
    private static func number(in text: [UInt8], from start: Int) -> Int? {
        var index = start
        let international = text[index] == UInt8(ascii: "+")
        if international { index += 1 }
        var groups: [Int] = []
        var separators: [UInt8] = []
        var parenthesized = false
        var end = index
        while index < text.count {
            if text[index] == UInt8(ascii: "(") {
                // Only the first group may stand in parentheses: "(202) 647-4000".
                guard groups.isEmpty, !parenthesized else { break }
                let digits = digitRun(text, from: index + 1)
                guard (2...4).contains(digits), index + 1 + digits < text.count,
                    text[index + 1 + digits] == UInt8(ascii: ")")
                else { return nil }
                parenthesized = true
                groups.append(digits)
                index += digits + 2
                end = index
                if index < text.count, text[index] == 0x20 || text[index] == UInt8(ascii: "-"),
                    index + 1 < text.count, MatchBytes.isDigit(text[index + 1])
                {
                    separators.append(text[index])
                    index += 1
                }
                continue
            }
            let digits = digitRun(text, from: index)
            guard digits > 0 else { break }
            groups.append(digits)
            index += digits
            end = index
            guard index + 1 < text.count else { break }
            let separator = text[index]
            guard separator == 0x20 || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "."),
                MatchBytes.isDigit(text[index + 1]) || text[index + 1] == UInt8(ascii: "(")
            else { break }
            separators.append(separator)
            index += 1
        }
        // What follows the number must not continue it.
        if end < text.count, MatchBytes.isWordByte(text[end]) || text[end] == UInt8(ascii: "%") { return nil }
        if end + 1 < text.count, text[end] == UInt8(ascii: "."), MatchBytes.isDigit(text[end + 1]) { return nil }
        // A separator that did not lead to a group it accepted does not belong to the number.
        separators = Array(separators.prefix(max(0, groups.count - 1)))
        return fits(groups: groups, separators: separators, international: international, parenthesized: parenthesized)
            ? end : nil
    }

    private static func fits(groups: [Int], separators: [UInt8], international: Bool, parenthesized: Bool) -> Bool {
        let digits = groups.reduce(0, +)
        if international { return (8...15).contains(digits) && groups.count >= 2 }
        if parenthesized { return (9...15).contains(digits) && groups.count >= 2 }
        if groups == [3, 4], separators == [UInt8(ascii: "-")] { return true }
        guard groups.count >= 3, (9...15).contains(digits), groups.allSatisfy({ $0 <= 4 }),
            let last = groups.last, last >= 3, let first = separators.first,
            separators.allSatisfy({ $0 == first })
        else { return false }
        if first == 0x20 { return groups == [3, 3, 4] }
        return true
    }

    private static func digitRun(_ text: [UInt8], from start: Int) -> Int {
        var index = start
        while index < text.count, MatchBytes.isDigit(text[index]) { index += 1 }
        return index - start
    }
}
