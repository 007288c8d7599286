/// How a year written with two digits ("98", "03") is read: within the hundred years that begin
/// at the earliest year a date of its kind can name. A cable's own dates and its declassification
/// date need different centuries: a cable sent in "66" was sent in 1966 (the released collections
/// begin that year), while "DECL: 12/31/60" can only be 2060 (declassification dates were set from
/// E.O. 12065, 1978, on).
public enum TwoDigitYear: Sendable {
    /// A day a cable was sent or recorded: its date-time group, a container's record date, the
    /// year of its id. Read as 1950–2049.
    case sent
    /// A declassification date. Read as 1970–2069.
    case declassification

    /// The full year of `value`, written with `digits` digits; a year written with more than two
    /// digits is taken as written.
    public func fullYear(_ value: Int, digits: Int) -> Int {
        guard digits <= 2 else { return value }
        let firstYear = self == .sent ? 1950 : 1970
        let century = firstYear - firstYear % 100
        return value >= firstYear % 100 ? century + value : century + 100 + value
    }
}
