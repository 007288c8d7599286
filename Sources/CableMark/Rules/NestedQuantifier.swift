/// Finds a repeated group that itself holds a quantifier, as in `(\w+\s?)*` or `(.*a){25}`: the
/// shape that makes a backtracking matcher (ICU's, and libxml2's for counted groups) take time
/// exponential in the text's length. Rule sets and policies that contain one are refused when
/// loaded. Reads both dialects we accept (XML Schema's and ICU's): escapes, character classes,
/// groups, `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, lazy and possessive suffixes.
enum NestedQuantifier {
    /// The load-time message for a pattern that holds `group`.
    static func problem(_ group: String, in pattern: String) -> String {
        "the regular expression '\(pattern)' repeats a group that holds a quantifier (\(group)), which can take "
            + "exponential time; write the group without the inner quantifier or without the outer one"
    }

    /// The nested group as written, or nil when the pattern has none.
    static func first(in pattern: String) -> String? {
        let characters = Array(pattern)
        // For each open group: where it starts, and whether a quantifier stands inside it.
        var open: [(start: Int, quantified: Bool)] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                index += 2
                continue
            case "[":
                index = classEnd(characters, from: index)
                continue
            case "(":
                open.append((index, false))
                index += 1
                // A group's "?:" / "?=" / "?<name>" prefix is no quantifier.
                if index < characters.count, characters[index] == "?" {
                    index += 1
                    while index < characters.count, !":=!>)".contains(characters[index]) { index += 1 }
                    if index < characters.count, characters[index] != ")" { index += 1 }
                }
                continue
            case ")":
                index += 1
                guard let group = open.popLast() else { continue }
                let (repeats, length) = quantifier(characters, at: index)
                if repeats.many, group.quantified { return String(characters[group.start..<(index + length)]) }
                if repeats.any || group.quantified, !open.isEmpty { open[open.count - 1].quantified = true }
                index += length
                continue
            default:
                let (repeats, length) = quantifier(characters, at: index)
                if repeats.any {
                    if !open.isEmpty { open[open.count - 1].quantified = true }
                    index += length
                    continue
                }
            }
            index += 1
        }
        return nil
    }

    /// The quantifier at `index`, if any: whether it lets its operand match a varying number of
    /// times (`any`), whether more than once (`many`), and its length with a lazy/possessive suffix.
    private static func quantifier(_ characters: [Character], at index: Int) -> (repeats: (any: Bool, many: Bool), length: Int) {
        guard index < characters.count else { return ((false, false), 0) }
        var length = 0
        var repeats = (any: false, many: false)
        switch characters[index] {
        case "*", "+":
            repeats = (true, true)
            length = 1
        case "?":
            repeats = (true, false)
            length = 1
        case "{":
            guard let close = characters[index...].firstIndex(of: "}") else { return ((false, false), 0) }
            let bounds = String(characters[(index + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), let low = Int(bounds[0]) else { return ((false, false), 0) }
            let high = bounds.count == 1 ? low : (bounds[1].isEmpty ? Int.max : Int(bounds[1]) ?? low)
            repeats = (low != high, high > 1)
            length = close - index + 1
        default:
            return ((false, false), 0)
        }
        if index + length < characters.count, "?+".contains(characters[index + length]) { length += 1 }
        return (repeats, length)
    }

    /// The index after the character class that opens at `start` (nested classes, as XML Schema's
    /// subtractions `[a-z-[aeiou]]` and ICU's sets, included).
    private static func classEnd(_ characters: [Character], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return characters.count
    }
}
