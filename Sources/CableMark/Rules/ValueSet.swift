/// The values of allowed-values, forbidden-values and required-value checks: `<value>`s (a
/// trailing * matches any rest; `from`/`until` limit a value to cables of those dates),
/// vocabulary files (`<list file=>`), and XML Schema regular expressions (`<pattern>`).
struct ValueSet: Sendable {
    /// Value → the cable dates it belongs to the set (several when listed more than once).
    private var exact: [String: [DateWindow]] = [:]
    /// The keys of `exact` by their length in bytes, with their bytes: a suggestion is at most
    /// one byte longer or shorter, so `nearest` looks at three lengths, not the whole set.
    private var exactByLength: [Int: [(text: String, bytes: [UInt8])]] = [:]
    private var prefixes: [(text: String, window: DateWindow)] = []
    private var patterns: [XMLRegularExpression] = []
    /// Compare upper-cased values (patterns then see the upper-cased value).
    let ignoreCase: Bool

    init(ignoreCase: Bool) {
        self.ignoreCase = ignoreCase
    }

    var isEmpty: Bool { exact.isEmpty && prefixes.isEmpty && patterns.isEmpty }

    private func normalized(_ value: String) -> String { ignoreCase ? value.uppercased() : value }

    mutating func add(_ value: String, window: DateWindow = .always) {
        let value = normalized(value)
        if value.hasSuffix("*") {
            prefixes.append((String(value.dropLast()), window))
        } else {
            if exact[value] == nil { exactByLength[value.utf8.count, default: []].append((value, Array(value.utf8))) }
            exact[value, default: []].append(window)
        }
    }

    mutating func add(_ pattern: XMLRegularExpression) {
        patterns.append(pattern)
    }

    /// Whether `value` is in the set for a cable of `date`, on some day the date may be: what a
    /// check that fires on values outside the set asks, so that an imprecise date raises no
    /// finding (a windowed value counts when the date is unknown).
    func contains(_ value: String, onSomeDayOf date: CableDate?) -> Bool {
        contains(value) { $0.overlaps(date) }
    }

    /// Whether `value` is in the set for a cable of `date`, on every day the date may be: what a
    /// check that fires on values in the set asks (a windowed value counts when the date is
    /// unknown).
    func contains(_ value: String, onEveryDayOf date: CableDate?) -> Bool {
        contains(value) { $0.contains(date) }
    }

    private func contains(_ value: String, where inWindow: (DateWindow) -> Bool) -> Bool {
        let value = normalized(value)
        if let windows = exact[value], windows.contains(where: inWindow) { return true }
        if prefixes.contains(where: { value.hasPrefix($0.text) && inWindow($0.window) }) { return true }
        return patterns.contains { $0.matches(value) }
    }

    /// The listed value a likely typo of `value` was meant to be: two neighbouring letters
    /// swapped ("EIAD" → EAID) before one letter added, dropped or changed ("KMARR" → MARR);
    /// among equals, one of the same kind (a K program tag for a K value, the same length), then
    /// the alphabetically first. Nothing further away is suggested: two edits is another tag.
    func nearest(to value: String) -> String? {
        let target = Array(normalized(value).utf8)
        var best: (rank: Int, value: String)?
        let lengths = (target.count - 1)...(target.count + 1)
        for (candidate, bytes) in lengths.flatMap({ exactByLength[$0] ?? [] }) {
            let closeness: Int
            if Self.isSwap(target, bytes) {
                closeness = 0
            } else if Self.isOneEdit(target, bytes) {
                closeness = 1
            } else {
                continue
            }
            let sameKind = bytes.count == target.count && (bytes.first == UInt8(ascii: "K")) == (target.first == UInt8(ascii: "K"))
            let rank = closeness * 2 + (sameKind ? 0 : 1)
            if best == nil || rank < best!.rank || (rank == best!.rank && candidate < best!.value) {
                best = (rank, candidate)
            }
        }
        return best?.value
    }

    /// True when `rhs` is `lhs` with two neighbouring letters swapped.
    static func isSwap(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count, let first = lhs.indices.first(where: { lhs[$0] != rhs[$0] }),
            first + 1 < lhs.count, lhs[first] == rhs[first + 1], lhs[first + 1] == rhs[first]
        else { return false }
        return lhs[(first + 2)...] == rhs[(first + 2)...]
    }

    /// True when `lhs` and `rhs` are one edit apart (Levenshtein distance exactly 1): one byte
    /// changed, added or dropped. Walked from both ends, with nothing allocated: `nearest` asks
    /// it of every listed value about as long as each unknown one.
    static func isOneEdit(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        let (short, long) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
        guard long.count - short.count <= 1 else { return false }
        var prefix = 0
        while prefix < short.count, short[prefix] == long[prefix] { prefix += 1 }
        if short.count == long.count, prefix == short.count { return false }  // the same bytes
        var suffix = 0
        while suffix < short.count - prefix, short[short.count - 1 - suffix] == long[long.count - 1 - suffix] {
            suffix += 1
        }
        // What is left between the shared ends: one byte of each (a change), or one byte of the
        // longer alone (an addition).
        return prefix + suffix >= short.count - (short.count == long.count ? 1 : 0)
    }
}

/// Reads a vocabulary file: one value a line; blank lines and text after "#" are ignored.
enum Vocabulary {
    static func values(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let value = (line.firstIndex(of: "#").map { line[..<$0] } ?? line).trimmingSpaces()
            return value.isEmpty ? nil : value
        }
    }
}
