/// Fires for every input (or record of one) that could not be read as a cable at all; the
/// engine reports it at the start of the input, with the reader's one-line {reason}.
/// It never fires on a cable.
struct UnrecognizedDocument: CheckKind {
    static let name = "unrecognized-document"
    static let variables: Set<String> = ["reason"]
    static let parameters: [CheckParameter] = []

    init(_ element: CheckElement) throws(RuleSetError) {}

    func hits(in facts: CableFacts) -> [CheckHit] { [] }
}
