/// Fires on every value of a field that is not in the set:
/// `<check kind="allowed-values" field="tags" suggest="true"><list file="tags-subject.txt"/></check>`.
/// With suggest="true", {suggestion} reads " (did you mean MARR?)" when a listed value is close.
struct AllowedValues: FieldValueCheck {
    static let name = "allowed-values"
    static let variables: Set<String> = paragraphVariables.union(["field", "value", "suggestion"])
    private static let fieldParameter = CheckParameter.field("the field whose every value must be in the set")
    private static let suggestParameter = CheckParameter(
        "suggest", .flag, "true: {suggestion} names the listed value closest to one that is not")
    static let parameters = [fieldParameter, suggestParameter] + CheckParameter.valueSet
    let field: CableField
    let values: ValueSet
    let suggest: Bool

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        suggest = element.bool(Self.suggestParameter)
        values = try element.valueSet()
    }

    func hitValues(for value: FieldValue, on date: CableDate?) -> [String: String]? {
        guard !values.contains(value.text, onSomeDayOf: date) else { return nil }
        let suggestion = suggest ? values.nearest(to: value.text).map { " (did you mean \($0)?)" } : nil
        return ["field": field.rawValue, "value": value.text, "suggestion": suggestion ?? ""]
    }
}
