/// "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (c and d)".
public struct ClassifiedBy: Sendable, Hashable, Codable {
    public var line: TextField
    /// The classifier's name and position, as written, without the reason.
    public var classifier: String
    /// The reason as written ("1.4 (c and d)"); nil when none is given.
    public var reason: TextField?
    /// The section cited: "1.4" or "1.5"; nil when no section could be read.
    public var reasonSection: String?
    /// Categories a–h cited, in order, lowercased ("bd").
    public var reasonCategories: String

    public init(
        line: TextField, classifier: String, reason: TextField?, reasonSection: String?,
        reasonCategories: String
    ) {
        self.line = line
        self.classifier = classifier
        self.reason = reason
        self.reasonSection = reasonSection
        self.reasonCategories = reasonCategories
    }
}
