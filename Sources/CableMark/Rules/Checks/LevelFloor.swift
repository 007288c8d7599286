/// Fires once when a classified `field` (default banner.level) has no paragraph marked at its
/// level while every marked paragraph is below it (possible over-classification). Cables with
/// no levelled paragraph are left to portion-required; an "ENTIRE TEXT" mark counts as a
/// paragraph at its level. {level} is the field's level, {highest} the highest paragraph level.
struct LevelFloor: CheckKind {
    static let name = "level-floor"
    static let variables: Set<String> = ["level", "highest"]
    private static let fieldParameter = CheckParameter.levelField(
        "field", "the level field some paragraph must be marked at")
    static let parameters = [fieldParameter]
    let field: CableField

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.levelField(Self.fieldParameter)
    }

    func hits(in facts: CableFacts) -> [CheckHit] {
        guard let (value, level) = facts.level(of: field), level.isClassified else { return [] }
        var levels = facts.cable.paragraphs.compactMap { $0.mark?.effectiveLevel }
        if let entire = facts.cable.entireTextLevel { levels.append(entire) }
        guard let highest = levels.max(), highest < level else { return [] }
        return [CheckHit(value, values: ["level": level.abbreviation, "highest": highest.abbreviation])]
    }
}
