/// A native check kind: a generic test that rules instantiate with parameters from the rule set
/// ("required-field" with field="eo"). One file per kind in Checks/.
protocol CheckKind: Sendable {
    /// The kind's name in rule sets.
    static var name: String { get }
    /// Placeholders the kind fills in for messages, besides cable fields and {as-of}.
    static var variables: Set<String> { get }
    /// The attributes and child elements the kind takes, besides `CheckParameter.common`.
    static var parameters: [CheckParameter] { get }
    /// Reads and checks the parameters, through `parameters`; a problem is reported at the
    /// check's line.
    init(_ element: CheckElement) throws(RuleSetError)
    /// Every place the check fires in one cable; throws when the check could not finish on it.
    func hits(in facts: CableFacts) throws(CheckFailure) -> [CheckHit]
    /// Checks that write their own messages (xpath) need no `<message>`.
    var writesOwnMessages: Bool { get }
    /// Checks that read the cable's XML view, which is then built for every cable.
    var needsXMLView: Bool { get }
}

extension CheckKind {
    var writesOwnMessages: Bool { false }
    var needsXMLView: Bool { false }
}

/// The check kinds a rule set may name: every kind in Checks/ (a test keeps the two together).
enum CheckKinds {
    static let all: [any CheckKind.Type] = [
        RequiredField.self, ForbiddenField.self, AllowedValues.self, ForbiddenValues.self,
        RequiredValue.self, FieldEquals.self, PatternCheck.self, DateWindowCheck.self, LevelCeiling.self,
        LevelFloor.self, PortionRequired.self, MarkerConflict.self, MarkerRequires.self, Order.self,
        Numbering.self, XPathCheck.self, UnrecognizedDocument.self,
    ]

    static let byName: [String: any CheckKind.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static var names: String { all.map { $0.name }.joined(separator: ", ") }
}

/// A check that could not finish on a cable (an XPath over its operation limit): it gives no
/// finding there, and the run reports the failure.
struct CheckFailure: Error, Sendable {
    var message: String
}

/// One place a check fires: where, the text the finding is about, and the values its message
/// names.
struct CheckHit: Sendable {
    var range: SourceRange
    var context: String
    var values: [String: String]
    /// A message the check wrote itself; nil: the check's template is filled in.
    var message: String?

    init(range: SourceRange, context: String, values: [String: String] = [:], message: String? = nil) {
        self.range = range
        self.context = context
        self.values = values
        self.message = message
    }

    /// A hit on one value of a field; paragraph values also fill {paragraph} and {mark}.
    init(_ value: FieldValue, values: [String: String] = [:]) {
        var values = values
        if let paragraph = value.paragraph {
            values.merge(paragraph.messageValues) { current, _ in current }
        }
        self.init(range: value.range, context: value.context, values: values)
    }

    /// A hit on a paragraph, at its mark (or number, when it has no mark).
    init(_ paragraph: Paragraph, values: [String: String] = [:]) {
        self.init(
            range: paragraph.markRange, context: paragraph.text,
            values: values.merging(ParagraphLabel(paragraph).messageValues) { current, _ in current })
    }
}

/// Variables of kinds whose values may be paragraph fields.
let paragraphVariables: Set<String> = ["paragraph", "mark"]
