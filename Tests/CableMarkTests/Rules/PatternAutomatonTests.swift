import Foundation
import Testing

@testable import CableMark

/// `PatternAutomaton` on patterns judged by hand, on random patterns against a matcher written
/// here from XML Schema's definitions, and on the built-in rule sets' patterns over corpus text
/// against libxml2's matcher, which `XMLRegularExpression` used alone before.
@Suite struct PatternAutomatonTests {
    @Test func handJudgedValues() throws {
        let cases: [(pattern: String, value: String, matches: Bool)] = [
            (".*(AMB|DCM).*", "JOHN DOE, DCM, FOR REASONS", true),
            (".*(AMB|DCM).*", "JOHN DOE", false),
            ("(.*[^A-Z])?(DCM|POL)([^A-Z].*)?", "POLOFF JANE DOE", false),
            ("(.*[^A-Z])?(DCM|POL)([^A-Z].*)?", "A/DCM JANE DOE", true),
            (#"\((U|SBU|C|S|TS)(/[^)]*)?\).*"#, "(SBU/NF) SUBJECT", true),
            (#"\((U|SBU|C|S|TS)(/[^)]*)?\).*"#, "(X) SUBJECT", false),
            (#"MULTIPLE SOURCES\.?"#, "MULTIPLE SOURCES.", true),
            (#"MULTIPLE SOURCES\.?"#, "MULTIPLE SOURCES!", false),
            ("[A-Z]{2}", "US", true),
            ("[A-Z]{2}", "USA", false),
            (#"[A-Z][A-Z'\-]*, [A-Z][A-Z.' \-]*"#, "O'BRIEN, J. P.", true),
            ("a.b", "a\nb", false),  // "." is no line break
            ("a[^x]b", "a\nb", true),  // a negated class is
            ("a{2,3}", "aaaa", false),
            ("(ab)+", "ababab", true),
            ("(ab)+", "", false),
            ("(ab)*", "", true),
        ]
        for (pattern, value, expected) in cases {
            let expression = try XMLRegularExpression(pattern)
            #expect(expression.hasAutomaton, "\(pattern)")
            #expect(expression.matches(value) == expected, "\(pattern) on \(value)")
            #expect(expression.matchesWithLibxml2(value) == expected, "libxml2: \(pattern) on \(value)")
        }
    }

    @Test func patternsOutsideTheSubsetAreLibxml2s() throws {
        for pattern in [
            #"\d+"#, #"\s"#, #"\p{Lu}"#, "[a-z-[aeiou]]", "[-a]", "[a-]", "(ab){2}", "a**", "é", "a|", "^a", "a$",
            String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40),
        ] {
            guard let expression = try? XMLRegularExpression(pattern) else { continue }
            #expect(!expression.hasAutomaton, "\(pattern)")
        }
    }

    /// A character that is not ASCII is one symbol: "." and negated classes take it whole.
    @Test func charactersBeyondASCIIAreOneSymbolEach() throws {
        let dot = try XMLRegularExpression("a.b")
        #expect(dot.matches("aéb"))
        #expect(dot.matches("a€b"))
        #expect(!dot.matches("aééb"))
        let negated = try XMLRegularExpression("[^A-Z]{2}")
        #expect(negated.matches("é1"))
        #expect(!negated.matches("éA"))
        #expect(try !XMLRegularExpression("[A-Z]+").matches("ÉCOLE"))
    }

    /// A pattern whose positions nearly all stay live costs the automaton positions times words
    /// a byte: past `workPerByte` the value is libxml2's, whose determinized automaton is cheaper.
    @Test func aValueTooCostlyForTheAutomatonIsLibxml2s() throws {
        let wide = try XMLRegularExpression("(" + Array(repeating: "a", count: 500).joined(separator: "|") + ")*X")
        #expect(wide.hasAutomaton)
        #expect(wide.matchesWithAutomaton("aX") == true)
        let long = String(repeating: "a", count: 20_000) + "X"
        #expect(wide.matchesWithAutomaton(long) == nil)
        #expect(wide.matches(long))
        #expect(!wide.matches(String(repeating: "a", count: 20_000) + "Y"))
    }

    /// Where libxml2 2.9.14 answers against the definitions, the automaton follows the definitions.
    @Test func patternsLibxml2Misreads() throws {
        #expect(try XMLRegularExpression("[^b]*[^c]").matches("a"))
        #expect(try XMLRegularExpression("( {1,}| )").matches("  "))
        #expect(try !XMLRegularExpression("(.{0,2}[^a-c]|a{1,})*").matches("aabaa|"))
    }

    /// Thousands of random patterns over a few letters, with every construct the automaton reads
    /// and several it leaves alone, each matched against random values by the automaton and by
    /// `ReferenceMatcher`.
    @Test func randomPatternsAgreeWithTheDefinitions() throws {
        var random = SplitMix(seed: 20_261_202)
        var built = 0
        var compared = 0
        var disagreements: [String] = []
        for _ in 0..<6000 {
            let pattern = random.pattern(depth: 0)
            guard let expression = try? XMLRegularExpression(pattern), expression.hasAutomaton else { continue }
            guard let reference = ReferenceMatcher(pattern) else {
                disagreements.append("the reference cannot read \(pattern)")
                continue
            }
            built += 1
            for _ in 0..<40 {
                let value = random.value()
                compared += 1
                if expression.matches(value) != reference.matches(value) {
                    disagreements.append("\(pattern) on \(value.debugDescription)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(built >= 1500, "only \(built) random patterns were read by the automaton")
        #expect(compared >= 60000)
    }

    /// Every pattern of the built-in rule sets is read by the automaton, within its work limit,
    /// and agrees with libxml2 on the lines of every fifth corpus file, as written and upper-cased
    /// (what a check with ignore-case="true" matches).
    @Test func ruleSetPatternsAgreeOnCorpusText() throws {
        let patterns = try Self.builtInPatterns()
        #expect(patterns.count == 5)
        let expressions = try patterns.map { try XMLRegularExpression($0) }
        for expression in expressions { #expect(expression.hasAutomaton, "\(expression.pattern)") }
        let files = try SharedData.manifest().map(\.url)
        var values: [String] = []
        for (index, file) in files.enumerated() where index % 5 == 0 {
            let bytes = try SharedData.bytes(of: file)
            for line in bytes.split(separator: 0x0A) {
                let value = String(decoding: line.prefix(120), as: UTF8.self)
                values.append(value)
                values.append(value.uppercased())
            }
        }
        var ascii = 0
        var matched = 0
        var leftToLibxml2 = 0
        var disagreements: [String] = []
        for expression in expressions {
            for value in values {
                if value.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
                if expression.matchesWithAutomaton(value) == nil { leftToLibxml2 += 1 }
                let answer = expression.matches(value)
                if answer { matched += 1 }
                if answer != expression.matchesWithLibxml2(value) {
                    disagreements.append("\(expression.pattern.prefix(40)) on \(value.debugDescription)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(leftToLibxml2 == 0, "\(leftToLibxml2) values too costly for the automaton")
        #expect(ascii > 100_000, "\(ascii) ASCII values")
        #expect(matched > 1000, "\(matched) matches")
    }

    /// The must-match, must-not-match and listed patterns of Rules/*.xml.
    private static func builtInPatterns() throws -> [String] {
        let rules = SharedData.packageRoot.appendingPathComponent("Rules")
        var patterns: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: rules.path) where name.hasSuffix(".xml") {
            let text = try String(contentsOf: rules.appendingPathComponent(name), encoding: .utf8)
            for regex in [#/must-(?:not-)?match="([^"]*)"/#, #/<pattern>([^<]*)</pattern>/#] {
                for match in text.matches(of: regex) {
                    patterns.insert(
                        String(match.1).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&"))
                }
            }
        }
        return patterns.sorted()
    }
}

/// A small seeded generator (SplitMix64), so the random cases are the same on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

    mutating func pattern(depth: Int) -> String {
        (0...next(2)).map { _ in branch(depth: depth) }.joined(separator: "|")
    }

    private mutating func branch(depth: Int) -> String {
        (0...next(3)).map { _ in atom(depth: depth) + quantifier() }.joined()
    }

    private mutating func atom(depth: Int) -> String {
        switch next(depth < 2 ? 10 : 8) {
        case 0...2: pick(["a", "b", "c", " ", "-", ","])
        case 3: pick([".", #"\."#, #"\-"#, #"\n"#, #"\("#, #"\|"#])
        case 4...6: characterClass()
        case 7: pick(["a", "b"])
        default: "(" + pattern(depth: depth + 1) + ")"
        }
    }

    private mutating func characterClass() -> String {
        let items = (0...next(2)).map { _ in
            pick(["a", "b", "c", "a-b", "b-c", "a-c", #"\-"#, #"\n"#, ".", " ", "^", "-", "[", #"\]"#, "(", "|"])
        }
        return "[" + (next(3) == 0 ? "^" : "") + items.joined() + "]"
    }

    private mutating func quantifier() -> String {
        pick(["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}", "{0}", "{2,1}", "{1,3}", "**"])
    }

    mutating func value() -> String {
        let letters = ["a", "b", "c", " ", "-", ".", "\n", ",", "(", "|", "^", "]", "é"]
        return (0..<next(9)).map { _ in pick(letters) }.joined()
    }
}

/// Whole-value matching written from XML Schema's definitions, sharing nothing with the
/// automaton: each part of the pattern gives the set of places it can end at from a place it
/// starts at, and the value matches when its end is among the places the pattern can end at.
private struct ReferenceMatcher {
    private indirect enum Node {
        case characters(Set<Unicode.Scalar>, negated: Bool)
        case sequence([Node])
        case alternatives([Node])
        case repeated(Node, minimum: Int, maximum: Int?)
    }

    private let root: Node

    init?(_ pattern: String) {
        var scalars = Array(pattern.unicodeScalars)[...]
        guard let root = Self.expression(&scalars), scalars.isEmpty else { return nil }
        self.root = root
    }

    func matches(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        return Self.ends(root, from: 0, in: scalars).contains(scalars.count)
    }

    private static func ends(_ node: Node, from start: Int, in value: [Unicode.Scalar]) -> Set<Int> {
        switch node {
        case .characters(let set, let negated):
            guard start < value.count, set.contains(value[start]) != negated else { return [] }
            return [start + 1]
        case .sequence(let parts):
            return parts.reduce([start]) { places, part in
                places.reduce(into: Set<Int>()) { $0.formUnion(ends(part, from: $1, in: value)) }
            }
        case .alternatives(let branches):
            return branches.reduce(into: Set<Int>()) { $0.formUnion(ends($1, from: start, in: value)) }
        case .repeated(let inner, let minimum, let maximum):
            func step(_ places: Set<Int>) -> Set<Int> {
                places.reduce(into: Set<Int>()) { $0.formUnion(ends(inner, from: $1, in: value)) }
            }
            var places: Set<Int> = [start]
            for _ in 0..<minimum { places = step(places) }
            var result = places
            var count = minimum
            while maximum.map({ count < $0 }) ?? true {
                let next = step(places).subtracting(maximum == nil ? result : [])
                if next.isEmpty { break }
                result.formUnion(next)
                places = next
                count += 1
            }
            return result
        }
    }

    private static func expression(_ pattern: inout ArraySlice<Unicode.Scalar>) -> Node? {
        var branches: [Node] = []
        repeat {
            if !branches.isEmpty { pattern.removeFirst() }
            var pieces: [Node] = []
            while let next = pattern.first, next != "|", next != ")" {
                guard let piece = piece(&pattern) else { return nil }
                pieces.append(piece)
            }
            branches.append(.sequence(pieces))
        } while pattern.first == "|"
        return .alternatives(branches)
    }

    private static func piece(_ pattern: inout ArraySlice<Unicode.Scalar>) -> Node? {
        var atom: Node
        switch pattern.removeFirst() {
        case "(":
            guard let inner = expression(&pattern), pattern.first == ")" else { return nil }
            pattern.removeFirst()
            atom = inner
        case "[":
            let negated = pattern.first == "^"
            if negated { pattern.removeFirst() }
            var set: Set<Unicode.Scalar> = []
            while let next = pattern.first, next != "]" {
                guard let low = classCharacter(&pattern) else { return nil }
                var high = low
                if pattern.first == "-", pattern.dropFirst().first != "]" {
                    pattern.removeFirst()
                    guard let end = classCharacter(&pattern) else { return nil }
                    high = end
                }
                for value in low.value...high.value { set.insert(Unicode.Scalar(value)!) }
            }
            guard pattern.first == "]" else { return nil }
            pattern.removeFirst()
            atom = .characters(set, negated: negated)
        case ".":
            atom = .characters(["\n", "\r"], negated: true)
        case "\\":
            guard let escaped = escape(&pattern) else { return nil }
            atom = .characters([escaped], negated: false)
        case let literal:
            atom = .characters([literal], negated: false)
        }
        switch pattern.first {
        case "?": atom = .repeated(atom, minimum: 0, maximum: 1)
        case "*": atom = .repeated(atom, minimum: 0, maximum: nil)
        case "+": atom = .repeated(atom, minimum: 1, maximum: nil)
        case "{":
            let text = String(String.UnicodeScalarView(pattern.prefix { $0 != "}" }).dropFirst())
            let counts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
            guard let minimum = counts[0] else { return nil }
            let maximum = counts.count == 1 ? minimum : counts[1]
            atom = .repeated(atom, minimum: minimum, maximum: maximum)
            pattern.removeFirst(text.unicodeScalars.count + 1)
        default: return atom
        }
        pattern.removeFirst()
        return atom
    }

    private static func classCharacter(_ pattern: inout ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        guard let first = pattern.popFirst() else { return nil }
        return first == "\\" ? escape(&pattern) : first
    }

    private static func escape(_ pattern: inout ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        switch pattern.popFirst() {
        case "n": "\n"
        case "r": "\r"
        case "t": "\t"
        case let other: other
        }
    }
}
