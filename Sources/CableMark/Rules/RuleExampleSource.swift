/// A rule example as its rule set writes it, read and checked when the rule set is loaded (its
/// base found, its edits and attributes understood); `build()` makes the edits and reads the `↓`
/// markers, the costly part, which only `explain` and the example tests need.
struct RuleExampleSource: Sendable {
    var triggers: Bool
    /// The base cable's name and text; nil for a cable written out in full.
    var base: (name: String, text: String)?
    /// The edits to the base, in order, each with the line of its element.
    var edits: [(edit: ExampleEdit, line: Int)]
    /// The cable written out in full (empty for an example with a base).
    var writtenText: String
    var expectedLine: Int?
    var asOf: CalendarDate?
    /// The rule set file, for the message of an edit that cannot be made, and the example's line.
    var file: String
    var line: Int

    /// The example with its edits made; the error names the edit whose text is not in the cable once.
    func build() throws(RuleSetError) -> RuleExample {
        var text = writtenText
        if let base {
            text = base.text
            for (edit, line) in edits {
                do {
                    text = try edit.apply(to: text)
                } catch {
                    throw RuleSetError(file: file, line: line, problem: "\(error.message) (base '\(base.name)')")
                }
            }
        }
        let (cable, positions) = FindingMarker.strip(text)
        return RuleExample(
            triggers: triggers, base: base?.name, markedText: text, text: cable, expectedPositions: positions,
            expectedLine: expectedLine, asOf: asOf, line: line)
    }
}
