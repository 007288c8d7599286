/// A shell-style path pattern for `--include` / `--exclude`.
///
/// `*` matches within one path component, `**` across components (`**/` also matches no
/// directory at all), `?` one character, `[a-z]` / `[!a-z]` a character class, `\` escapes.
/// A pattern without "/" matches a file's name; one with "/" matches the path's end at a
/// component boundary (`html/*.html` matches `corpus/html/x.html`), or the whole path when it
/// starts with "/".
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let description: String
    private let tokens: [Token]
    private let matchesNameOnly: Bool

    private enum Token: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case anyCharacter
        case star
        /// `**/`: zero or more whole directories.
        case directories
        /// `**` elsewhere: anything, "/" included.
        case anything
        case characterClass(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    public init(_ pattern: String) {
        description = pattern
        matchesNameOnly = !pattern.contains("/")
        var text = pattern
        if !matchesNameOnly, !text.hasPrefix("/"), !text.hasPrefix("**") { text = "**/" + text }
        tokens = Self.tokens(Array(text.unicodeScalars))
    }

    public func matches(_ path: String) -> Bool {
        var subject = Substring(path)
        while subject.hasPrefix("./") { subject = subject.dropFirst(2) }
        if matchesNameOnly, let slash = subject.lastIndex(of: "/") {
            subject = subject[subject.index(after: slash)...]
        }
        var matcher = Matcher(tokens: tokens, subject: Array(subject.unicodeScalars))
        return matcher.match(0, 0)
    }

    private static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if index + 1 < scalars.count, scalars[index + 1] == "*" {
                    if index + 2 < scalars.count, scalars[index + 2] == "/" {
                        tokens.append(.directories)
                        index += 3
                    } else {
                        tokens.append(.anything)
                        index += 2
                    }
                    continue
                }
                tokens.append(.star)
            case "?": tokens.append(.anyCharacter)
            case "\\" where index + 1 < scalars.count:
                index += 1
                tokens.append(.literal(scalars[index]))
            case "[":
                if let (token, next) = characterClass(scalars, from: index + 1) {
                    tokens.append(token)
                    index = next
                    continue
                }
                tokens.append(.literal(scalar))
            default: tokens.append(.literal(scalar))
            }
            index += 1
        }
        return tokens
    }

    /// Reads a class after its "["; nil when it has no closing "]" (then "[" is a literal).
    private static func characterClass(_ scalars: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
        var index = start
        var negated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "]" && !first { return (.characterClass(ranges: ranges, negated: negated), index + 1) }
            first = false
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
                let upper = scalars[index + 2]
                if scalar <= upper { ranges.append(scalar...upper) }
                index += 3
            } else {
                ranges.append(scalar...scalar)
                index += 1
            }
        }
        return nil
    }

    /// Backtracking matcher with a memo of failed states, so no pattern takes exponential time.
    private struct Matcher {
        let tokens: [Token]
        let subject: [Unicode.Scalar]
        var failed: Set<Int> = []

        init(tokens: [Token], subject: [Unicode.Scalar]) {
            self.tokens = tokens
            self.subject = subject
        }

        mutating func match(_ token: Int, _ position: Int) -> Bool {
            let state = token * (subject.count + 1) + position
            if failed.contains(state) { return false }
            let result = step(token, position)
            if !result { failed.insert(state) }
            return result
        }

        private mutating func step(_ token: Int, _ position: Int) -> Bool {
            guard token < tokens.count else { return position == subject.count }
            let atEnd = position == subject.count
            let current: Unicode.Scalar? = atEnd ? nil : subject[position]
            switch tokens[token] {
            case .literal(let scalar):
                return current == scalar && match(token + 1, position + 1)
            case .anyCharacter:
                return current != nil && current != "/" && match(token + 1, position + 1)
            case .characterClass(let ranges, let negated):
                guard let current, current != "/" else { return false }
                return ranges.contains { $0.contains(current) } != negated && match(token + 1, position + 1)
            case .star:
                if match(token + 1, position) { return true }
                return current != nil && current != "/" && match(token, position + 1)
            case .anything:
                if match(token + 1, position) { return true }
                return current != nil && match(token, position + 1)
            case .directories:
                if match(token + 1, position) { return true }
                guard let slash = subject[position...].firstIndex(of: "/") else { return false }
                return match(token, slash + 1)
            }
        }
    }
}
