/// The declassification review queue: cables whose DECL date has passed on the run date or falls
/// within a window after it, soonest first. Instructions without a date (OADR, MR, exemptions
/// alone, unreadable text) are not due by date and are left out.
public struct DeclassificationQueue: Sendable {
    public let asOf: CalendarDate
    /// The last date the queue holds: the run date moved by the window.
    public let until: CalendarDate
    public private(set) var entries: [DeclassificationDue] = []

    /// The window as `--within` writes it: days, months or years ("90d", "6m", "1y").
    public static func windowEnd(asOf: CalendarDate, within: String) -> CalendarDate? {
        guard let offset = DateOffset("+" + within), offset.amount >= 0 else { return nil }
        return offset.applied(to: asOf)
    }

    public init(asOf: CalendarDate, until: CalendarDate) {
        self.asOf = asOf
        self.until = until
    }

    public mutating func add(_ cable: Cable) {
        guard let line = cable.executiveOrder, case .date(let date, let exemptions) = line.declassification,
            date <= until
        else { return }
        entries.append(
            DeclassificationDue(
                path: cable.path, line: line.line.range.start.line, recordNumber: cable.recordNumber,
                cableID: cable.metadata.referenceID?.text, level: cable.level, date: date,
                instruction: line.instruction?.text ?? "", exemptions: exemptions))
    }

    /// Soonest date first; among equal dates, in input order.
    public var sorted: [DeclassificationDue] {
        entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
