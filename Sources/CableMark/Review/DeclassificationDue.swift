/// A cable whose declassification date has passed, or falls within the review window.
public struct DeclassificationDue: Sendable, Hashable {
    public var path: String
    /// 1-based line of the E.O. line in the input file.
    public var line: Int
    public var recordNumber: Int?
    /// The source's reference id (07LIMA123); nil when the source gives none.
    public var cableID: String?
    public var level: ClassificationLevel?
    /// The declassification date the instruction states.
    public var date: CalendarDate
    /// What follows "DECL:", as written.
    public var instruction: String
    public var exemptions: [String]

    /// Whether the date is on or before the run date (else it falls within the window).
    public func hasPassed(asOf: CalendarDate) -> Bool { date <= asOf }
}
