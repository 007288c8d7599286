/// A rule that could not finish on one cable (its XPath went over the operation limit): it gave
/// no finding there, the other rules ran, and the file is reported as not fully checked (exit
/// status 2).
public struct RuleFailure: Sendable, Hashable, CustomStringConvertible {
    public var ruleID: String
    public var path: String
    public var recordNumber: Int?
    public var cableID: String?
    public var message: String

    /// "rule 'x' could not finish on cable 09KYIV944 (record 2): ..."
    public var description: String {
        var cable = cableID.map { "cable \($0)" } ?? "the cable"
        if let recordNumber { cable += " (record \(recordNumber))" }
        return "rule '\(ruleID)' could not finish on \(cable) and reported nothing there: \(message)"
    }
}
