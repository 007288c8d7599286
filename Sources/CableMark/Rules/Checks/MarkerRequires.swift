/// Fires when a cable has the marker `if` but not the marker `then`:
///
/// - portion `if`, header or banner `then`: once, at the first paragraph with `if`;
/// - portion `if`, portion `then`: on every paragraph with `if` but not `then`;
/// - header or banner `if`, portion `then`: among the paragraphs with every marker of `among`
///   (default portion:marked), on each one without `then` (quantifier="each", the default), or
///   once at `if` when none has it (quantifier="some");
/// - header or banner `if` and `then`: once, at `if`.
///
/// {marker} names `if`, {required} names `then`.
struct MarkerRequires: CheckKind {
    static let name = "marker-requires"
    static let variables: Set<String> = paragraphVariables.union(["marker", "required"])
    private static let ifParameter = CheckParameter("if", .marker, required: true, "the marker that requires the other")
    private static let thenParameter = CheckParameter("then", .marker, required: true, "the marker it requires")
    private static let amongParameter = CheckParameter(
        "among", .markers,
        "header or banner if=, portion then=: the paragraphs that must have then= have all these portion markers (default portion:marked)")
    private static let quantifierParameter = CheckParameter(
        "quantifier", .quantifier,
        "header or banner if=, portion then=: each of those paragraphs must have then= (each, the default), or one (some)")
    static let parameters = [ifParameter, thenParameter, amongParameter, quantifierParameter]
    let condition: Marker
    let requirement: Marker
    let among: PortionMarkers
    let everyParagraph: Bool

    init(_ element: CheckElement) throws(RuleSetError) {
        condition = try element.marker(Self.ifParameter)
        requirement = try element.marker(Self.thenParameter)
        let amongMarkers = try element.markers(Self.amongParameter)
        let quantifier = element.string(Self.quantifierParameter)
        guard condition.scope != .portion && requirement.scope == .portion else {
            guard amongMarkers == nil, quantifier == nil else {
                throw element.error("among= and quantifier= need a header or banner if= and a portion then=")
            }
            among = .marked
            everyParagraph = true
            return
        }
        var among: PortionMarkers = []
        for marker in amongMarkers ?? [] {
            guard case .portion(let markers) = marker else {
                throw element.error("among= takes portion markers, not '\(marker)'")
            }
            among.formUnion(markers)
        }
        self.among = among.isEmpty ? .marked : among
        everyParagraph = (quantifier ?? "each") == "each"
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        let values = ["marker": condition.name, "required": requirement.name]
        switch (condition, requirement) {
        case (.portion(let markers), .portion(let required)):
            return zip(facts.cable.paragraphs, facts.portions).compactMap { paragraph, present in
                present.isSuperset(of: markers) && !present.isSuperset(of: required)
                    ? CheckHit(paragraph, values: values) : nil
            }
        case (.portion(let markers), _):
            guard !facts.has(requirement),
                let index = facts.portions.firstIndex(where: { $0.isSuperset(of: markers) })
            else { return [] }
            return [CheckHit(facts.cable.paragraphs[index], values: values)]
        case (_, .portion(let required)):
            guard facts.has(condition) else { return [] }
            let candidates = zip(facts.cable.paragraphs, facts.portions).filter { $0.1.isSuperset(of: among) }
            if everyParagraph {
                return candidates.compactMap { paragraph, present in
                    present.isSuperset(of: required) ? nil : CheckHit(paragraph, values: values)
                }
            }
            guard !candidates.contains(where: { $0.1.isSuperset(of: required) }) else { return [] }
            return [CheckHit(facts.place(of: condition), values: values)]
        default:
            guard facts.has(condition), !facts.has(requirement) else { return [] }
            return [CheckHit(facts.place(of: condition), values: values)]
        }
    }
}
