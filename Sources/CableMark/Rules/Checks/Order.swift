/// Fires when values of a field that appear in `order` stand out of that order, at the first
/// value that should have come earlier: `<check kind="order" field="captions"
/// order="NODIS EXDIS STADIS"/>`. {value} should come before {previous}.
struct Order: CheckKind {
    static let name = "order"
    static let variables: Set<String> = paragraphVariables.union(["value", "previous"])
    private static let fieldParameter = CheckParameter.field("the field whose values are ordered")
    private static let orderParameter = CheckParameter(
        "order", .words, required: true, "the values in the order they must stand in, at least two")
    static let parameters = [fieldParameter, orderParameter]
    let field: CableField
    let rank: [String: Int]

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        let words = try element.required(Self.orderParameter).split(separator: " ").map { $0.uppercased() }
        guard words.count >= 2 else { throw element.error("order= needs at least two values") }
        rank = Dictionary(words.enumerated().map { ($1, $0) }) { first, _ in first }
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        var latest: (rank: Int, text: String)?
        for value in facts.values(of: field) {
            guard let position = rank[value.text.uppercased()] else { continue }
            if let latest, position < latest.rank {
                return [CheckHit(value, values: ["value": value.text, "previous": latest.text])]
            }
            if latest == nil || position > latest!.rank { latest = (position, value.text) }
        }
        return []
    }
}
