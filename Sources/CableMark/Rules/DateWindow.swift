/// The cable dates something applies to, both ends included; an open end is unbounded.
struct DateWindow: Sendable, Hashable {
    var from: CalendarDate?
    var until: CalendarDate?

    static let always = DateWindow(from: nil, until: nil)

    /// A cable whose date is unknown is inside every window: rules are not silently skipped.
    func contains(_ date: CalendarDate?) -> Bool {
        guard let date else { return true }
        if let from, date < from { return false }
        if let until, until < date { return false }
        return true
    }
}
