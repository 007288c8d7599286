/// One parameter a check kind takes: an attribute of `<check>`, or a child element it may
/// repeat. Each kind declares its parameters once (`CheckKind.parameters`); loading checks a
/// `<check>` against them, the kind reads its values through them, and `cablemark explain`
/// prints them.
public struct CheckParameter: Sendable, Hashable {
    /// The attribute's name, or the child element's.
    public var name: String
    public var type: CheckParameterType
    /// Attributes only: a check without it is refused.
    public var isRequired: Bool
    /// One line: what the parameter means to its kind.
    public var doc: String

    init(_ name: String, _ type: CheckParameterType, required isRequired: Bool = false, _ doc: String) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.doc = doc
    }

    /// The field a kind reads ("field", taken by most kinds).
    static func field(_ doc: String) -> CheckParameter {
        CheckParameter("field", .field, required: true, doc)
    }

    /// A field whose values are levels (U, C, S, TS); banner.level when the check names none
    /// (see `CheckElement.levelField`).
    static func levelField(_ name: String, _ doc: String) -> CheckParameter {
        CheckParameter(name, .field, "\(doc) (banner.level, the default, or metadata.level)")
    }

    /// What every `<check>` may carry, whatever its kind.
    static let common: [CheckParameter] = [
        CheckParameter("kind", .identifier, required: true, "the check kind"),
        CheckParameter("when", .condition, "the cables the check runs on (CableCondition.swift)"),
        CheckParameter("severity", .severity, "the check's severity, instead of its rule's"),
        CheckParameter("applies", .window, "the cable dates the check runs on, within its rule's"),
        CheckParameter("message", .message, "the message template, instead of its rule's"),
    ]

    static let ignoreCase = CheckParameter(
        "ignore-case", .flag, "true: values are compared, or matched, without regard to case")
    static let setValue = CheckParameter(
        "value", .setValue,
        "a value of the set; from= and until= limit it to cables of those dates, a trailing * makes it match every value that starts with the rest")
    static let vocabulary = CheckParameter("list", .vocabulary, "the values of a vocabulary file, one a line")
    static let setPattern = CheckParameter(
        "pattern", .patternElement, "an XML Schema regular expression; a value it matches whole is in the set")

    /// The value set of allowed-values, forbidden-values and required-value: at least one
    /// `<value>`, `<list>` or `<pattern>` (see `CheckElement.valueSet`).
    static let valueSet: [CheckParameter] = [ignoreCase, setValue, vocabulary, setPattern]
}

/// What a check parameter's value is: how `explain` names it, and the type
/// Rules/cablemark-rules.xsd gives it.
public enum CheckParameterType: String, Sendable, Hashable, CaseIterable {
    case identifier = "kind name"
    case condition = "condition"
    case severity = "error, warning or note"
    case field = "field name"
    case flag = "true or false"
    case dateBase = "cable-date or as-of"
    case dateOffset = "date offset (0, +25y, +6m, -1d)"
    case regularExpression = "XML Schema regular expression"
    case xpath = "XPath 1.0 expression"
    case marker = "marker"
    case markers = "markers, space-separated"
    case words = "words, space-separated"
    case quantifier = "each or some"
    case window = "<applies from= until=>"
    case message = "<message>"
    case setValue = "<value>"
    case vocabulary = "<list file=>"
    case patternElement = "<pattern>"
    case xpathTest = "<assert test=> or <report test=>"

    /// A child element (repeatable), not an attribute.
    public var isElement: Bool {
        switch self {
        case .window, .message, .setValue, .vocabulary, .patternElement, .xpathTest: true
        default: false
        }
    }

    /// The attribute's or element's type in Rules/cablemark-rules.xsd.
    var schemaType: String {
        switch self {
        case .identifier: "identifier"
        case .condition, .marker, .markers, .words, .message, .patternElement: "line"
        case .severity: "severity"
        case .field: "name-token"
        case .flag: "xs:boolean"
        case .dateBase: "date-base"
        case .dateOffset: "date-offset"
        case .regularExpression, .xpath: "xs:string"
        case .quantifier: "quantifier"
        case .window: "window"
        case .setValue: "set-value"
        case .vocabulary: "list"
        case .xpathTest: "xpath-test"
        }
    }
}

/// A check kind as `explain` describes it: its name and its parameters.
public struct CheckKindDescription: Sendable, Hashable {
    public var name: String
    public var parameters: [CheckParameter]

    init(_ kind: any CheckKind.Type) {
        name = kind.name
        parameters = kind.parameters
    }

    /// The kinds of `checks`, in their order, each once.
    static func of(_ checks: [CompiledCheck]) -> [CheckKindDescription] {
        var kinds: [CheckKindDescription] = []
        for check in checks {
            let kind = CheckKindDescription(type(of: check.kind))
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }
}
