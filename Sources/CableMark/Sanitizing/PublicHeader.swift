/// The header lines a public version carries as the cable writes them — date-time group, message
/// reference, E.O. and TAGS lines — each only when it has the shape of its kind. Where line
/// breaks were lost, a field can run on into the text after it (a TAGS line followed by a whole
/// collapsed body); such a line is left out, never copied.
struct PublicHeader {
    /// Words each line may have: "P 212107Z JUN 07"; "LIMA 002181"; "E.O. 12958: DECL: 25X1
    /// 06/21/2032"; a long TAGS line with person tags.
    static let maximumWords = (dateTimeGroup: 6, reference: 8, executiveOrder: 12, tags: 60)

    var dateTimeGroup: TextField?
    /// The message reference of the classification line ("LIMA 000590"), empty when none.
    var reference: String
    var executiveOrder: TextField?
    var tags: TextField?
    /// The lines left out, for the manifest.
    var leftOut: [Alteration] = []

    init(cable: Cable, banner: Banner) {
        reference = PublicCableLayout.reference(of: banner)
        dateTimeGroup = nil
        executiveOrder = nil
        tags = nil
        if Self.words(reference) > Self.maximumWords.reference {
            leftOut.append(Self.leftOut(banner.line, field: "classification line reference"))
            reference = ""
        }
        dateTimeGroup = bounded(cable.routing.dateTimeGroup, Self.maximumWords.dateTimeGroup, field: "date-time group")
        executiveOrder = bounded(cable.executiveOrder?.line, Self.maximumWords.executiveOrder, field: "E.O.")
        tags = bounded(cable.tagsLine, Self.maximumWords.tags, field: "TAGS")
    }

    /// The lines as the cable writes them, for telling repeats of the header inside a withheld
    /// paragraph from withheld text.
    func text(banner: Banner) -> String {
        [dateTimeGroup?.text, banner.line.text, executiveOrder?.text, tags?.text].compactMap { $0 }
            .joined(separator: "\n")
    }

    private mutating func bounded(_ field: TextField?, _ maximum: Int, field name: String) -> TextField? {
        guard let field else { return nil }
        guard Self.words(field.text) <= maximum else {
            leftOut.append(Self.leftOut(field, field: name))
            return nil
        }
        return field
    }

    private static func leftOut(_ field: TextField, field name: String) -> Alteration {
        Alteration(
            kind: .withheldField, range: field.range, field: name,
            reason: "the \(name) runs on into what may be other text", rule: "withhold-header-field",
            operation: "withhold", replacement: "")
    }

    /// Runs of bytes between spaces: a space always separates, even one a combining mark follows
    /// (a count by characters would join the two words, and keep more of a field that runs on).
    static func words(_ text: String) -> Int { text.utf8.split(separator: UInt8(ascii: " ")).count }
}
