/// The distinctive text of withheld portions, as runs of consecutive words ("shingles") hashed
/// into a set, so that a public version can be searched for any of them in one pass over its
/// words.
///
/// Words are compared normalised: runs of letters and digits (every byte of a non-ASCII
/// character counts as a letter), ASCII case-folded; punctuation and white space only separate
/// words, so "Peru's" and "PERU,S" read the same.
///
/// A text is read once into its word hashes (`wordHashes`); a caller that searches or adds the
/// same text more than once keeps them, rather than reading the text again.
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

    mutating func insert(_ text: String) { insert(words: Self.wordHashes(text)) }

    /// Adds the shingles of a text read into `words` (`wordHashes`).
    mutating func insert(words: [UInt64]) {
        guard words.count >= Self.minimumWords else { return }
        insert(words, size: min(Self.length, words.count))
    }

    /// Adds the shingles of several texts read into word hashes, with room made for all of
    /// them at once (a set grown one text at a time copies itself over and over).
    mutating func insert(contentsOf texts: [[UInt64]]) {
        reserve(for: texts) { $0 >= Self.minimumWords ? min(Self.length, $0) : nil }
        for words in texts { insert(words: words) }
    }

    /// Adds the runs of exactly `length` words of each of `texts` (read into word hashes); a
    /// shorter text adds nothing.
    mutating func insertRuns(contentsOf texts: [[UInt64]]) {
        reserve(for: texts) { $0 >= Self.length ? Self.length : nil }
        for words in texts where words.count >= Self.length { insert(words, size: Self.length) }
    }

    /// Makes room for the shingles of `texts`, `size` giving the shingle length a text of so
    /// many words adds (nil: none).
    private mutating func reserve(for texts: [[UInt64]], size: (Int) -> Int?) {
        var counts = Array(repeating: 0, count: hashes.count)
        for words in texts {
            if let size = size(words.count) { counts[size - Self.minimumWords] += words.count - size + 1 }
        }
        for (index, count) in counts.enumerated() where count > 0 { hashes[index].reserveCapacity(count) }
    }

    private mutating func insert(_ words: [UInt64], size: Int) {
        let count = words.count - size + 1
        let shingles = [UInt64](unsafeUninitializedCapacity: count) { shingles, initialized in
            words.withUnsafeBufferPointer { words in
                for start in 0..<count { shingles[start] = Self.combine(words, start, size) }
            }
            initialized = count
        }
        hashes[size - Self.minimumWords].insert(contentsOf: shingles)
    }

    /// Forgets every shingle that `text` holds: text the public version carries by right (its
    /// header lines) may stand inside a withheld paragraph, as when a cable's second section
    /// repeats the E.O. and TAGS lines.
    mutating func remove(shinglesOf text: String) { remove(shinglesOf: Self.wordHashes(text)) }

    /// Forgets every shingle of a text read into `words` (`wordHashes`).
    mutating func remove(shinglesOf words: [UInt64]) {
        for size in Self.minimumWords...Self.length where words.count >= size && !hashes[size - Self.minimumWords].isEmpty {
            words.withUnsafeBufferPointer { words in
                for start in 0...(words.count - size) { hashes[size - Self.minimumWords].remove(Self.combine(words, start, size)) }
            }
        }
    }

    /// The first stretch of `text` (byte range) that repeats a shingle, or nil.
    func firstHit(in text: [UInt8]) -> Range<Int>? {
        guard !isEmpty else { return nil }
        return text.withUnsafeBufferPointer { bytes in
            firstHit(words: Self.wordHashes(bytes)).map { Self.byteRange(ofWords: $0, in: bytes) }
        }
    }

    /// The first run of words (indices into `words`, a text's `wordHashes`) that repeats a
    /// shingle, or nil.
    func firstHit(words: [UInt64]) -> Range<Int>? {
        words.withUnsafeBufferPointer { words in
            for size in (Self.minimumWords...Self.length).reversed() where words.count >= size {
                let set = hashes[size - Self.minimumWords]
                guard !set.isEmpty else { continue }
                for start in 0...(words.count - size) where set.contains(Self.combine(words, start, size)) {
                    return start..<(start + size)
                }
            }
            return nil
        }
    }

    func contains(anyOf text: String) -> Bool { !isEmpty && firstHit(words: Self.wordHashes(text)) != nil }

    func contains(anyOf words: [UInt64]) -> Bool { firstHit(words: words) != nil }

    /// The hash of the normalised form (FNV-1a) of every word of `text`, in order.
    static func wordHashes(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8(wordHashes)
    }

    static func wordHashes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var words: [UInt64] = []
        // About one word in six bytes of prose; enough that the array seldom grows.
        words.reserveCapacity(text.count / 4 + 1)
        foldedWordBytes.withUnsafeBufferPointer { folded in
            var index = 0
            while index < text.count {
                guard folded[Int(text[index])] != 0 else {
                    index += 1
                    continue
                }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                while index < text.count, case let byte = folded[Int(text[index])], byte != 0 {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    index += 1
                }
                words.append(hash)
            }
        }
        return words
    }

    /// Each byte as a word compares it (`MatchBytes.lowercased`), 0 for a byte that is not a
    /// word's (`MatchBytes.isWordByte`): one look-up per byte.
    private static let foldedWordBytes: [UInt8] = (0...UInt8.max).map {
        MatchBytes.isWordByte($0) ? MatchBytes.lowercased($0) : 0
    }

    /// The bytes of `text` the words `words` (indices, as `wordHashes` numbers them) take, from
    /// the first byte of the first to the last byte of the last.
    static func byteRange(ofWords words: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var word = 0
        var index = 0
        var start = 0
        while index < text.count {
            guard MatchBytes.isWordByte(text[index]) else {
                index += 1
                continue
            }
            if word == words.lowerBound { start = index }
            while index < text.count, MatchBytes.isWordByte(text[index]) { index += 1 }
            if word == words.upperBound - 1 { return start..<index }
            word += 1
        }
        return start..<index
    }

    /// The hash of the shingle of `size` words from `words[start]`.
    private static func combine(_ words: UnsafeBufferPointer<UInt64>, _ start: Int, _ size: Int) -> UInt64 {
        var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
        for word in words[start..<(start + size)] {
            hash = (hash &* 0x0000_0100_0000_01b3) ^ word
            hash ^= hash >> 29
        }
        return hash
    }
}
