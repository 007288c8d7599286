/// Fires on every value of a field that is in the set:
/// `<check kind="forbidden-values" field="decl.kind"><value>oadr</value></check>`.
struct ForbiddenValues: FieldValueCheck {
    static let name = "forbidden-values"
    static let variables: Set<String> = paragraphVariables.union(["field", "value"])
    private static let fieldParameter = CheckParameter.field("the field none of whose values may be in the set")
    static let parameters = [fieldParameter] + CheckParameter.valueSet
    let field: CableField
    let values: ValueSet

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        values = try element.valueSet()
    }

    func hitValues(for value: FieldValue, on date: CableDate?) -> [String: String]? {
        values.contains(value.text, onEveryDayOf: date) ? ["field": field.rawValue, "value": value.text] : nil
    }
}
