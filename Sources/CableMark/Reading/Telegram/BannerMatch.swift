/// Recognises a classification line: "C O N F I D E N T I A L SECTION 01 OF 03 LIMA 004377",
/// "UNCLAS SENSITIVE STATE 105125", "SECRET", "LIMITED OFFICIAL USE ROME 1234".
struct BannerMatch {
    /// Index where the classification words start.
    var markingStart: Int
    /// Index just after the classification words (compound words included).
    var markingEnd: Int
    /// Letters of the level words, spaces removed: "CONFIDENTIAL", "TOPSECRET", "UNCLAS".
    var levelWord: String
    var level: ClassificationLevel?
    var isMisspelled = false
    var isEFTO = false
    var isLOU = false
    var compoundWords: [String] = []
    var section: Int?
    var sectionCount: Int?
    /// Handling markers written on the classification line itself ("S E C R E T//NOFORN"):
    /// captions, not part of the classification.
    var captions: [(name: String, start: Int, end: Int)] = []
    /// Origin and serial as written after the marking ("LIMA 004377"), empty when absent.
    var reference: String = ""
    /// Index just after the banner proper; what follows on the line (glued captions) is not part
    /// of it.
    var end: Int
}

extension TextBytes {
    /// Matches a classification line starting at `index` (leading spaces allowed).
    func bannerMatch(_ line: TextLine) -> BannerMatch? {
        let start = skipCSVDebris(skipSpaces(line.start, line.end), line.end)
        guard start < line.end, Self.isLetter(bytes[start]) else { return nil }
        guard var match = levelWords(at: start, line.end) else { return nil }
        var index = match.markingEnd
        // Compound words, EFTO and handling markers directly after the level.
        while true {
            let next = skipSpaces(index, line.end)
            if let marker = handlingMarker(at: next, line.end) {
                match.captions.append(marker)
                index = marker.end
            } else if let (word, wordEnd) = compoundWord(at: next, line.end) {
                if word == "EFTO" { match.isEFTO = true } else { match.compoundWords.append(word) }
                if word == "LOU" { match.isLOU = true }
                index = wordEnd
                match.markingEnd = wordEnd
            } else {
                break
            }
        }
        match.end = index
        // SECTION nn OF mm.
        var position = skipSpaces(index, line.end)
        if matchesWord("SECTION", at: position, line.end),
            let (section, afterSection) = number(at: skipSpaces(position + 7, line.end), line.end).map({ ($0.value, $0.end) })
        {
            let ofStart = skipSpaces(afterSection, line.end)
            if matchesWord("OF", at: ofStart, line.end),
                let count = number(at: skipSpaces(ofStart + 2, line.end), line.end)
            {
                match.section = section
                match.sectionCount = count.value
                position = skipSpaces(count.end, line.end)
                match.end = count.end
            }
        }
        // Origin words then a serial number ("LIMA 002181"); glued text after the serial
        // ("000081SIPDIS") is left for the header scanner.
        let referenceStart = position
        var sawWord = false
        while position < line.end {
            let byte = bytes[position]
            if Self.isDigit(byte) {
                guard sawWord, let serial = number(at: position, line.end, maxDigits: 12) else { break }
                match.reference = folded(referenceStart, serial.end)
                match.end = serial.end
                break
            } else if Self.isLetter(byte) {
                sawWord = true
            } else if !(Self.isSpace(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "/"))
            {
                break
            }
            position += 1
        }
        return match
    }

