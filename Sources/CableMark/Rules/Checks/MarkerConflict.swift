/// Fires where `marker` and any marker of `with` stand together: on every paragraph that has
/// both (portion markers), or once for the cable (header and banner markers, reported where the
/// `with` marker stands): `<check kind="marker-conflict" marker="header:SIPDIS"
/// with="header:NODIS header:EXDIS"/>`. {marker} and {other} name the two.
struct MarkerConflict: CheckKind {
    static let name = "marker-conflict"
    static let variables: Set<String> = paragraphVariables.union(["marker", "other"])
    private static let markerParameter = CheckParameter("marker", .marker, required: true, "the marker")
    private static let withParameter = CheckParameter(
        "with", .markers, required: true, "the markers it may not stand with, of the same scope")
    static let parameters = [markerParameter, withParameter]
    let marker: Marker
    let others: [Marker]

    init(_ element: CheckElement) throws(RuleSetError) {
        marker = try element.marker(Self.markerParameter)
        others = try element.requiredMarkers(Self.withParameter)
        let portionScoped = marker.scope == .portion
        guard others.allSatisfy({ ($0.scope == .portion) == portionScoped }) else {
            throw element.error("marker-conflict compares portion markers with portion markers, and header or banner markers with each other")
        }
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        guard case .portion(let first) = marker else {
            guard facts.has(marker), let other = others.first(where: facts.has) else { return [] }
            let place = facts.place(of: other)
            return [CheckHit(place, values: ["marker": marker.name, "other": other.name])]
        }
        var hits: [CheckHit] = []
        for (paragraph, markers) in zip(facts.cable.paragraphs, facts.portions) where markers.isSuperset(of: first) {
            for case .portion(let second) in others where markers.isSuperset(of: second) {
                hits.append(CheckHit(paragraph, values: ["marker": marker.name, "other": second.name]))
                break
            }
        }
        return hits
    }
}

extension CableFacts {
    /// Where a header or banner marker stands (a paragraph marker has no single place: the
    /// classification line is used).
    func place(of marker: Marker) -> FieldValue {
        if case .header(let name) = marker, let place = header[name] { return place }
        if let banner = cable.banner { return FieldValue(banner.marking, banner.line) }
        let start = cable.missingFieldPlace
        return FieldValue(text: "", range: start.range, context: start.context)
    }
}
