@testable import CableMark

/// Cables built in Swift for check-kind tests, each part on its own line so that findings can be
/// checked by line: line 1 routing, 2 banner, 3... captions, then E.O., TAGS, SUBJECT,
/// Classified By, then one line per paragraph.
struct TestCable {
    var level: ClassificationLevel? = .confidential
    var marking: String?
    var compoundWords: [String] = []
    var routingLevel: ClassificationLevel?
    var captions: [String] = []
    var eo: String? = "E.O. 12958: DECL: 06/21/2017"
    var declassification: DeclassInstruction = .date(CalendarDate(year: 2017, month: 6, day: 21)!, exemptions: [])
    var order: String? = "12958"
    var tags: [String] = ["PREL", "PE"]
    var classifiedBy: String? = "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)"
    var reasonSection: String? = "1.4"
    var reasonCategories = "bd"
    var marks: [String?] = ["C", "U"]
    var numbers: [Int?]?
    var date: CalendarDate? = CalendarDate(year: 2007, month: 6, day: 21)
    /// A cable dated by the year of its id alone (replaces `date`).
    var dateYear: Int?
    var metadataClassification: String?
    var entireText: ClassificationLevel?

    /// The line each part stands on.
    static let bannerLine = 2

    func build() -> Cable {
        var line = 0
        func field(_ text: String, column: Int = 1) -> TextField {
            line += 1
            let offset = line * 1000 + column - 1
            return TextField(
                text: text,
                range: SourceRange(
                    start: SourcePosition(line: line, column: column, offset: offset),
                    end: SourcePosition(line: line, column: column + text.count, offset: offset + text.utf8.count)))
        }
        var cable = Cable(format: .rawTelegram, path: "test.txt", range: .fileStart)
        let routing = field(routingLevel.map { "ZNY \(String(repeating: $0.abbreviation, count: 5)) ZZH" } ?? "P 212107Z JUN 07")
        if let routingLevel {
            cable.routing = RoutingHeader(securityWarning: routing, securityWarningLevel: routingLevel)
        }
        let words = marking ?? level.map { $0 == .unclassified ? "UNCLAS" : $0.name } ?? "BANNER"
        let bannerText = ([words] + compoundWords).joined(separator: " ")
        cable.banner = Banner(
            line: field(bannerText + " LIMA 000123"), marking: bannerText, level: level, compoundWords: compoundWords)
        cable.captions = captions.map { Caption(name: $0, range: field($0).range) }
        if let eo {
            let eoField = field(eo)
            var instruction: TextField?
            if let decl = eo.range(of: "DECL: ") {
                let text = String(eo[decl.upperBound...])
                let column = eo.distance(from: eo.startIndex, to: decl.upperBound) + 1
                var start = eoField.range.start
                start.column = column
                start.offset += column - 1
                instruction = TextField(text: text, range: SourceRange(start: start, end: eoField.range.end))
            }
            cable.executiveOrder = ExecutiveOrderLine(
                line: eoField, order: order, instruction: instruction, declassification: declassification)
        }
        let tagsLine = field("TAGS: " + tags.joined(separator: " "))
        cable.tagsLine = tagsLine
        cable.tags = tags.map { TextField(text: $0, range: tagsLine.range) }
        cable.subject = field("SUBJECT: TEST")
        if let classifiedBy {
            cable.classifiedBy = ClassifiedBy(
                line: field(classifiedBy), classifier: "Ambassador J. Curtis Struble",
                reason: reasonSection.map { field($0) }, reasonSection: reasonSection,
                reasonCategories: reasonCategories)
        }
        for (index, mark) in marks.enumerated() {
            let number = numbers.map { $0[index] } ?? index + 1
            let text = field("\(number.map(String.init) ?? "") (\(mark ?? "")) Paragraph \(index + 1).", column: 1)
            var markRange = text.range
            markRange.start.column = 4
            cable.paragraphs.append(
                Paragraph(
                    number: number, mark: mark.map(PortionMark.init(raw:)), markRange: markRange, range: text.range,
                    text: "Paragraph \(index + 1)."))
        }
        if let metadataClassification {
            cable.metadata = SourceMetadata(classification: field(metadataClassification))
        }
        cable.entireTextLevel = entireText
        cable.date = dateYear.flatMap(CableDate.init(year:)) ?? date.map(CableDate.init)
        return cable
    }
}

/// A rule set of one rule around `check`, as XML text.
func ruleSetText(
    check: String, message: String? = "fired", id: String = "test-rule", severity: String = "warning",
    extra: String = ""
) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <rule-set name="test" format="1">
      <rule id="\(id)" severity="\(severity)">
        <title>a test rule</title>
    \(message.map { "    <message>\($0)</message>" } ?? "")
    \(extra)
        \(check)
        <rationale source="tests">Because.</rationale>
      </rule>
    </rule-set>
    """
}

/// Findings of a one-rule rule set (see `ruleSetText`) on `cable`.
func findings(
    check: String, message: String? = "fired", on cable: Cable, options: EngineOptions = EngineOptions(asOf: CalendarDate(year: 2012, month: 1, day: 1)!)
) throws -> [Finding] {
    let set = try RuleSet.parse(Array(ruleSetText(check: check, message: message).utf8), name: "test.xml")
    return try Engine(ruleSets: [set], options: options).findings(for: cable)
}
