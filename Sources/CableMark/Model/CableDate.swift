/// When a cable was sent: one day, or the days it may have been sent on when nothing dates it
/// but the year of its id ("09RABAT1018": 1 January to 31 December 2009).
///
/// Rules decide on every day the date may be: a date rule fires only where it fires for all of
/// them, so an imprecise date raises no finding a precise one would not.
public struct CableDate: Sendable, Hashable, Codable, CustomStringConvertible {
    public var earliest: CalendarDate
    public var latest: CalendarDate

    public init(_ day: CalendarDate) {
        earliest = day
        latest = day
    }

    /// Every day of `year`.
    public init?(year: Int) {
        guard let first = CalendarDate(year: year, month: 1, day: 1),
            let last = CalendarDate(year: year, month: 12, day: 31)
        else { return nil }
        earliest = first
        latest = last
    }

    /// The day, when it is known.
    public var day: CalendarDate? { earliest == latest ? earliest : nil }

    /// "2009-12-30"; "2009" when only the year is known; else ISO 8601's "2009-01-01/2009-06-30".
    public var description: String {
        if let day { return day.description }
        if earliest.year == latest.year, earliest.month == 1, earliest.day == 1, latest.month == 12, latest.day == 31 {
            return String(earliest.year)
        }
        return "\(earliest)/\(latest)"
    }
}
