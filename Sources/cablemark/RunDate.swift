import ArgumentParser
import CableMark
import Foundation

/// The day a run judges dates against: `--as-of` when given, else today (UTC). The library
/// never reads the clock; every command asks here.
enum RunDate {
    /// Refuses an `--as-of` not written YYYY-MM-DD.
    static func validate(asOf text: String?) throws {
        if let text, date(text) == nil {
            throw ValidationError("--as-of '\(text)' is not a date as YYYY-MM-DD")
        }
    }

    /// `--as-of`'s date when given (and valid), else today.
    static func resolve(asOf text: String?) -> CalendarDate {
        text.flatMap(date) ?? today()
    }

    /// Today's date in UTC.
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The date written YYYY-MM-DD; nil otherwise.
    private static func date(_ text: String) -> CalendarDate? {
        text.count == 10 ? CalendarDate(iso: Substring(text)) : nil
    }
}
