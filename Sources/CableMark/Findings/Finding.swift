/// One rule violation at one place in one input.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var path: String
    /// 1-based record number for files holding several cables.
    public var recordNumber: Int?
    public var range: SourceRange
    /// The cable's reference id, when known ("07LIMA3673").
    public var cableID: String?
    /// The text the finding is about (a paragraph's text, a header line), white space folded:
    /// what baselines and fingerprints key on instead of line numbers.
    public var context: String

    public init(
        ruleID: String, severity: Severity, message: String, path: String, recordNumber: Int? = nil,
        range: SourceRange, cableID: String? = nil, context: String = ""
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.path = path
        self.recordNumber = recordNumber
        self.range = range
        self.cableID = cableID
        self.context = context
    }

    /// Report order: by path, then position, then rule id.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.range.start.offset != rhs.range.start.offset {
            return lhs.range.start.offset < rhs.range.start.offset
        }
        return lhs.ruleID < rhs.ruleID
    }
}
