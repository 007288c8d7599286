/// A cable in a rule's examples, which the test suite checks the rule against
/// (`RuleSet.verifyExamples`): a base cable of `Rules/examples/` with edits, or a cable written
/// out in full, in which a `↓` stands before each place the rule must fire.
public struct RuleExample: Sendable, Hashable {
    /// True when the rule must fire on the cable, false when it must not.
    public var triggers: Bool
    /// The base cable the example edits ("lima-confidential"); nil for a cable written out in full.
    public var base: String?
    /// The cable as the example shows it, with its `↓` markers.
    public var markedText: String
    /// The cable as it is checked: `markedText` without the markers.
    public var text: String
    /// Where the rule must fire: the place of each `↓` in `text`, in order (twice for a `↓↓`).
    public var expectedPositions: [SourcePosition]
    /// The line a finding is expected on, for an example written before `↓` markers existed
    /// (`line="8"`, which rule sets of format 1 may still give); used only where the text has no `↓`.
    public var expectedLine: Int?
    /// The run date to check the example with (declass-date-passed depends on it).
    public var asOf: CalendarDate?
    /// Line of the example element in its rule set file.
    public var line: Int
}
