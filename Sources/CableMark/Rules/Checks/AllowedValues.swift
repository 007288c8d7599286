/// Fires on every value of a field that is not in the set:
/// `<check kind="allowed-values" field="tags" suggest="true"><list file="tags-subject.txt"/></check>`.
/// With suggest="true", {suggestion} reads " (did you mean MARR?)" when a listed value is close.
struct AllowedValues: CheckKind {
    static let name = "allowed-values"
    static let variables: Set<String> = paragraphVariables.union(["field", "value", "suggestion"])
    let field: CableField
    let values: ValueSet
    let suggest: Bool

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.field("field")
        suggest = element.bool("suggest", default: false)
        values = try element.valueSet()
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        let date = facts.cable.date
        return facts.cable.values(of: field).compactMap { value in
            guard !values.contains(value.text, onSomeDayOf: date) else { return nil }
            let suggestion = suggest ? values.nearest(to: value.text).map { " (did you mean \($0)?)" } : nil
            return CheckHit(
                value, values: ["field": field.rawValue, "value": value.text, "suggestion": suggestion ?? ""])
        }
    }
}
