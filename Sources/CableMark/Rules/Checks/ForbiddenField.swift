/// Fires on every value of a field that should not be there:
/// `<check kind="forbidden-field" field="classified-by" when="unclassified"/>`.
struct ForbiddenField: CheckKind {
    static let name = "forbidden-field"
    static let variables: Set<String> = paragraphVariables.union(["field", "value"])
    private static let fieldParameter = CheckParameter.field("the field that must have no value")
    static let parameters = [fieldParameter]
    let field: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        facts.cable.values(of: field).map { CheckHit($0, values: ["field": field.rawValue, "value": $0.text]) }
    }
}
