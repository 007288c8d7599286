/// A cable's public version: its text, and everything it left out or changed.
public struct PublicVersion: Sendable {
    /// Plain text in telegram layout, ending with a newline.
    public var text: String
    /// Every withheld portion, removed line and changed stretch, in input order.
    public var alterations: [Alteration]
    /// The cable's own sensitivity, which its unmarked portions took.
    public var cableSensitivity: Sensitivity
    /// What raised the cable's sensitivity above its classification line's.
    public var sensitivityRaisedBy: [String]
    public var paragraphCount: Int
    public var withheldParagraphCount: Int
    public var declassifiedParagraphCount: Int

    /// What verification searches the public text for: the text of every withheld portion, …
    var withheldTexts: [String]
    /// … every string a redaction rule took out (rule id, string), …
    var removedStrings: [(rule: String, text: String)]
    /// … the classifier's name in every spelling the cable uses, …
    var classifierNames: [String]
    /// … and the words the input's own marks and numbers withhold (`MarkedTextScan`); nil when
    /// the public version was made without the input's bytes.
    var markedRuns: ShingleSet?
}

/// One thing a public version withholds, removes or changes, with its place in the input: an
/// audit item in the manner of Presidio's.
public struct Alteration: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A paragraph replaced by its withholding notice.
        case withheldParagraph = "withheld-paragraph"
        /// A header field (SUBJECT, REF) replaced by a notice.
        case withheldField = "withheld-field"
        /// A header line left out: Classified By, Derived From, a caption.
        case removedLine = "removed-line"
        /// The classification line, rewritten at the release level.
        case replacedLine = "replaced-line"
        /// A stretch of released text removed, replaced or masked.
        case redactedText = "redacted-text"
        /// A classified portion released because its DECL date has passed.
        case declassified = "declassified"
    }

    public var kind: Kind
    public var range: SourceRange
    /// False when `range` is the field that holds the change, not the change itself.
    public var rangeIsExact: Bool
    /// The paragraph's number, for paragraph changes.
    public var paragraph: Int?
    /// The field's name for header changes: "SUBJECT", "REF", "Classified By", "SIPDIS".
    public var field: String?
    public var reason: String
    /// The rule that made the change: a redaction rule's id, or one of the sanitizer's own
    /// (withhold-above-release, withhold-unmarked, withhold-unreadable-mark, withhold-repeated-text,
    /// withhold-header-field, classified-by, caption, declassify-expired).
    public var rule: String
    /// withhold, remove, replace, mask or release.
    public var operation: String
    /// What the public version carries instead: the notice or label; empty when removed.
    public var replacement: String
    /// The mark a withheld portion was withheld at, as its notice states it in the classification
    /// style (C, S, TS, SBU, SBU-N, LOU); nil for other changes and for a portion withheld at no
    /// level (text repeating withheld text, an unreadable mark in a cable at the release level).
    public var mark: String?
    /// The FOIA exemption claimed: "(b)(1)" for a portion withheld as classified, the redaction
    /// rule's ("(b)(6)") for redacted text; nil when none is.
    public var exemption: String?

    public init(
        kind: Kind, range: SourceRange, rangeIsExact: Bool = true, paragraph: Int? = nil, field: String? = nil,
        reason: String, rule: String, operation: String, replacement: String, mark: String? = nil,
        exemption: String? = nil
    ) {
        self.kind = kind
        self.range = range
        self.rangeIsExact = rangeIsExact
        self.paragraph = paragraph
        self.field = field
        self.reason = reason
        self.rule = rule
        self.operation = operation
        self.replacement = replacement
        self.mark = mark
        self.exemption = exemption
    }
}