    /// The level words at `index`: spaced ("S E C R E T") or not, any case.
    private func levelWords(at index: Int, _ end: Int) -> BannerMatch? {
        // Most lines are rejected on their first letter, each level word tried only where its
        // first letter stands, and letters gathered as spaced ones only when a space follows the
        // first (fewer than five spaced letters spell no level).
        let first = Self.upper(bytes[index])
        guard first == UInt8(ascii: "C") || first == UInt8(ascii: "S") || first == UInt8(ascii: "T")
            || first == UInt8(ascii: "U") || first == UInt8(ascii: "L")
        else { return nil }
        let spaced = index + 1 < end && bytes[index + 1] == 0x20 ? spacedLetters(at: index, end) : nil
        let word: String
        let wordEnd: Int
        if let spaced, spaced.letters.count >= 5, ["CON", "SEC", "TOP", "UNC"].contains(String(spaced.letters.prefix(3))) {
            word = spaced.letters
            wordEnd = spaced.end
        } else if first == UInt8(ascii: "U"), matchesWord("UNCLASSIFIED", at: index, end) {
            (word, wordEnd) = ("UNCLASSIFIED", index + 12)
        } else if first == UInt8(ascii: "U"), matchesWord("UNCLAS", at: index, end) {
            (word, wordEnd) = ("UNCLAS", index + 6)
        } else if first == UInt8(ascii: "C"), matchesWord("CONFIDENTIAL", at: index, end) {
            (word, wordEnd) = ("CONFIDENTIAL", index + 12)
        } else if first == UInt8(ascii: "S"), matchesWord("SECRET", at: index, end) {
            (word, wordEnd) = ("SECRET", index + 6)
        } else if first == UInt8(ascii: "T"), matches("TOP", at: index, end),
            matchesWord("SECRET", at: skipSpaces(index + 3, end), end), skipSpaces(index + 3, end) > index + 3
        {
            (word, wordEnd) = ("TOPSECRET", skipSpaces(index + 3, end) + 6)
        } else if first == UInt8(ascii: "L"), matchesWord("LIMITED", at: index, end),
            matchesWord("OFFICIAL", at: skipSpaces(index + 7, end), end),
            matchesWord("USE", at: skipSpaces(skipSpaces(index + 7, end) + 8, end), end)
        {
            (word, wordEnd) = ("LOU", skipSpaces(skipSpaces(index + 7, end) + 8, end) + 3)
        } else {
            return nil
        }
        let level: ClassificationLevel?
        switch word {
        case "UNCLAS", "UNCLASSIFIED", "LOU": level = .unclassified
        case "CONFIDENTIAL": level = .confidential
        case "SECRET": level = .secret
        case "TOPSECRET": level = .topSecret
        // Spaced letters run on into a handling marker ("S E C R E T N O F O R N"): the level
        // the letters spell; the line is still an invalid one.
        default: level = Self.spacedLevels.first { word.hasPrefix($0.letters) }?.level
        }
        // Spaced letters that spell no level ("C O N F I D E N I A L") still make a banner line:
        // an invalid one.
        var match = BannerMatch(
            markingStart: index, markingEnd: wordEnd, levelWord: word, level: level, end: wordEnd)
        match.isLOU = word == "LOU"
        // The NOFORN those letters ran into is still the cable's handling marker.
        if let spelled = Self.spacedLevels.first(where: { word.hasPrefix($0.letters) }),
            word.dropFirst(spelled.letters.count) == "NOFORN"
        {
            match.captions.append(("NOFORN", letter(spelled.letters.count, from: index, end), wordEnd))
        }
        return match
    }

    /// Where the letter numbered `count` (from 0) of spaced letters starting at `index` stands.
    private func letter(_ count: Int, from index: Int, _ end: Int) -> Int {
        var seen = 0
        var position = index
        while position < end {
            if Self.isLetter(bytes[position]) {
                if seen == count { return position }
                seen += 1
            }
            position += 1
        }
        return end
    }

    /// Skips the quotes and comma a CSV export left before the line ('","C O N F I D E N T I A L').
    func skipCSVDebris(_ index: Int, _ end: Int) -> Int {
        var position = index
        while position < end, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: ",") {
            position += 1
        }
        guard position > index else { return index }
        let debris = bytes[index..<position]
        guard debris.contains(UInt8(ascii: ",")), debris.contains(UInt8(ascii: "\"")) else { return index }
        return skipSpaces(position, end)
    }

    private static let spacedLevels: [(letters: String, level: ClassificationLevel)] = [
        ("TOPSECRET", .topSecret), ("CONFIDENTIAL", .confidential), ("SECRET", .secret), ("UNCLASSIFIED", .unclassified),
    ]

    /// Single letters separated by one or two spaces: "C O N F I D E N T I A L".
    private func spacedLetters(at index: Int, _ end: Int) -> (letters: String, end: Int) {
        var letters: [UInt8] = []
        var position = index
        var lastLetterEnd = index
        while position < end, Self.isLetter(bytes[position]),
            position + 1 >= end || !Self.isLetter(bytes[position + 1])
        {
            letters.append(Self.upper(bytes[position]))
            lastLetterEnd = position + 1
            var next = position + 1
            var spaces = 0
            while next < end, bytes[next] == 0x20, spaces < 2 {
                next += 1
                spaces += 1
            }
            guard spaces > 0 else { break }
            position = next
        }
        return (String(decoding: letters, as: UTF8.self), lastLetterEnd)
    }

    /// NOFORN after the level, alone or joined with slashes ("S E C R E T//NOFORN").
    private func handlingMarker(at index: Int, _ end: Int) -> (name: String, start: Int, end: Int)? {
        var start = index
        while start < end, bytes[start] == UInt8(ascii: "/") { start += 1 }
        guard matchesWord("NOFORN", at: start, end) else { return nil }
        return ("NOFORN", start, start + 6)
    }

    /// Words that may follow the level on the line: EFTO (also spaced, "E F T O"), SENSITIVE,
    /// SBU, LOU.
    private func compoundWord(at index: Int, _ end: Int) -> (String, Int)? {
        var start = index
        // "SECRET//SBU"-style joins: skip the slashes.
        while start < end, bytes[start] == UInt8(ascii: "/") { start += 1 }
        let spaced = spacedLetters(at: start, end)
        if spaced.letters == "EFTO" { return ("EFTO", spaced.end) }
        for word: StaticString in ["EFTO", "SENSITIVE", "SBU", "LOU"] where matchesWord(word, at: start, end) {
            return (word.description, start + word.utf8CodeUnitCount)
        }
        if matchesWord("LIMITED", at: start, end), matchesWord("OFFICIAL", at: skipSpaces(start + 7, end), end) {
            let useStart = skipSpaces(skipSpaces(start + 7, end) + 8, end)
            if matchesWord("USE", at: useStart, end) { return ("LOU", useStart + 3) }
        }
        return nil
    }
}
