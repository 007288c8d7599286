/// The ACP-127 lines above the classification line.
public struct RoutingHeader: Sendable, Hashable, Codable {
    /// "ZNY CCCCC ZZH" and the like.
    public var securityWarning: TextField?
    /// The level the security warning stands for; EFTO is unclassified with `isEFTO`.
    public var securityWarningLevel: ClassificationLevel?
    public var securityWarningIsEFTO: Bool
    /// "P 212107Z JUN 07".
    public var dateTimeGroup: TextField?

    public init(
        securityWarning: TextField? = nil, securityWarningLevel: ClassificationLevel? = nil,
        securityWarningIsEFTO: Bool = false, dateTimeGroup: TextField? = nil
    ) {
        self.securityWarning = securityWarning
        self.securityWarningLevel = securityWarningLevel
        self.securityWarningIsEFTO = securityWarningIsEFTO
        self.dateTimeGroup = dateTimeGroup
    }
}
