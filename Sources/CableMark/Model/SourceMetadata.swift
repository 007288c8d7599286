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
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let head = text.split(separator: "/").first.map(String.init) ?? text
            return ClassificationLevel(token: head.trimmingSpaces())
        }
        // ASCII, the usual case: "/", spaces and tabs are each one byte and one character, so
        // the bytes give the same word without splitting the text into characters.
        let bytes = text.utf8
        let slash = UInt8(ascii: "/")
        var start = bytes.startIndex
        while start != bytes.endIndex, bytes[start] == slash { start = bytes.index(after: start) }
        var head = bytes[start..<(bytes[start...].firstIndex(of: slash) ?? bytes.endIndex)]
        while let first = head.first, first == 0x20 || first == 0x09 { head = head.dropFirst() }
        while let last = head.last, last == 0x20 || last == 0x09 { head = head.dropLast() }
        return ClassificationLevel(token: String(Substring(head)))
    }
}
