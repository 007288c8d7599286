/// A made-up cable with every part filled in, whose XML view xpath rules are tried on when they
/// are loaded (see `XPathCheck`).
enum SampleCable {
    static let date = CalendarDate(year: 2007, month: 6, day: 21)!

    static let cable: Cable = {
        var line = 0
        func field(_ text: String) -> TextField {
            line += 1
            let start = SourcePosition(line: line, column: 1, offset: line * 100)
            let end = SourcePosition(line: line, column: text.count + 1, offset: line * 100 + text.utf8.count)
            return TextField(text: text, range: SourceRange(start: start, end: end))
        }
        var cable = Cable(format: .rawTelegram, path: "sample.txt", range: .fileStart)
        cable.metadata = SourceMetadata(
            classification: field("CONFIDENTIAL//NOFORN"), referenceID: field("07LIMA2181"), date: date,
            dateField: field("2007-06-21"), origin: field("Embassy Lima"))
        cable.routing = RoutingHeader(
            securityWarning: field("ZNY CCCCC ZZH"), securityWarningLevel: .confidential,
            dateTimeGroup: field("P 212107Z JUN 07"))
        cable.banner = Banner(
            line: field("C O N F I D E N T I A L SECTION 01 OF 02 LIMA 002181"), marking: "C O N F I D E N T I A L",
            level: .confidential, section: 1, sectionCount: 2)
        cable.sectionBanners = [
            Banner(
                line: field("C O N F I D E N T I A L SECTION 02 OF 02 LIMA 002181"),
                marking: "C O N F I D E N T I A L", level: .confidential, section: 2, sectionCount: 2)
        ]
        cable.captions = ["SIPDIS", "NOFORN"].map { Caption(name: $0, range: field($0).range) }
        let eo = field("E.O. 12958: DECL: 06/21/2017")
        cable.executiveOrder = ExecutiveOrderLine(
            line: eo, order: "12958", instruction: field("06/21/2017"),
            declassification: .date(CalendarDate(year: 2017, month: 6, day: 21)!, exemptions: ["25X1"]))
        cable.tagsLine = field("TAGS: PREL PGOV PE")
        cable.tags = ["PREL", "PGOV", "PE"].map(field)
        cable.subject = field("(C) SCENESETTER")
        cable.references = field("A. LIMA 994")
        cable.classifiedBy = ClassifiedBy(
            line: field("Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (c and d)"),
            classifier: "Ambassador J. Curtis Struble", reason: field("1.4 (c and d)"), reasonSection: "1.4",
            reasonCategories: "cd")
        cable.derivedFrom = field("Derived From: Multiple Sources")
        cable.entireTextLevel = .confidential
        cable.paragraphs = ["SBU", "C//NF", "S//REL TO USA, GBR"].enumerated().map { index, mark in
            let text = field("Paragraph text.")
            return Paragraph(
                number: index + 1, mark: PortionMark(raw: mark), markRange: text.range, range: text.range,
                text: text.text)
        }
        cable.date = CableDate(date)
        return cable
    }()

    static let view = CableXMLView(cable: cable)
}
