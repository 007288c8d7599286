import Foundation

/// A redaction policy that cannot be used: what `XMLFileLoader` refuses, or a rule that cannot
/// run.
public typealias RedactionPolicyError = XMLFileError

/// Reads redaction policies: the built-in default, or a user's file validated against the same
/// schema.
public enum RedactionPolicyLoader {
    static let defaultFile = "redaction-policy.xml"
    /// Every policy, the built-in one too, is read by this loader, against Rules/redaction-policy.xsd.
    static let loader = XMLFileLoader(kind: "redaction policy", schema: .builtIn("redaction-policy.xsd"))

    /// The policy built into the binary.
    public static func builtIn() throws(RedactionPolicyError) -> RedactionPolicy {
        guard let text = EmbeddedRules.files[defaultFile] else {
            throw RedactionPolicyError(file: defaultFile, line: 0, problem: "the built-in redaction policy is missing")
        }
        return try parse(Array(text.utf8), name: defaultFile, source: "built-in")
    }

    /// The policy in the file at `path`.
    public static func load(path: String) throws(RedactionPolicyError) -> RedactionPolicy {
        try parse(try XMLFileLoader.contents(of: path), name: path, source: path)
    }

    /// Parses policy XML; `name` is used in error messages, `source` recorded in the policy.
    public static func parse(_ bytes: [UInt8], name: String, source: String) throws(RedactionPolicyError)
        -> RedactionPolicy
    {
        let document = try loader.parse(bytes, name: name)
        guard let root = document.root else {
            throw RedactionPolicyError(file: name, line: 0, problem: "no redaction-policy element")
        }
        var markers: [String] = []
        for list in root.elements(named: "handling-markers") {
            if list.attribute("built-in").map(isTrue) ?? false { markers += Caption.handlingMarkers }
            markers += list.elements(named: "marker").map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        var rules: [RedactionRule] = []
        for element in root.elements(named: "rule") where element.attribute("enabled").map(isTrue) ?? true {
            rules.append(try rule(element, file: name))
        }
        return RedactionPolicy(
            name: root.attribute("name") ?? "", version: root.attribute("version") ?? "", source: source,
            handlingMarkers: markers, rules: rules, noticeStyle: try noticeStyle(root, file: name))
    }

    /// The style `<notices style="…"/>` names (the schema allows only known ones).
    private static func noticeStyle(_ root: XMLNode, file: String) throws(RedactionPolicyError) -> NoticeStyle {
        guard let element = root.elements(named: "notices").first, let name = element.attribute("style") else {
            return .standard
        }
        guard let style = NoticeStyle(rawValue: name) else {
            throw RedactionPolicyError(file: file, line: element.line, problem: "unknown notice style '\(name)'")
        }
        return style
    }

    private static func rule(_ element: XMLNode, file: String) throws(RedactionPolicyError) -> RedactionRule {
        let id = element.attribute("id") ?? ""
        let caseSensitive = element.attribute("case-sensitive").map(isTrue) ?? false
        func failure(_ problem: String) -> RedactionPolicyError {
            RedactionPolicyError(file: file, line: element.line, problem: "rule '\(id)': \(problem)")
        }
        let matcher: TextMatcher
        switch element.attribute("kind") ?? "" {
        case "email": matcher = .email
        case "phone": matcher = .phone
        case "passport": matcher = .passport
        case "terms":
            let terms = element.elements(named: "term").map(\.textContent).filter {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
            guard !terms.isEmpty else { throw failure("kind 'terms' needs at least one <term>") }
            matcher = .terms(TermList(terms: terms, caseSensitive: caseSensitive))
        case "regex":
            guard let pattern = element.elements(named: "pattern").first?.textContent else {
                throw failure("kind 'regex' needs a <pattern>")
            }
            if let nested = NestedQuantifier.first(in: pattern) {
                throw failure(NestedQuantifier.problem(nested, in: pattern))
            }
            guard let expression = PatternExpression(pattern: pattern, caseSensitive: caseSensitive) else {
                throw failure("invalid regular expression '\(pattern)'")
            }
            matcher = .regex(expression)
        case let kind:
            throw failure("unknown kind '\(kind)'")
        }
        if !element.elements(named: "term").isEmpty, matcher.kind != "terms" {
            throw failure("<term> belongs to kind 'terms' only")
        }
        if !element.elements(named: "pattern").isEmpty, matcher.kind != "regex" {
            throw failure("<pattern> belongs to kind 'regex' only")
        }
        let operation: RedactionOperator
        switch element.attribute("operator") ?? "" {
        case "remove": operation = .remove
        case "replace":
            guard let label = element.attribute("label"), !label.isEmpty else {
                throw failure("operator 'replace' needs a label, such as label=\"[NAME]\"")
            }
            operation = .replace(label: label)
        case "mask": operation = .mask(character: element.attribute("mask-character")?.first ?? "*")
        case let name:
            throw failure("unknown operator '\(name)'")
        }
        let examples = element.elements(named: "example").map { example in
            RedactionExample(
                input: example.elements(named: "input").first?.textContent ?? "",
                output: example.elements(named: "output").first?.textContent ?? "", line: example.line)
        }
        return RedactionRule(
            id: id, matcher: matcher, operation: operation, exemption: element.attribute("exemption"), examples: examples)
    }

    private static func isTrue(_ value: String) -> Bool { value == "true" || value == "1" }
}
