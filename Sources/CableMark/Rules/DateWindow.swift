/// The cable dates something applies to, both ends included; an open end is unbounded.
struct DateWindow: Sendable, Hashable {
    var from: CalendarDate?
    var until: CalendarDate?

    static let always = DateWindow(from: nil, until: nil)

    /// Whether every day `date` may be is inside the window (a rule limited to the window
    /// applies). A cable whose date is unknown is inside every window: rules are not silently
    /// skipped.
    func contains(_ date: CableDate?) -> Bool {
        guard let date else { return true }
        return contains(date.earliest) && contains(date.latest)
    }

    /// Whether some day `date` may be is inside the window; true when the date is unknown.
    func overlaps(_ date: CableDate?) -> Bool {
        guard let date else { return true }
        if let from, date.latest < from { return false }
        if let until, until < date.earliest { return false }
        return true
    }

    /// The days both windows hold: a date is in it when it is in both.
    func intersection(_ other: DateWindow) -> DateWindow {
        let from = [self.from, other.from].compactMap { $0 }.max()
        let until = [self.until, other.until].compactMap { $0 }.min()
        return DateWindow(from: from, until: until)
    }

    func contains(_ day: CalendarDate) -> Bool {
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }
}
