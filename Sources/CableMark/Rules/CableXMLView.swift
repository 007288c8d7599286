/// A cable as an XML document: what xpath rules test, and what `cablemark dump --xml` prints.
///
/// The element and attribute names are a stable interface (see the README). Each element that
/// stands for a part of the input carries `line` and `column` (1-based, where the part starts
/// in the input file). Text content is the source text, white space folded; attributes hold
/// what the reader made of it. Optional attributes are left out when there is nothing to say
/// (a boolean attribute appears only as ="true").
///
/// ```xml
/// <cable format="raw-telegram" path="lima.txt" date="2007-06-21" level="C" id="07LIMA2181">
///   <metadata classification="CONFIDENTIAL" level="C" id="07LIMA2181" date="2007-06-21"/>
///   <routing level="C" date-time-group="P 212107Z JUN 07" line="5" column="1">ZNY CCCCC ZZH</routing>
///   <banner classification="CONFIDENTIAL" level="C" marking="C O N F I D E N T I A L" line="17" column="1">C O N F I D E N T I A L LIMA 002181</banner>
///   <section-banner .../>
///   <captions><caption name="SIPDIS" line="19" column="1"/></captions>
///   <eo order="12958" line="23" column="1">E.O. 12958: DECL: 06/21/2017</eo>
///   <decl kind="date" date="2017-06-21" line="23" column="19">06/21/2017</decl>
///   <tags line="24" column="1"><tag line="24" column="7">PREL</tag>...</tags>
///   <subject line="25" column="1">SCENESETTER FOR ...</subject>
///   <references .../>
///   <classified-by classifier="Ambassador J. Curtis Struble" reason="1.4 (c and d)" section="1.4" categories="cd" ...>Classified By: ...</classified-by>
///   <derived-from .../>
///   <paragraph number="2" mark="C" level="C" line="34" column="10">In its foreign policy ...</paragraph>
/// </cable>
/// ```
public struct CableXMLView: Sendable {
    /// The document, one element per line.
    public let text: String
    /// Where the element on each line of `text` stands in the input, and its text.
    private let places: [Int: FieldValue]

    public init(cable: Cable) {
        var writer = Writer()
        writer.write(cable)
        text = writer.text
        places = writer.places
    }

    /// The parsed document; nil only if the view were not well-formed, which escaping prevents.
    func document() -> XMLDocument? {
        try? XMLDocument.parseXML(Array(text.utf8), name: "cable view")
    }

    /// The input place of `node`, or of the nearest element around it that has one.
    func place(of node: XMLNode) -> FieldValue? {
        var current: XMLNode? = node
        while let element = current {
            if let place = places[element.line] { return place }
            current = element.parent
        }
        return nil
    }
}

/// Writes the view: one element per line, so that an element's line in the view finds its place
/// in the input.
private struct Writer {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    var places: [Int: FieldValue] = [:]
    private var line = 2

    mutating func write(_ cable: Cable) {
        let start = cable.missingFieldPlace
        open(
            "cable",
            [
                ("format", cable.format.rawValue), ("path", cable.path), ("record", cable.recordNumber.map(String.init)),
                ("date", cable.date?.description), ("level", cable.level?.abbreviation),
                ("id", cable.metadata.referenceID?.text), ("entire-text", cable.entireTextLevel?.abbreviation),
            ], place: FieldValue(text: "", range: start.range, context: start.context), depth: 0,
            showsPosition: false)
        writeMetadata(cable.metadata)
        writeRouting(cable.routing)
        if let banner = cable.banner { write(banner, as: "banner") }
        for banner in cable.sectionBanners { write(banner, as: "section-banner") }
        if !cable.captions.isEmpty {
            open("captions", [], place: nil, depth: 1)
            for caption in cable.captions {
                leaf(
                    "caption", [("name", caption.name)],
                    place: FieldValue(text: caption.name, range: caption.range, context: caption.name), depth: 2)
            }
            close("captions", depth: 1)
        }
        if let eo = cable.executiveOrder { write(eo) }
        if let tagsLine = cable.tagsLine {
            open("tags", [], place: FieldValue(tagsLine.text, tagsLine), depth: 1)
            for tag in cable.tags {
                leaf("tag", [], content: tag.text, place: FieldValue(text: tag.text, range: tag.range, context: tagsLine.text), depth: 2)
            }
            close("tags", depth: 1)
        }
        for (name, field) in [("subject", cable.subject), ("references", cable.references)] {
            if let field { leaf(name, [], content: field.text, place: FieldValue(field.text, field), depth: 1) }
        }
        if let classifiedBy = cable.classifiedBy {
            leaf(
                "classified-by",
                [
                    ("classifier", classifiedBy.classifier.isEmpty ? nil : classifiedBy.classifier),
                    ("reason", classifiedBy.reason?.text), ("section", classifiedBy.reasonSection),
                    ("categories", classifiedBy.reasonCategories.isEmpty ? nil : classifiedBy.reasonCategories),
                ], content: classifiedBy.line.text, place: FieldValue(classifiedBy.line.text, classifiedBy.line), depth: 1)
        }
        if let derivedFrom = cable.derivedFrom {
            leaf("derived-from", [], content: derivedFrom.text, place: FieldValue(derivedFrom.text, derivedFrom), depth: 1)
        }
        for paragraph in cable.paragraphs { write(paragraph) }
        close("cable", depth: 0)
    }

