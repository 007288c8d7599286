/// An XML Schema regular expression built of ASCII characters, `.`, character classes, groups,
/// alternatives and quantifiers, compiled to a position automaton (Glushkov's: one state per
/// character the pattern names) and matched against a value in one pass over its bytes, every
/// character that is not ASCII read as one symbol (which `.` and negated classes hold). libxml2's
/// matcher backtracks: about 100,000 instructions for a 40-byte classifier against the
/// declassification rules' position pattern, where this takes a few thousand.
///
/// It is built only where its reading is certain; `init` gives nil, and libxml2 matches, for
/// anything else: multi-character escapes (`\d`, `\s`, `\p{…}`), class subtraction, `^` and `$`,
/// a `-` or `[` a class could read two ways, counted repeats of groups, empty branches, non-ASCII
/// or control characters in the pattern; and `matches` gives nil for a value that would cost it
/// more than `workPerByte` a byte. It matches as XML Schema defines, where libxml2 2.9.14
/// does not always: that version rejects "a" for `[^b]*[^c]` and "  " for `( {1,}| )`.
/// Its oracles in the tests are a matcher written there from the definitions and, on the rule
/// sets' own patterns over corpus text, libxml2.
struct PatternAutomaton: Sendable {
    /// Words per set of positions.
    private let words: Int
    /// Positions that may match a value's first byte.
    private let first: [UInt64]
    /// Positions that may match its last byte.
    private let last: [UInt64]
    /// Whether the pattern matches the empty value.
    private let nullable: Bool
    /// Per position (`words` words each): the positions that may match the byte after it.
    private let follow: [UInt64]
    /// Per symbol (`words` words each): the positions whose character or class holds it. The
    /// symbols are the 128 ASCII bytes and `otherSymbol`.
    private let holding: [UInt64]
    /// Any character that is not ASCII.
    private static let otherSymbol = 128

    /// Positions, and so states, a pattern may have; past this libxml2 matches it.
    static let positionLimit = 512
    /// The largest count a repeat (`{n,m}`) may give here.
    static let repeatLimit = 32
    /// Groups inside groups, at most: the parser and the construction recurse once a level.
    static let depthLimit = 32

    init?(_ pattern: String) {
        var parser = Parser(bytes: Array(pattern.utf8))
        guard let tree = parser.expression(), parser.index == parser.bytes.count, parser.classes.count > 0,
            parser.classes.count <= Self.positionLimit
        else { return nil }
        let classes = parser.classes
        words = (classes.count + 63) / 64
        var follow = [UInt64](repeating: 0, count: classes.count * words)
        let root = Self.glushkov(tree, words: words, follow: &follow)
        first = root.first
        last = root.last
        nullable = root.nullable
        self.follow = follow
        var holding = [UInt64](repeating: 0, count: (Self.otherSymbol + 1) * words)
        for (position, set) in classes.enumerated() {
            for symbol in 0...Self.otherSymbol where set.contains(symbol) {
                holding[symbol * words + position / 64] |= 1 << UInt64(position % 64)
            }
        }
        self.holding = holding
    }

    /// Word operations the matcher may spend a byte, on average (and `workAllowance` besides),
    /// before it leaves the value to libxml2: a pattern whose positions nearly all stay live
    /// ("(a|a|…|a)*X" over a long paragraph) costs it positions times words a byte, where
    /// libxml2's determinized automaton is cheaper. The rule sets' patterns never reach it on the
    /// corpus's text (PatternAutomatonTests).
    static let workPerByte = 64
    static let workAllowance = 4096

