/// What a public version removes besides withheld portions: handling markers, and text that
/// redaction rules name (e-mail addresses, telephone numbers, passport numbers, term lists,
/// patterns), each with the operator that replaces it.
///
/// Loaded from XML (`Rules/redaction-policy.xml` is the default; see `RedactionPolicyLoader`).
public struct RedactionPolicy: Sendable {
    public var name: String
    public var version: String
    /// "built-in" for the embedded default, else the policy file's path.
    public var source: String
    /// Marker words removed wherever they stand as a word (case-sensitive): "SIPDIS", "NOFORN".
    /// SIPDIS is always among them, whether the policy lists it or not.
    public var handlingMarkers: [String]
    public var rules: [RedactionRule]
    /// How notices word a portion withheld at a level.
    public var noticeStyle: NoticeStyle

    public init(
        name: String, version: String, source: String, handlingMarkers: [String], rules: [RedactionRule],
        noticeStyle: NoticeStyle = .standard
    ) {
        self.name = name
        self.version = version
        self.source = source
        self.handlingMarkers = handlingMarkers.contains(Self.sipdis) ? handlingMarkers : [Self.sipdis] + handlingMarkers
        self.rules = rules
        self.noticeStyle = noticeStyle
    }

    /// The marker no public version may carry, whatever the policy says.
    public static let sipdis = "SIPDIS"
}

/// One kind of text a public version must not carry, and what replaces it.
public struct RedactionRule: Sendable {
    public var id: String
    public var matcher: TextMatcher
    public var operation: RedactionOperator
    /// The FOIA exemption the rule's matches are withheld under ("(b)(6)"); nil when the policy
    /// claims none.
    public var exemption: String?
    /// Texts the rule must turn into the expected output; the test suite runs them.
    public var examples: [RedactionExample]

    public init(
        id: String, matcher: TextMatcher, operation: RedactionOperator, exemption: String? = nil,
        examples: [RedactionExample] = []
    ) {
        self.id = id
        self.matcher = matcher
        self.operation = operation
        self.exemption = exemption
        self.examples = examples
    }
}

/// What replaces a match, as Presidio's anonymizer operators do.
public enum RedactionOperator: Sendable, Hashable {
    /// The match disappears (with one of the spaces around it).
    case remove
    /// The match becomes a label such as "[EMAIL]".
    case replace(label: String)
    /// Every character of the match becomes `character` ("*****").
    case mask(character: Character)

    /// The operator's name as the policy and the manifest write it.
    public var name: String {
        switch self {
        case .remove: "remove"
        case .replace: "replace"
        case .mask: "mask"
        }
    }

    /// What the match is replaced with.
    func replacement(for match: [UInt8]) -> [UInt8] {
        switch self {
        case .remove:
            return []
        case .replace(let label):
            return Array(label.utf8)
        case .mask(let character):
            let characters = String(decoding: match, as: UTF8.self).count
            return Array(String(repeating: character, count: characters).utf8)
        }
    }
}

/// A policy rule's example: `input` redacted by the rule alone must read `output`.
public struct RedactionExample: Sendable, Hashable {
    public var input: String
    public var output: String
    /// The example's line in the policy file, for a failing test's message.
    public var line: Int

    public init(input: String, output: String, line: Int) {
        self.input = input
        self.output = output
        self.line = line
    }
}
