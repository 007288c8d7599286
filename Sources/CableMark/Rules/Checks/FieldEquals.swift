/// Fires on every value of `field` that differs (ignoring case) from the first value of
/// `equals`, when both are present: `<check kind="field-equals" field="routing.classification"
/// equals="banner.classification"/>`. {value} is the value, {other} what it should equal.
struct FieldEquals: CheckKind {
    static let name = "field-equals"
    static let variables: Set<String> = paragraphVariables.union(["value", "other"])
    private static let fieldParameter = CheckParameter.field("the field whose every value must equal the other's")
    private static let equalsParameter = CheckParameter(
        "equals", .field, required: true, "the other field, whose first value is compared, ignoring case")
    static let parameters = [fieldParameter, equalsParameter]
    let field: CableField
    let other: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        other = try element.requiredField(Self.equalsParameter)
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        guard let expected = facts.values(of: other).first?.text else { return [] }
        let folded = expected.uppercased()
        return facts.values(of: field).compactMap { value in
            value.text.uppercased() == folded ? nil : CheckHit(value, values: ["value": value.text, "other": expected])
        }
    }
}
