import CableMark

extension CalendarDate {
    /// The run date of tests whose rules do not depend on it: the library reads no clock, so a
    /// test names its day (one near the time these tests were written, past every corpus DECL
    /// date that matters to them).
    static let testRunDate = CalendarDate(year: 2026, month: 12, day: 1)!
}
