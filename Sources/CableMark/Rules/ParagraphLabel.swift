/// What a finding on a paragraph names of it: its number and its mark as written. A field value
/// carries this, not the paragraph, so that making a cable's values copies two words, not every
/// string of every paragraph.
struct ParagraphLabel: Sendable {
    var number: Int?
    var mark: String?

    init(_ paragraph: Paragraph) {
        number = paragraph.number
        mark = paragraph.mark?.raw
    }

    /// {paragraph}: the number, or "(unnumbered)"; {mark}: the mark as written, or "none".
    var messageValues: [String: String] {
        ["paragraph": number.map(String.init) ?? "(unnumbered)", "mark": mark ?? "none"]
    }
}
