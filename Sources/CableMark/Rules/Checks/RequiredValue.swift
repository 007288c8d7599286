/// Fires once when no value of a field is in the set ("a TAGS line with at least one subject
/// tag"), at the field's first value, else where the header begins.
struct RequiredValue: CheckKind {
    static let name = "required-value"
    static let variables: Set<String> = ["field"]
    private static let fieldParameter = CheckParameter.field("the field at least one of whose values must be in the set")
    static let parameters = [fieldParameter] + CheckParameter.valueSet
    let field: CableField
    let values: ValueSet

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        values = try element.valueSet()
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        let present = facts.values(of: field)
        let date = facts.cable.date
        guard !present.contains(where: { values.contains($0.text, onSomeDayOf: date) }) else { return [] }
        let variables = ["field": field.rawValue]
        if let first = present.first {
            return [CheckHit(range: first.range, context: first.context, values: variables)]
        }
        let place = facts.missingPlace(of: field)
        return [CheckHit(range: place.range, context: place.context, values: variables)]
    }
}
