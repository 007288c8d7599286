/// Fires on every date of a date field outside [base + min, base + max], where base is the
/// cable's date or the run date: `<check kind="date-window" field="decl.date" base="cable-date"
/// max="+25y"/>`. {value} is the date, {base} the base date, {limit} the bound it crossed.
/// `up-to="+25y"` leaves dates after base + 25 years alone: another rule reports those (a date
/// past 25 years is not also reported as past 10).
struct DateWindowCheck: CheckKind {
    static let name = "date-window"
    static let variables: Set<String> = ["value", "base", "limit"]
    let field: CableField
    let fromRunDate: Bool
    let minimum: DateOffset?
    let maximum: DateOffset?
    let upTo: DateOffset?

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.field("field")
        guard field.isDate else {
            throw element.error("date-window needs a date field (decl.date, date), not '\(field.rawValue)'")
        }
        let base = try element.required("base")
        fromRunDate = base == "as-of"
        minimum = try Self.offset(element, "min")
        maximum = try Self.offset(element, "max")
        upTo = try Self.offset(element, "up-to")
        guard minimum != nil || maximum != nil else {
            throw element.error("date-window needs min= or max=")
        }
    }

    private static func offset(_ element: CheckElement, _ name: String) throws(RuleSetError) -> DateOffset? {
        guard let text = element.attribute(name) else { return nil }
        guard let offset = DateOffset(text) else {
            throw element.error("\(name)=\"\(text)\" is not an offset such as 0, +25y, +6m, -1d")
        }
        return offset
    }

    /// A date known only to a year fires where every day of it would: the earliest day against
    /// `min`, the latest against `max` and `up-to`.
    func hits(in facts: CableFacts) -> [CheckHit] {
        guard let base = fromRunDate ? CableDate(facts.asOf) : facts.cable.date else { return [] }
        let earliest = minimum?.applied(to: base.earliest)
        let latest = maximum?.applied(to: base.latest)
        let last = upTo?.applied(to: base.latest)
        return facts.cable.values(of: field).compactMap { value in
            guard let date = value.date else { return nil }
            if let last, last < date.earliest { return nil }
            let limit: CalendarDate
            if let earliest, date.latest < earliest {
                limit = earliest
            } else if let latest, latest < date.earliest {
                limit = latest
            } else {
                return nil
            }
            return CheckHit(
                value,
                values: ["value": date.description, "base": base.description, "limit": limit.description])
        }
    }
}