    private mutating func writeMetadata(_ metadata: SourceMetadata) {
        let attributes: [(String, String?)] = [
            ("classification", metadata.classification?.text), ("level", metadata.classificationLevel?.abbreviation),
            ("id", metadata.referenceID?.text), ("date", metadata.date?.description), ("origin", metadata.origin?.text),
        ]
        guard attributes.contains(where: { $0.1 != nil }) else { return }
        leaf("metadata", attributes, place: nil, depth: 1)
    }

    private mutating func writeRouting(_ routing: RoutingHeader) {
        guard routing.securityWarning != nil || routing.dateTimeGroup != nil else { return }
        let place = routing.securityWarning ?? routing.dateTimeGroup!
        leaf(
            "routing",
            [
                ("level", routing.securityWarningLevel?.abbreviation), ("efto", flag(routing.securityWarningIsEFTO)),
                ("date-time-group", routing.dateTimeGroup?.text),
            ], content: routing.securityWarning?.text, place: FieldValue(place.text, place), depth: 1)
    }

    private mutating func write(_ banner: Banner, as name: String) {
        leaf(
            name,
            [
                ("classification", banner.classification), ("level", banner.level?.abbreviation),
                ("marking", banner.marking), ("efto", flag(banner.isEFTO)), ("lou", flag(banner.isLOU)),
                ("compound", banner.compoundWords.isEmpty ? nil : banner.compoundWords.joined(separator: " ")),
                ("section", banner.section.map(String.init)), ("sections", banner.sectionCount.map(String.init)),
            ], content: banner.line.text, place: FieldValue(banner.line.text, banner.line), depth: 1)
    }

    private mutating func write(_ eo: ExecutiveOrderLine) {
        leaf("eo", [("order", eo.order)], content: eo.line.text, place: FieldValue(eo.line.text, eo.line), depth: 1)
        let declassification = eo.declassification
        var date: String?
        if case .date(let day, _) = declassification { date = day.description }
        let exemptions = declassification.exemptions
        let place = eo.instruction ?? eo.line
        leaf(
            "decl",
            [
                ("kind", declassification.kindName), ("date", date),
                ("exemptions", exemptions.isEmpty ? nil : exemptions.joined(separator: " ")),
            ], content: eo.instruction?.text, place: FieldValue(text: place.text, range: place.range, context: eo.line.text),
            depth: 1)
    }

    private mutating func write(_ paragraph: Paragraph) {
        let mark = paragraph.mark
        let unknown = mark?.unknownTokens ?? []
        leaf(
            "paragraph",
            [
                ("number", paragraph.number.map(String.init)), ("mark", mark?.raw), ("level", mark?.level?.abbreviation),
                ("sbu", flag(mark?.isSBU ?? false)), ("lou", flag(mark?.isLOU ?? false)),
                ("noforn", flag(mark?.isNoforn ?? false)),
                ("rel-to", (mark?.releasableTo ?? []).isEmpty ? nil : mark!.releasableTo.joined(separator: " ")),
                ("unknown", unknown.isEmpty ? nil : unknown.joined(separator: " ")),
                ("lead-in", paragraph.leadIn), ("other-mark", paragraph.otherMark?.raw),
            ], content: paragraph.text, place: FieldValue(text: paragraph.text, range: paragraph.markRange, context: paragraph.text),
            depth: 1)
    }

    private func flag(_ value: Bool) -> String? { value ? "true" : nil }

    private mutating func open(
        _ name: String, _ attributes: [(String, String?)], place: FieldValue?, depth: Int, showsPosition: Bool = true
    ) {
        startTag(name, attributes, place: place, depth: depth, showsPosition: showsPosition)
        text += ">\n"
        line += 1
    }

    private mutating func close(_ name: String, depth: Int) {
        text += String(repeating: "  ", count: depth) + "</" + name + ">\n"
        line += 1
    }

    private mutating func leaf(
        _ name: String, _ attributes: [(String, String?)], content: String? = nil, place: FieldValue?, depth: Int
    ) {
        startTag(name, attributes, place: place, depth: depth)
        if let content, !content.isEmpty {
            text += ">"
            appendEscaped(content)
            text += "</" + name + ">\n"
        } else {
            text += "/>\n"
        }
        line += 1
    }

    /// Opens a tag; `place` is remembered for the view's line and, when `showsPosition`, written
    /// as line= and column= (the cable element stands at its classification line without saying so).
    private mutating func startTag(
        _ name: String, _ attributes: [(String, String?)], place: FieldValue?, depth: Int, showsPosition: Bool = true
    ) {
        text += String(repeating: "  ", count: depth) + "<" + name
        var all = attributes
        if let place {
            places[line] = place
            if showsPosition {
                all.append(("line", String(place.range.start.line)))
                all.append(("column", String(place.range.start.column)))
            }
        }
        for case (let key, let value?) in all {
            text += " " + key + "=\""
            appendEscaped(value)
            text += "\""
        }
    }

    /// Escapes markup characters; control characters XML cannot hold (and line breaks, which
    /// would break the one-element-per-line layout) become spaces.
    private mutating func appendEscaped(_ value: String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\"": text += "&quot;"
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": text += " "
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
