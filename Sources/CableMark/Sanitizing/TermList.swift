/// A user's list of words and phrases to take out ("Monique Ramgoolie", "Operation Blue"): each
/// matched as whole words, a space in a term matching any run of white space, ASCII letters
/// compared case-insensitively unless the rule says otherwise.
public struct TermList: Sendable {
    public let terms: [String]
    public let caseSensitive: Bool
    /// The terms as the scan compares them: folded spaces, lower-cased unless case-sensitive,
    /// longest first so that "New York City" wins over "New York".
    private let needles: [[UInt8]]

    public init(terms: [String], caseSensitive: Bool) {
        self.terms = terms
        self.caseSensitive = caseSensitive
        needles = terms.map { term in
            let folded = Array(ContainerBytes.foldedString(Array(term.utf8)).utf8)
            return caseSensitive ? folded : folded.map(MatchBytes.lowercased)
        }
        .filter { !$0.isEmpty }
        .sorted { $0.count > $1.count }
    }

    func matches(in text: [UInt8]) -> [Range<Int>] {
        guard !needles.isEmpty else { return [] }
        let haystack = caseSensitive ? text : text.map(MatchBytes.lowercased)
        var found: [Range<Int>] = []
        var index = 0
        scanning: while index < haystack.count {
            if index == 0 || !MatchBytes.isWordByte(haystack[index - 1]) {
                for needle in needles {
                    if let end = match(needle, in: haystack, at: index), MatchBytes.isWholeWord(haystack, index, end) {
                        found.append(index..<end)
                        index = end
                        continue scanning
                    }
                }
            }
            index += 1
        }
        return found
    }

    /// The end of `needle` at `start`, a space in it matching one or more spaces of the text.
    private func match(_ needle: [UInt8], in text: [UInt8], at start: Int) -> Int? {
        var position = start
        for byte in needle {
            guard position < text.count else { return nil }
            if byte == 0x20 {
                guard ContainerBytes.isWhitespace(text[position]) else { return nil }
                while position < text.count, ContainerBytes.isWhitespace(text[position]) { position += 1 }
            } else {
                guard text[position] == byte else { return nil }
                position += 1
            }
        }
        return position
    }
}
