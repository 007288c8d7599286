/// What a declassification instruction says.
public enum DeclassInstruction: Sendable, Hashable, Codable {
    /// "N/A": the cable is unclassified.
    case notApplicable
    /// A date, possibly with exemptions ("06/21/2017", "25X1 06/21/2032").
    case date(CalendarDate, exemptions: [String])
    /// Exemptions alone ("X1", "25X1-human", "50X1-HUM").
    case exemptions([String])
    /// Originating Agency's Determination Required.
    case oadr
    /// "MR", "Manual Review".
    case manualReview
    /// Nothing after DECL:.
    case missing
    /// Text that is none of the above.
    case unreadable(String)
}
