/// Fires on every date of a date field outside [base + min, base + max], where base is the
/// cable's date or the run date: `<check kind="date-window" field="decl.date" base="cable-date"
/// max="+25y"/>`. {value} is the date, {base} the base date, {limit} the bound it crossed.
/// `up-to="+25y"` leaves dates after base + 25 years alone: another rule reports those (a date
/// past 25 years is not also reported as past 10).
struct DateWindowCheck: CheckKind {
    static let name = "date-window"
    static let variables: Set<String> = ["value", "base", "limit"]
    private static let fieldParameter = CheckParameter.field("the date field whose dates are checked (decl.date, date)")
    private static let baseParameter = CheckParameter(
        "base", .dateBase, required: true, "the date the window is counted from: the cable's, or the run's")
    private static let minimumParameter = CheckParameter("min", .dateOffset, "the earliest date allowed, from base")
    private static let maximumParameter = CheckParameter("max", .dateOffset, "the latest date allowed, from base")
    private static let upToParameter = CheckParameter(
        "up-to", .dateOffset, "dates after base plus this are left alone (another rule reports them)")
    static let parameters = [fieldParameter, baseParameter, minimumParameter, maximumParameter, upToParameter]
    let field: CableField
    let fromRunDate: Bool
    let minimum: DateOffset?
    let maximum: DateOffset?
    let upTo: DateOffset?

    init(_ element: CheckElement) throws(RuleSetError) {
        field = try element.requiredField(Self.fieldParameter)
        guard field.isDate else {
            throw element.error("date-window needs a date field (decl.date, date), not '\(field.rawValue)'")
        }
        fromRunDate = try element.required(Self.baseParameter) == "as-of"
        minimum = try element.offset(Self.minimumParameter)
        maximum = try element.offset(Self.maximumParameter)
        upTo = try element.offset(Self.upToParameter)
        guard minimum != nil || maximum != nil else {
            throw element.error("date-window needs min= or max=")
        }
    }

    /// A date known only to a year fires where every day of it would: the earliest day against
    /// `min`, the latest against `max` and `up-to`.
    func hits(in facts: CableFacts) -> [CheckHit] {
        guard let base = fromRunDate ? CableDate(facts.asOf) : facts.cable.date else { return [] }
        let earliest = minimum?.applied(to: base.earliest)
        let latest = maximum?.applied(to: base.latest)
        let last = upTo?.applied(to: base.latest)
        return facts.values(of: field).compactMap { value in
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
