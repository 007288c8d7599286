/// Classification lines whose level words are misspelled or mis-spaced: "CONFIDENTAIL LIMA
/// 002181", "O N F I D E N T I A L SECTION 01 OF 04 PARIS 004247", "CO N F I D E N T I A L ...".
extension TextBytes {
    /// Level words as they must be spelled, letters only.
    private static let levelSpellings: [(String, ClassificationLevel)] = [
        ("UNCLASSIFIED", .unclassified), ("UNCLAS", .unclassified), ("CONFIDENTIAL", .confidential),
        ("SECRET", .secret), ("TOPSECRET", .topSecret),
    ]

    /// Labels of a routing header's address lines ("FM AMEMBASSY LIMA", "TO SECSTATE WASHDC
    /// IMMEDIATE 4650", "INFO …"): such a line is never a classification line, however its words
    /// are spelled.
    private static let addressLabels: [StaticString] = ["FM", "FROM", "TO", "INFO"]

    /// Reads a line shaped like a classification line (capitals, then a place and a serial) whose
    /// first words come within two edits of a level word. The match has `isMisspelled` set and the
    /// level the words were meant to be; nil level when they resemble none.
    func misspelledBanner(_ line: TextLine) -> BannerMatch? {
        let start = skipCSVDebris(skipSpaces(line.start, line.end), line.end)
        guard start < line.end, line.end - start < 100, caption(at: start, line.end) == nil,
            headerMarker(at: start, line.end, atLineStart: true) == nil,
            !Self.addressLabels.contains(where: { matchesWord($0, at: start, line.end) })
        else { return nil }
        // Ends with a serial number after a space; capitals and spaces before it.
        var serialStart = line.end
        while serialStart > start, Self.isDigit(bytes[serialStart - 1]) { serialStart -= 1 }
        guard serialStart < line.end, line.end - serialStart >= 3, serialStart > start,
            bytes[serialStart - 1] == 0x20
        else { return nil }
        for index in start..<serialStart {
            let byte = bytes[index]
            guard (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || Self.isSpace(byte) || Self.isDigit(byte)
            else { return nil }
        }
        // Grow the marking word by word; keep the prefix closest to a level word.
        var best: (end: Int, level: ClassificationLevel, distance: Int)?
        var letters: [UInt8] = []
        var index = start
        while index < serialStart, letters.count <= 14 {
            let wordStart = skipSpaces(index, serialStart)
            var wordEnd = wordStart
            while wordEnd < serialStart, !Self.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd > wordStart else { break }
            letters += bytes[wordStart..<wordEnd]
            index = wordEnd
            for (spelling, level) in Self.levelSpellings where abs(spelling.utf8.count - letters.count) <= 2 {
                let distance = Self.editDistance(Array(spelling.utf8), letters)
                if distance <= 2, distance < (best?.distance ?? 3) { best = (wordEnd, level, distance) }
            }
        }
        let markingEnd = best?.end ?? {
            var end = start
            while end < serialStart, !Self.isSpace(bytes[end]) { end += 1 }
            return end
        }()
        var match = BannerMatch(
            markingStart: start, markingEnd: markingEnd, levelWord: lettersOnly(start, markingEnd),
            level: best?.level, reference: folded(markingEnd, line.end), end: line.end)
        match.isMisspelled = true
        return match
    }

    /// Levenshtein distance, for short words.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
