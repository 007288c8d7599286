/// Fires on every paragraph marked above the level of `ceiling` (default banner.level; SBU
/// counts as U): `<check kind="level-ceiling"/>`. {level} is the paragraph's level, {ceiling}
/// the level it exceeds.
struct LevelCeiling: CheckKind {
    static let name = "level-ceiling"
    static let variables: Set<String> = paragraphVariables.union(["level", "ceiling"])
    private static let ceilingParameter = CheckParameter.levelField(
        "ceiling", "the level field no paragraph may be marked above")
    static let parameters = [ceilingParameter]
    let ceiling: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        ceiling = try element.levelField(Self.ceilingParameter)
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        guard let limit = facts.level(of: ceiling)?.level else { return [] }
        return facts.cable.paragraphs.compactMap { paragraph in
            guard let level = paragraph.mark?.effectiveLevel, level > limit else { return nil }
            return CheckHit(paragraph, values: ["level": level.abbreviation, "ceiling": limit.abbreviation])
        }
    }
}
