/// The table a Cablegate page shows above the cable: "Reference ID", "Created" (or "Date" on
/// older pages), "Released", "Classification", "Origin", one row of values.
struct CableTable {
    /// The line of the `<table>` start tag; the cable's `<pre>` blocks follow it.
    let line: Int
    private let columns: [String]
    /// The lines of the value row's cells.
    let cellLines: [Int]

    /// The page's elements a table is read from, and those whose text it reads.
    static let elementNames: Set<String> = ["table", "tr", "th", "td"]
    static let textElementNames: Set<String> = ["th"]

    /// The first table whose header cells include "Reference ID"; nil when the page has none.
    init?(outline: HTMLOutline) {
        let elements = outline.elements
        for table in outline.descendants(of: nil, named: "table") {
            let rows = outline.descendants(of: table, named: "tr")
            guard let header = rows.first(where: { !outline.children(of: $0, named: "th").isEmpty }) else { continue }
            // Read as a value is: "Reference&nbsp;ID" names the column too.
            let names = outline.children(of: header, named: "th").map {
                (ContainerBytes.field(elements[$0].text, from: 0, to: elements[$0].text.count)?.text ?? "").lowercased()
            }
            guard names.contains("reference id"),
                let values = rows.first(where: { outline.children(of: $0, named: "td").count == names.count })
            else { continue }
            line = elements[table].line
            columns = names
            cellLines = outline.children(of: values, named: "td").map { elements[$0].line }
            return
        }
        return nil
    }

    struct Fields {
        var referenceID: TextField?
        var created: TextField?
        var classification: TextField?
        var origin: TextField?
    }

    /// The row's values, each with its exact place in the page's bytes.
    func fields(in bytes: [UInt8], lineIndex: LineIndex) -> Fields {
        let raw = RawHTMLElement.locate(lines: cellLines, named: "td", endingAt: ["/td", "td", "/tr", "tr", "/table"], in: bytes)
        var fields = Fields()
        // A cell the outline holds but the raw scan could not place is left out, not misplaced.
        guard raw.count == cellLines.count else { return fields }
        for (name, element) in zip(columns, raw) {
            let value = Self.value(of: element, in: bytes, lineIndex: lineIndex)
            switch name {
            case "reference id": fields.referenceID = value
            case "created", "date": fields.created = value
            case "classification": fields.classification = value
            case "origin": fields.origin = value
            default: break
            }
        }
        return fields
    }

    /// The cell's text (links' text, entities decoded), trimmed, and where it stands.
    private static func value(of cell: RawHTMLElement, in bytes: [UInt8], lineIndex: LineIndex) -> TextField? {
        var text = SourceText()
        MarkupDecoder.decode(bytes, from: cell.contentStart, to: cell.contentEnd, mode: .html, into: &text)
        return text.trimmedField(input: bytes, lineIndex: lineIndex)
    }
}
