/// Finds the stretches of a text a redaction rule names. The built-in kinds scan UTF-8 bytes
/// directly; only a policy's own `regex` rules use a regular-expression engine.
public enum TextMatcher: Sendable {
    case email
    case phone
    case passport
    case terms(TermList)
    case regex(PatternExpression)

    /// The kind's name as the policy writes it.
    public var kind: String {
        switch self {
        case .email: "email"
        case .phone: "phone"
        case .passport: "passport"
        case .terms: "terms"
        case .regex: "regex"
        }
    }

    /// Byte ranges of `text` that match, in order, not overlapping.
    public func matches(in text: [UInt8]) -> [Range<Int>] {
        switch self {
        case .email: EmailPattern.matches(in: text)
        case .phone: PhonePattern.matches(in: text)
        case .passport: PassportPattern.matches(in: text)
        case .terms(let list): list.matches(in: text)
        case .regex(let expression): expression.matches(in: text)
        }
    }
}

/// Byte classes the matchers share.
enum MatchBytes {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Letters, digits and every byte of a multi-byte UTF-8 character: what words are made of.
    static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }

    static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }

    /// True when no word byte stands just before `start` and just at `end`.
    static func isWholeWord(_ text: [UInt8], _ start: Int, _ end: Int) -> Bool {
        (start == 0 || !isWordByte(text[start - 1])) && (end >= text.count || !isWordByte(text[end]))
    }
}
