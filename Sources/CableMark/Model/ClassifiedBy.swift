/// "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (c and d)".
public struct ClassifiedBy: Sendable, Hashable, Codable {
    public var line: TextField
    /// The classifier's name and position, as written, without the reason.
    public var classifier: String
    /// The reason as written ("1.4 (c and d)"); nil when none is given.
    public var reason: TextField?
    /// The section cited: "1.4" or "1.5"; nil when no section could be read.
    public var reasonSection: String?
    /// Categories a–h cited, in order, lowercased ("bd"); other letters upper-cased.
    public var reasonCategories: String
    /// True for a derivative classification ("Classified By: Derived from DSCG 05-01"): it cites
    /// its source, and `classifier` is only a name written before "Derived from", if any.
    public var isDerivative: Bool
    /// True when the copy cuts the line before any reason ("Classified By: Political Counselor
    /// Jane Do...", a page's preview): what the cable gave as its reason cannot be read.
    public var isCut: Bool

    public init(
        line: TextField, classifier: String, reason: TextField?, reasonSection: String?,
        reasonCategories: String, isDerivative: Bool = false, isCut: Bool = false
    ) {
        self.line = line
        self.classifier = classifier
        self.reason = reason
        self.reasonSection = reasonSection
        self.reasonCategories = reasonCategories
        self.isDerivative = isDerivative
        self.isCut = isCut
    }
}
