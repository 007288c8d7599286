/// The Vaughn index of a sanitize run, as CSV: one row per withheld portion of every cable (a
/// paragraph or header field replaced by its notice, a stretch of released text a redaction rule
/// took out) and one row per cable that got no public version at all, with the exemption claimed
/// and its basis. Classified portions claim FOIA exemption (b)(1), on the E.O. and section 1.4
/// categories the cable cites; redacted text claims what its policy rule names ("(b)(6)"); for
/// anything else the exemption is left empty for the reviewer and the basis says why it was
/// withheld.
enum VaughnIndex {
    static let columns = ["document", "date", "input", "record", "kind", "portion", "level", "exemption", "basis", "notice"]
    static var header: String { columns.joined(separator: ",") + "\n" }

    /// The index's columns for one withheld portion, in `header` order.
    typealias Row = [String]

    /// The CSV rows for one cable (nil: a record not read as a cable).
    static func csv(cable: Cable?, outcome: CableOutcome, path: String) -> String {
        rows(cable: cable, outcome: outcome, path: path).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// The rows for one cable (nil: a record not read as a cable), from what its outcome records.
    static func rows(cable: Cable?, outcome: CableOutcome, path: String) -> [Row] {
        let document = cable?.metadata.referenceID?.text ?? ""
        let date = cable?.date?.description ?? ""
        let record = outcome.record.map(String.init) ?? ""
        func row(_ kind: String, _ portion: String, _ level: String, _ exemption: String, _ basis: String, _ notice: String) -> Row {
            [document, date, path, record, kind, portion, level, exemption, basis, notice]
        }
        guard let cable, outcome.status == .written, let version = outcome.version else {
            let level = cable?.level.map { Sensitivity($0).mark } ?? ""
            return [row("withheld-document", "entire document", level, "", outcome.reason ?? outcome.status.rawValue, "")]
        }
        let citation = WithholdingNotice.citation(of: cable)
        var output: [Row] = []
        for alteration in version.alterations {
            let portion = alteration.paragraph.map { "paragraph \($0)" } ?? alteration.field ?? ""
            switch alteration.kind {
            case .withheldParagraph, .withheldField:
                if let exemption = alteration.exemption {
                    let mark = alteration.mark ?? ""
                    let basis = citation.isEmpty ? "classified (\(mark)); the cable cites no classification reason" : citation
                    output.append(row(alteration.kind.rawValue, portion, mark, exemption, basis, alteration.replacement))
                } else {
                    output.append(row(alteration.kind.rawValue, portion, alteration.mark ?? "unreadable", "", alteration.reason, alteration.replacement))
                }
            case .redactedText:
                output.append(row(alteration.kind.rawValue, portion, "", alteration.exemption ?? "", "\(alteration.rule): \(alteration.reason)", alteration.replacement))
            case .removedLine, .replacedLine, .declassified:
                continue
            }
        }
        return output
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A field
    /// a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
    /// return; cable text reaches the notices) gets an apostrophe first, as OWASP advises.
    static func field(_ value: String) -> String {
        let inert = value.first.map { "=+-@\t\r".contains($0) } == true ? "'" + value : value
        guard inert.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return inert }
        return "\"" + inert.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
