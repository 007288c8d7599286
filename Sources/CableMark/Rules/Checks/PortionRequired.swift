/// Fires on every numbered paragraph without a portion mark right after its number:
/// `<check kind="portion-required" when="!entire-text"/>`.
struct PortionRequired: CheckKind {
    static let name = "portion-required"
    static let variables: Set<String> = paragraphVariables

    init(_ element: CheckElement) throws(RuleSetError) {}

    func hits(in facts: CableFacts) -> [CheckHit] {
        facts.cable.paragraphs.compactMap { paragraph in
            paragraph.number != nil && paragraph.mark == nil ? CheckHit(paragraph) : nil
        }
    }
}
