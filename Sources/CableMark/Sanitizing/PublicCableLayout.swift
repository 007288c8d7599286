/// The lines of a public version in telegram layout: date-time group, classification line at
/// the release level, the statement that this is a sanitized version, header fields, then the
/// numbered paragraphs, one line each with a blank line between them.
///
/// A paragraph stays on one line so that nothing in its text can start a line that a reader
/// would take for a paragraph number, a classification line or a page header.
struct PublicCableLayout {
    var dateTimeGroup: String?
    var classificationLine: String
    var statements: [String]
    var executiveOrder: String?
    var tags: String?
    var subject: String?
    var references: String?
    var paragraphs: [String]

    func rendered() -> String {
        var lines: [String] = []
        if let dateTimeGroup { lines.append(dateTimeGroup) }
        lines.append(classificationLine)
        lines.append(contentsOf: statements)
        lines.append("")
        if let executiveOrder { lines.append(executiveOrder) }
        if let tags { lines.append(tags) }
        if let subject { lines.append("SUBJECT: " + subject) }
        if let references { lines.append("REF: " + references) }
        for paragraph in paragraphs {
            lines.append("")
            lines.append(paragraph)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "UNCLASSIFIED LIMA 000590": the release level's name, then the cable's message reference.
    static func classificationLine(level: ClassificationLevel, reference: String) -> String {
        reference.isEmpty ? level.name : level.name + " " + reference
    }

    /// The message reference of a classification line ("LIMA 000590"): what follows the marking,
    /// without section numbers. Only what follows the marking on its own line counts.
    static func reference(of banner: Banner) -> String {
        let line = Substring(banner.line.text)
        let rest = line.hasPrefix(banner.marking) ? line.dropFirst(banner.marking.count) : ""
        var words = rest.split(separator: " ")
        if words.count >= 4, words[0].uppercased() == "SECTION", words[2].uppercased() == "OF" {
            words.removeFirst(4)
        }
        return words.joined(separator: " ")
    }
}
