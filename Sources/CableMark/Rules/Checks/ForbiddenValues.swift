/// Fires on every value of a field that is in the set:
/// `<check kind="forbidden-values" field="decl.kind"><value>oadr</value></check>`.
struct ForbiddenValues: CheckKind {
    static let name = "forbidden-values"
    static let variables: Set<String> = paragraphVariables.union(["field", "value"])
    let field: CableField
    let values: ValueSet

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.field("field")
        values = try element.valueSet()
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        let date = facts.cable.date
        return facts.cable.values(of: field).compactMap { value in
            values.contains(value.text, onEveryDayOf: date)
                ? CheckHit(value, values: ["field": field.rawValue, "value": value.text]) : nil
        }
    }
}
