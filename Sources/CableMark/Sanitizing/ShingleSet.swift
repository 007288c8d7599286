/// The distinctive text of withheld portions, as runs of consecutive words ("shingles") hashed
/// into a set, so that a public version can be searched for any of them in one pass over its
/// words.
///
/// Words are compared normalised: runs of letters and digits (every byte of a non-ASCII
/// character counts as a letter), ASCII case-folded; punctuation and white space only separate
/// words, so "Peru's" and "PERU,S" read the same.
struct ShingleSet: Sendable {
    /// Words in a shingle.
    static let length = 8
    /// A withheld text shorter than `length` words is searched whole when it has at least this
    /// many words; shorter ones are too generic to search for ("Agreed.", "END SUMMARY.").
    static let minimumWords = 5

    /// Hashes of the shingles, by shingle length (`length`, or a short text's own length):
    /// element 0 holds those of `minimumWords` words, the last those of `length`.
    private var hashes = Array(repeating: FingerprintSet(), count: length - minimumWords + 1)

    var isEmpty: Bool { hashes.allSatisfy(\.isEmpty) }

    mutating func insert(_ text: String) {
        let words = Self.words(Array(text.utf8)).map(\.hash)
        guard words.count >= Self.minimumWords else { return }
        insert(words, size: min(Self.length, words.count))
    }

    /// Adds the runs of exactly `length` words of `text`; a shorter text adds nothing.
    mutating func insertRuns(_ text: [UInt8]) {
        let words = Self.words(text).map(\.hash)
        guard words.count >= Self.length else { return }
        insert(words, size: Self.length)
    }

    private mutating func insert(_ words: [UInt64], size: Int) {
        for start in 0...(words.count - size) {
            hashes[size - Self.minimumWords].insert(Self.combine(words[start..<(start + size)]))
        }
    }

    /// Forgets every shingle that `text` holds: text the public version carries by right (its
    /// header lines) may stand inside a withheld paragraph, as when a cable's second section
    /// repeats the E.O. and TAGS lines.
    mutating func remove(shinglesOf text: String) {
        let words = Self.words(Array(text.utf8)).map(\.hash)
        for size in Self.minimumWords...Self.length where words.count >= size && !hashes[size - Self.minimumWords].isEmpty {
            for start in 0...(words.count - size) {
                hashes[size - Self.minimumWords].remove(Self.combine(words[start..<(start + size)]))
            }
        }
    }

    /// The first stretch of `text` (byte range) that repeats a shingle, or nil.
    func firstHit(in text: [UInt8]) -> Range<Int>? {
        guard !isEmpty else { return nil }
        let words = Self.words(text)
        let wordHashes = words.map(\.hash)
        for size in (Self.minimumWords...Self.length).reversed() where words.count >= size {
            let set = hashes[size - Self.minimumWords]
            guard !set.isEmpty else { continue }
            for start in 0...(words.count - size) where set.contains(Self.combine(wordHashes[start..<(start + size)])) {
                return words[start].range.lowerBound..<words[start + size - 1].range.upperBound
            }
        }
        return nil
    }

    func contains(anyOf text: String) -> Bool { firstHit(in: Array(text.utf8)) != nil }

    /// Every word of `text`: its byte range and the hash of its normalised form (FNV-1a).
    static func words(_ text: [UInt8]) -> [(range: Range<Int>, hash: UInt64)] {
        var words: [(range: Range<Int>, hash: UInt64)] = []
        var index = 0
        while index < text.count {
            guard MatchBytes.isWordByte(text[index]) else {
                index += 1
                continue
            }
            let start = index
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < text.count, MatchBytes.isWordByte(text[index]) {
                hash = (hash ^ UInt64(MatchBytes.lowercased(text[index]))) &* 0x100_0000_01b3
                index += 1
            }
            words.append((start..<index, hash))
        }
        return words
    }

    private static func combine(_ words: ArraySlice<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
        for word in words {
            hash = (hash &* 0x0000_0100_0000_01b3) ^ word
            hash ^= hash >> 29
        }
        return hash
    }
}
