/// Fires on every value of a field that should not be there:
/// `<check kind="forbidden-field" field="classified-by" when="unclassified"/>`.
struct ForbiddenField: FieldValueCheck {
    static let name = "forbidden-field"
    static let variables: Set<String> = paragraphVariables.union(["field", "value"])
    private static let fieldParameter = CheckParameter.field("the field that must have no value")
    static let parameters = [fieldParameter]
    let field: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
    }

    func hitValues(for value: FieldValue, on date: CableDate?) -> [String: String]? {
        ["field": field.rawValue, "value": value.text]
    }
}
