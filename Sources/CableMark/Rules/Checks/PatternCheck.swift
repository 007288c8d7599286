/// Fires on every value of a field that fails `must-match`, or matches `must-not-match` (XML
/// Schema regular expressions, matched against the whole value; with ignore-case="true" the
/// value is upper-cased first): `<check kind="pattern" field="subject" must-match="\(.+\).*"/>`.
struct PatternCheck: FieldValueCheck {
    static let name = "pattern"
    static let variables: Set<String> = paragraphVariables.union(["value", "pattern"])
    private static let fieldParameter = CheckParameter.field("the field whose values are matched")
    private static let mustMatchParameter = CheckParameter(
        "must-match", .regularExpression, "a value must match it whole (this or must-not-match)")
    private static let mustNotMatchParameter = CheckParameter(
        "must-not-match", .regularExpression, "a value must not match it whole (this or must-match)")
    static let parameters = [fieldParameter, CheckParameter.ignoreCase, mustMatchParameter, mustNotMatchParameter]
    let field: CableField
    let expression: XMLRegularExpression
    /// True for must-match, false for must-not-match.
    let mustMatch: Bool
    let ignoreCase: Bool

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        ignoreCase = element.bool(.ignoreCase)
        let required = element.string(Self.mustMatchParameter)
        let forbidden = element.string(Self.mustNotMatchParameter)
        guard (required == nil) != (forbidden == nil), let pattern = required ?? forbidden else {
            throw element.error("check kind 'pattern' takes exactly one of must-match and must-not-match")
        }
        if let nested = NestedQuantifier.first(in: pattern) {
            throw element.error(NestedQuantifier.problem(nested, in: pattern))
        }
        do {
            expression = try XMLRegularExpression(pattern)
        } catch {
            throw element.error(error.description)
        }
        mustMatch = required != nil
    }

    func hitValues(for value: FieldValue, on date: CableDate?) -> [String: String]? {
        let matches = expression.matches(ignoreCase ? value.text.uppercased() : value.text)
        return matches == mustMatch ? nil : ["value": value.text, "pattern": expression.pattern]
    }
}
