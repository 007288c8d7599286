/// What the container says about the cable, apart from the cable's own text: the cables.csv
/// columns, the Cablegate page's table, the JSON record's fields, a web extract's header.
public struct SourceMetadata: Sendable, Hashable, Codable {
    /// The classification the source states ("CONFIDENTIAL//NOFORN").
    public var classification: TextField?
    /// The cable's reference id ("07LIMA3673").
    public var referenceID: TextField?
    /// The cable's date as the source gives it.
    public var date: CalendarDate?
    public var dateField: TextField?
    public var origin: TextField?

    public init(
        classification: TextField? = nil, referenceID: TextField? = nil, date: CalendarDate? = nil,
        dateField: TextField? = nil, origin: TextField? = nil
    ) {
        self.classification = classification
        self.referenceID = referenceID
        self.date = date
        self.dateField = dateField
        self.origin = origin
    }

    /// The level named by `classification`: its first word (UNCLASSIFIED, CONFIDENTIAL, SECRET,
    /// TOP SECRET), ignoring controls after "//".
    public var classificationLevel: ClassificationLevel? {
        guard let text = classification?.text else { return nil }
        let head = text.split(separator: "/").first.map(String.init) ?? text
        return ClassificationLevel(token: head.trimmingSpaces())
    }
}
