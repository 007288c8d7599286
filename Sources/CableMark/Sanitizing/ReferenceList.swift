import Foundation

/// Tells a REF field that lists references ("A. LIMA 994 B. LIMA 513 C. STATE 12345 (NOTAL)")
/// from one that ran on into other text, which in a cable above the release level must not be
/// released unmarked.
enum ReferenceList {
    /// Words an item may have: "LIMA 3259 (06)", "06 STATE 226504 (NOTAL)", "Dar es Salaam 2602".
    static let maximumWordsPerItem = 8
    /// Words the whole field may have.
    static let maximumWords = 60

    /// Lower-case words a reference may hold: joining words and those of place names.
    static let smallWords: Set<String> = [
        "and", "of", "the", "es", "el", "la", "de", "da", "do", "al", "dated", "para", "paras",
    ]

    /// True when every item — the text between "A.", "B)", "¶C." labels, commas and semicolons —
    /// has a number and at most `maximumWordsPerItem` words, and every word is a number, a
    /// capitalised word, a joining word or punctuation: a list of cables, not a sentence.
    static func looksLikeReferences(_ text: String) -> Bool {
        var items: [[Substring]] = [[]]
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
            let word = raw.drop { $0 == "¶" || $0 == "(" || $0 == "[" }
            if isLabel(word) {
                if !(items.last?.isEmpty ?? true) { items.append([]) }
                continue
            }
            guard isReferenceWord(word) else { return false }
            items[items.count - 1].append(word)
            if raw.last == "," || raw.last == ";" { items.append([]) }
        }
        let filled = items.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.map(\.count).reduce(0, +) <= maximumWords
            && filled.allSatisfy { item in
                item.count <= maximumWordsPerItem && item.contains { $0.utf8.contains(where: MatchBytes.isDigit) }
            }
    }

    /// "A.", "B)", "C": a one-letter item label.
    private static func isLabel(_ word: Substring) -> Bool {
        let letters = word.utf8.filter(MatchBytes.isLetter)
        guard letters.count == 1, word.utf8.count <= 2 else { return false }
        return word.utf8.allSatisfy { MatchBytes.isLetter($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") }
    }

    private static func isReferenceWord(_ word: Substring) -> Bool {
        guard let first = word.utf8.first(where: { MatchBytes.isLetter($0) || MatchBytes.isDigit($0) }) else {
            return true  // punctuation: "--", "/"
        }
        if word.utf8.contains(where: MatchBytes.isDigit) || MatchBytes.isUpper(first) { return true }
        return smallWords.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }
}
