/// Fires on every paragraph marked above the level of `ceiling` (default banner.level; SBU
/// counts as U): `<check kind="level-ceiling"/>`. {level} is the paragraph's level, {ceiling}
/// the level it exceeds.
struct LevelCeiling: CheckKind {
    static let name = "level-ceiling"
    static let variables: Set<String> = paragraphVariables.union(["level", "ceiling"])
    private static let ceilingParameter = CheckParameter(
        "ceiling", .field, "the level field no paragraph may be marked above (default banner.level)")
    static let parameters = [ceilingParameter]
    let ceiling: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        ceiling = try element.field(Self.ceilingParameter) ?? .bannerLevel
        guard ceiling.isLevel else {
            throw element.error("ceiling= needs a level field (banner.level, metadata.level), not '\(ceiling.rawValue)'")
        }
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        guard let text = facts.cable.values(of: ceiling).first?.text,
            let limit = ClassificationLevel(token: text)
        else { return [] }
        return facts.cable.paragraphs.compactMap { paragraph in
            guard let level = paragraph.mark?.effectiveLevel, level > limit else { return nil }
            return CheckHit(paragraph, values: ["level": level.abbreviation, "ceiling": limit.abbreviation])
        }
    }
}

extension CableField {
    /// Fields whose values are levels (U, C, S, TS).
    var isLevel: Bool { self == .bannerLevel || self == .metadataLevel }
}
