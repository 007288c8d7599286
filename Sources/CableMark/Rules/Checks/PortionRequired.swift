/// Fires on every numbered paragraph without a portion mark right after its number:
/// `<check kind="portion-required" when="!entire-text"/>`. With roll-up="true", a cable none of
/// whose paragraphs is marked gets one hit, at its first paragraph, that lists them in
/// {paragraphs}: the cable was not portion-marked at all, which is one fact, not one per paragraph.
struct PortionRequired: CheckKind {
    static let name = "portion-required"
    static let variables: Set<String> = paragraphVariables.union(["paragraphs"])
    private static let rollUpParameter = CheckParameter(
        "roll-up", .flag, "true: a cable with no paragraph marked gets one hit, that lists them")
    static let parameters = [rollUpParameter]
    let rollsUp: Bool

    init(_ element: CheckElement) throws(RuleSetError) {
        rollsUp = element.bool(Self.rollUpParameter)
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        let paragraphs = facts.cable.paragraphs
        let unmarked = paragraphs.filter { $0.number != nil && $0.mark == nil }
        guard rollsUp, let first = unmarked.first, !paragraphs.contains(where: { $0.mark != nil }) else {
            return unmarked.map { CheckHit($0) }
        }
        let numbers = unmarked.compactMap(\.number).map(String.init).joined(separator: ", ")
        return [CheckHit(first, values: ["paragraphs": numbers])]
    }
}
