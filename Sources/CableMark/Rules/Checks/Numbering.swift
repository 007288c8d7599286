/// Fires on every numbered paragraph whose number is not the one after the previous numbered
/// paragraph's (the first must be 1): gaps and repeats. {paragraph} is the number found,
/// {expected} the number that should stand there, {previous} the one before ("none"). A hit
/// stands at the paragraph's number.
struct Numbering: CheckKind {
    static let name = "numbering"
    static let variables: Set<String> = paragraphVariables.union(["expected", "previous"])
    static let parameters: [CheckParameter] = []

    init(_ element: CheckElement) throws(RuleSetError) {}

    func hits(in facts: CableFacts) -> [CheckHit] {
        var hits: [CheckHit] = []
        var previous: Int?
        for paragraph in facts.cable.paragraphs {
            guard let number = paragraph.number else { continue }
            let expected = (previous ?? 0) + 1
            if number != expected {
                // At the number the finding is about, not at the mark after it.
                var hit = CheckHit(
                    paragraph, values: ["expected": String(expected), "previous": previous.map(String.init) ?? "none"])
                hit.range = paragraph.numberRange ?? hit.range
                hits.append(hit)
            }
            previous = number
        }
        return hits
    }
}