    /// Whether the whole of `text` matches; nil when matching it would cost more than
    /// `workPerByte` (libxml2 then matches it).
    func matches(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nullable }
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * words) { sets in
                let active = UnsafeMutableBufferPointer(rebasing: sets[0..<words])
                let matched = UnsafeMutableBufferPointer(rebasing: sets[words...])
                for word in 0..<words { active[word] = first[word] }
                var allowed = Self.workAllowance
                for byte in bytes {
                    allowed += Self.workPerByte
                    // A character that is not ASCII is one symbol, read at its first byte.
                    if byte & 0xC0 == 0x80 { continue }
                    let row = (byte < 0x80 ? Int(byte) : Self.otherSymbol) * words
                    var any: UInt64 = 0
                    for word in 0..<words {
                        matched[word] = active[word] & holding[row + word]
                        any |= matched[word]
                    }
                    guard any != 0 else { return false }
                    for word in 0..<words { active[word] = 0 }
                    for word in 0..<words {
                        var bits = matched[word]
                        allowed -= bits.nonzeroBitCount * words
                        while bits != 0 {
                            let from = (word * 64 + bits.trailingZeroBitCount) * words
                            for target in 0..<words { active[target] |= follow[from + target] }
                            bits &= bits - 1
                        }
                    }
                    if allowed < 0 { return nil }
                }
                var accepted: UInt64 = 0
                for word in 0..<words { accepted |= matched[word] & last[word] }
                return accepted != 0
            }
        }
    }

    // MARK: - Construction

    /// A pattern's tree; every `character` is one position, numbered in the order parsed.
    private indirect enum Node {
        case character(position: Int)
        case sequence([Node])
        case alternatives([Node])
        case star(Node)
        case plus(Node)
        case optional(Node)
    }

    private struct Sets {
        var nullable: Bool
        var first: [UInt64]
        var last: [UInt64]
    }

    /// Nullability and the first and last positions of `node`, adding to `follow` the positions
    /// that may come after each of its positions inside it.
    private static func glushkov(_ node: Node, words: Int, follow: inout [UInt64]) -> Sets {
        func union(_ lhs: [UInt64], _ rhs: [UInt64]) -> [UInt64] { zip(lhs, rhs).map { $0 | $1 } }
        func link(_ from: [UInt64], to targets: [UInt64]) {
            for word in 0..<words {
                var bits = from[word]
                while bits != 0 {
                    let position = word * 64 + bits.trailingZeroBitCount
                    for target in 0..<words { follow[position * words + target] |= targets[target] }
                    bits &= bits - 1
                }
            }
        }
        switch node {
        case .character(let position):
            var set = [UInt64](repeating: 0, count: words)
            set[position / 64] = 1 << UInt64(position % 64)
            return Sets(nullable: false, first: set, last: set)
        case .sequence(let parts):
            var result = Sets(nullable: true, first: .init(repeating: 0, count: words), last: .init(repeating: 0, count: words))
            for part in parts {
                let sets = glushkov(part, words: words, follow: &follow)
                link(result.last, to: sets.first)
                if result.nullable { result.first = union(result.first, sets.first) }
                result.last = sets.nullable ? union(result.last, sets.last) : sets.last
                result.nullable = result.nullable && sets.nullable
            }
            return result
        case .alternatives(let branches):
            var result = Sets(nullable: false, first: .init(repeating: 0, count: words), last: .init(repeating: 0, count: words))
            for branch in branches {
                let sets = glushkov(branch, words: words, follow: &follow)
                result.nullable = result.nullable || sets.nullable
                result.first = union(result.first, sets.first)
                result.last = union(result.last, sets.last)
            }
            return result
        case .star(let inner), .plus(let inner):
            var sets = glushkov(inner, words: words, follow: &follow)
            link(sets.last, to: sets.first)
            if case .star = node { sets.nullable = true }
            return sets
        case .optional(let inner):
            var sets = glushkov(inner, words: words, follow: &follow)
            sets.nullable = true
            return sets
        }
    }

    /// The symbols a character, `.` or class stands for: ASCII bytes, and whether any character
    /// that is not ASCII.
    private struct SymbolSet {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var other = false

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }

        func contains(_ symbol: Int) -> Bool {
            switch symbol {
            case 0..<64: low & (1 << UInt64(symbol)) != 0
            case 64..<128: high & (1 << UInt64(symbol - 64)) != 0
            default: other
            }
        }

        var inverted: SymbolSet { SymbolSet(low: ~low, high: ~high, other: !other) }
    }

    /// Reads the pattern; nil (the whole pattern left to libxml2) at anything outside the subset.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        /// The character set of each position, in position order.
        var classes: [SymbolSet] = []
        /// Groups open around the index.
        var depth = 0

        mutating func expression() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = branch() else { return nil }
                branches.append(branch)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "|") else { break }
                index += 1
            }
            return branches.count == 1 ? branches[0] : .alternatives(branches)
        }

        private mutating func branch() -> Node? {
            var pieces: [Node] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: "|"), bytes[index] != UInt8(ascii: ")") {
                guard let piece = piece() else { return nil }
                pieces.append(piece)
            }
            guard !pieces.isEmpty else { return nil }
            return pieces.count == 1 ? pieces[0] : .sequence(pieces)
        }

        private mutating func piece() -> Node? {
            let byte = bytes[index]
            var set: SymbolSet?
            var group: Node?
            switch byte {
            case UInt8(ascii: "("):
                index += 1
                depth += 1
                guard depth <= PatternAutomaton.depthLimit, let inner = expression(), index < bytes.count,
                    bytes[index] == UInt8(ascii: ")")
                else { return nil }
                depth -= 1
                index += 1
                group = inner
            case UInt8(ascii: "["):
                set = characterClass()
            case UInt8(ascii: "."):
                index += 1
                var dot = SymbolSet().inverted
                dot.low &= ~(1 << 0x0A | 1 << 0x0D)
                set = dot
            case UInt8(ascii: "\\"):
                guard let escaped = escape() else { return nil }
                var single = SymbolSet()
                single.insert(escaped)
                set = single
            default:
                guard Self.isPlain(byte) else { return nil }
                index += 1
                var single = SymbolSet()
                single.insert(byte)
                set = single
            }
            guard set != nil || group != nil else { return nil }
            return quantified(set: set, group: group)
        }

        /// The atom with the quantifier after it, if any. A counted repeat is written out as
        /// copies of the atom, each a position of its own; of a group, libxml2 alone reads it.
        private mutating func quantified(set: SymbolSet?, group: Node?) -> Node? {
            func atom() -> Node {
                if let group { return group }
                classes.append(set!)
                return .character(position: classes.count - 1)
            }
            guard index < bytes.count else { return atom() }
            let node: Node
            switch bytes[index] {
            case UInt8(ascii: "?"):
                index += 1
                node = .optional(atom())
            case UInt8(ascii: "*"):
                index += 1
                node = .star(atom())
            case UInt8(ascii: "+"):
                index += 1
                node = .plus(atom())
            case UInt8(ascii: "{"):
                guard group == nil, let (minimum, maximum) = repeatCounts() else { return nil }
                var copies: [Node] = (0..<minimum).map { _ in atom() }
                if let maximum {
                    copies += (minimum..<maximum).map { _ in .optional(atom()) }
                } else {
                    copies.append(.star(atom()))
                }
                node = copies.count == 1 ? copies[0] : .sequence(copies)
            default:
                return atom()
            }
            // A second quantifier ("a**", "a?{2}") is not read here.
            if index < bytes.count, Self.isQuantifier(bytes[index]) { return nil }
            return node
        }

        /// "{n}", "{n,}", "{n,m}" with 1 <= m, n <= m, both at most `repeatLimit`.
        private mutating func repeatCounts() -> (Int, Int?)? {
            index += 1
            guard let minimum = number() else { return nil }
            var maximum: Int? = minimum
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                maximum = index < bytes.count && bytes[index] == UInt8(ascii: "}") ? nil : number()
                if maximum == nil, index < bytes.count, bytes[index] != UInt8(ascii: "}") { return nil }
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else { return nil }
            index += 1
            if let maximum, maximum < max(minimum, 1) { return nil }
            guard minimum <= PatternAutomaton.repeatLimit, (maximum ?? 0) <= PatternAutomaton.repeatLimit else { return nil }
            return (minimum, maximum)
        }

        private mutating func number() -> Int? {
            let start = index
            var value = 0
            while index < bytes.count, index - start < 3, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            return index > start ? value : nil
        }

        /// "[…]" or "[^…]": single characters, escapes and ranges. A '-' first or last, "-[",
        /// an unescaped '[' or an empty class are left to libxml2.
        private mutating func characterClass() -> SymbolSet? {
            index += 1
            var negated = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "^") {
                negated = true
                index += 1
            }
            var set = SymbolSet()
            var isFirst = true
            while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                if bytes[index] == UInt8(ascii: "-"), isFirst { return nil }
                guard let low = classCharacter() else { return nil }
                var high = low
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-") {
                    guard bytes[index + 1] != UInt8(ascii: "]"), bytes[index + 1] != UInt8(ascii: "[") else { return nil }
                    index += 1
                    guard let end = classCharacter(), end >= low else { return nil }
                    high = end
                }
                for byte in low...high { set.insert(byte) }
                isFirst = false
            }
            guard index < bytes.count, !isFirst else { return nil }
            index += 1
            return negated ? set.inverted : set
        }

        private mutating func classCharacter() -> UInt8? {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { return escape() }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "["), byte != UInt8(ascii: "-") else { return nil }
            index += 1
            return byte
        }

        /// A single-character escape: "\n", "\r", "\t", or a metacharacter made literal.
        private mutating func escape() -> UInt8? {
            guard index + 1 < bytes.count else { return nil }
            let byte = bytes[index + 1]
            index += 2
            switch byte {
            case UInt8(ascii: "n"): return 0x0A
            case UInt8(ascii: "r"): return 0x0D
            case UInt8(ascii: "t"): return 0x09
            default: return Array(#"\|.-^?*+{}()[]"#.utf8).contains(byte) ? byte : nil
            }
        }

        /// A printable ASCII character that stands for itself outside a class.
        private static func isPlain(_ byte: UInt8) -> Bool {
            byte >= 0x20 && byte < 0x7F && !Array(#".\?*+{}()|[]^$"#.utf8).contains(byte)
        }

        private static func isQuantifier(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "{")
        }
    }
}
