/// A user's list of words and phrases to take out ("Monique Ramgoolie", "Operation Blue"): each
/// matched as whole words, a space in a term matching any run of white space, ASCII letters
/// compared case-insensitively unless the rule says otherwise.
public struct TermList: Sendable {
    public let terms: [String]
    public let caseSensitive: Bool
    /// The terms as the scan compares them: folded spaces, lower-cased unless case-sensitive,
    /// longest first so that "New York City" wins over "New York". A folded term neither starts
    /// nor ends with a space.
    private let needles: [[UInt8]]
    /// The needles that may start at a text byte, by the byte as compared (lower-cased unless
    /// case-sensitive): `needlesByFirstByte[firstNeedle[byte]..<firstNeedle[byte + 1]]`, longest
    /// first, so that the scan tries at each word start only the terms that can match there.
    private let firstNeedle: [Int]
    private let needlesByFirstByte: [Int]
    /// Whether a needle may start at a text byte, by the byte as it stands in the text: the scan
    /// steps over the bytes no needle starts with without looking further.
    private let startsNeedle: [Bool]

    public init(terms: [String], caseSensitive: Bool) {
        self.terms = terms
        self.caseSensitive = caseSensitive
        let needles = terms.map { Self.needle($0, caseSensitive: caseSensitive) }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
        // A counting sort by first byte, keeping the longest-first order within each byte.
        var firstNeedle = [Int](repeating: 0, count: 257)
        for needle in needles { firstNeedle[Int(needle[0]) + 1] += 1 }
        for byte in 0..<256 { firstNeedle[byte + 1] += firstNeedle[byte] }
        var next = firstNeedle
        var needlesByFirstByte = [Int](repeating: 0, count: needles.count)
        for (index, needle) in needles.enumerated() {
            needlesByFirstByte[next[Int(needle[0])]] = index
            next[Int(needle[0])] += 1
        }
        self.needles = needles
        self.firstNeedle = firstNeedle
        self.needlesByFirstByte = needlesByFirstByte
        startsNeedle = (0...UInt8.max).map { byte in
            let compared = Int(caseSensitive ? byte : MatchBytes.lowercased(byte))
            return firstNeedle[compared] < firstNeedle[compared + 1]
        }
    }

    /// `term` as the scan compares it: folded spaces, lower-cased unless case-sensitive.
    private static func needle(_ term: String, caseSensitive: Bool) -> [UInt8] {
        var needle = Array(ContainerBytes.foldedString(term.utf8).utf8)
        if !caseSensitive {
            for index in needle.indices { needle[index] = MatchBytes.lowercased(needle[index]) }
        }
        return needle
    }

    func matches(in text: [UInt8]) -> [Range<Int>] {
        guard !needles.isEmpty else { return [] }
        return text.withUnsafeBufferPointer { haystack in
            firstNeedle.withUnsafeBufferPointer { firstNeedle in
                startsNeedle.withUnsafeBufferPointer { startsNeedle in
                    matches(in: haystack, firstNeedle: firstNeedle, startsNeedle: startsNeedle)
                }
            }
        }
    }

    private func matches(
        in haystack: UnsafeBufferPointer<UInt8>, firstNeedle: UnsafeBufferPointer<Int>, startsNeedle: UnsafeBufferPointer<Bool>
    ) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        scanning: while index < haystack.count {
            guard startsNeedle[Int(haystack[index])] else {
                index += 1
                continue
            }
            let byte = Int(caseSensitive ? haystack[index] : MatchBytes.lowercased(haystack[index]))
            let candidates = firstNeedle[byte]..<firstNeedle[byte + 1]
            if index == 0 || !MatchBytes.isWordByte(haystack[index - 1]) {
                for candidate in candidates {
                    if let end = match(needles[needlesByFirstByte[candidate]], in: haystack, at: index),
                        end >= haystack.count || !MatchBytes.isWordByte(haystack[end])
                    {
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
    private func match(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var position = start
        for byte in needle {
            guard position < text.count else { return nil }
            if byte == 0x20 {
                guard ContainerBytes.isWhitespace(text[position]) else { return nil }
                while position < text.count, ContainerBytes.isWhitespace(text[position]) { position += 1 }
            } else {
                guard (caseSensitive ? text[position] : MatchBytes.lowercased(text[position])) == byte else { return nil }
                position += 1
            }
        }
        return position
    }
}
