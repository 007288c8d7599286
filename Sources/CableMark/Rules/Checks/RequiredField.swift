/// Fires when a field has no value: `<check kind="required-field" field="eo"/>`. The finding
/// stands at the line the field belongs on (classified-by.reason: the Classified By line) when
/// there is one, else at the classification line (else the cable's start), where the header begins.
struct RequiredField: CheckKind {
    static let name = "required-field"
    static let variables: Set<String> = ["field"]
    private static let fieldParameter = CheckParameter.field("the field that must have a value")
    static let parameters = [fieldParameter]
    let field: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        guard facts.values(of: field).isEmpty else { return [] }
        let place = facts.missingPlace(of: field)
        return [CheckHit(range: place.range, context: place.context, values: ["field": field.rawValue])]
    }
}
