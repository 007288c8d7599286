import Foundation

/// A policy's own regular expression (ICU syntax, through Foundation). Used only for `regex`
/// rules a user writes; the built-in kinds scan bytes.
public final class PatternExpression: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable once compiled and documented as safe to use
    // from several threads at once.
    private let expression: NSRegularExpression
    public let pattern: String

    /// Compiles `pattern`; nil when it is not a valid expression.
    public init?(pattern: String, caseSensitive: Bool) {
        guard
            let expression = try? NSRegularExpression(
                pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
        else { return nil }
        self.expression = expression
        self.pattern = pattern
    }

    func matches(in text: [UInt8]) -> [Range<Int>] {
        let string = String(decoding: text, as: UTF8.self)
        // Offsets are taken in the decoded string's UTF-8 view, which equals `text` when it is
        // valid UTF-8 (public-version text always is: it was built by decoding).
        let utf8 = string.utf8
        let whole = NSRange(string.startIndex..<string.endIndex, in: string)
        return expression.matches(in: string, range: whole).compactMap { result in
            guard result.range.length > 0, let range = Range(result.range, in: string) else { return nil }
            let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
            let end = utf8.distance(from: utf8.startIndex, to: range.upperBound)
            return start..<end
        }
    }
}
