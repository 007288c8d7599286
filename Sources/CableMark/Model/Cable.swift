/// One cable as read from its input, every part with its place in the input file.
///
/// Readers fill it; rules, reporters and the sanitizer only read it.
public struct Cable: Sendable, Codable {
    public var format: CableFormat
    /// The input file's path as given on the command line.
    public var path: String
    /// 1-based record number within a file that holds several cables (cables.csv); nil otherwise.
    public var recordNumber: Int?
    /// Where the cable's text stands in the file (the whole file, or one CSV record).
    public var range: SourceRange

    public var metadata: SourceMetadata
    public var routing: RoutingHeader
    /// The classification line; nil when none was found.
    public var banner: Banner?
    /// Repeats of the classification line at later sections or page breaks.
    public var sectionBanners: [Banner]
    public var captions: [Caption]
    public var executiveOrder: ExecutiveOrderLine?
    public var tagsLine: TextField?
    public var tags: [TextField]
    public var subject: TextField?
    public var references: TextField?
    public var classifiedBy: ClassifiedBy?
    /// "Derived From:" line, for derivative classification.
    public var derivedFrom: TextField?
    /// "1. CONFIDENTIAL - ENTIRE TEXT." in older cables: one mark for every paragraph.
    public var entireTextLevel: ClassificationLevel?
    public var paragraphs: [Paragraph]
    /// The cable's date: its date-time group, else the source's date, else the year of its id.
    public var date: CableDate?

    public init(format: CableFormat, path: String, recordNumber: Int? = nil, range: SourceRange) {
        self.format = format
        self.path = path
        self.recordNumber = recordNumber
        self.range = range
        metadata = SourceMetadata()
        routing = RoutingHeader()
        banner = nil
        sectionBanners = []
        captions = []
        executiveOrder = nil
        tagsLine = nil
        tags = []
        subject = nil
        references = nil
        classifiedBy = nil
        derivedFrom = nil
        entireTextLevel = nil
        paragraphs = []
        date = nil
    }

    /// The cable's level as its classification line states it.
    public var level: ClassificationLevel? { banner?.level }

    public func hasCaption(_ name: String) -> Bool {
        captions.contains { $0.name == name }
    }

    /// SENSITIVE caption, or SENSITIVE/SBU on the classification line itself.
    public var isSensitive: Bool {
        hasCaption("SENSITIVE") || (banner?.compoundWords.contains { $0 == "SENSITIVE" || $0 == "SBU" } ?? false)
    }
}
