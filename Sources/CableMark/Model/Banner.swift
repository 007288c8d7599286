/// The classification line ("C O N F I D E N T I A L SECTION 01 OF 03 LIMA 004377"), or one of
/// its repeats at a section or page break.
public struct Banner: Sendable, Hashable, Codable {
    /// The whole line as written.
    public var line: TextField
    /// The classification words as written ("C O N F I D E N T I A L", "UNCLAS SENSITIVE").
    public var marking: String
    /// The marking's level; for misspelled words ("CONFIDENTAIL", "O N F I D E N T I A L") the
    /// level they were meant to be, with `isMisspelled` set; nil when no level can be made out.
    public var level: ClassificationLevel?
    /// The classification words are not written as any valid form.
    public var isMisspelled: Bool
    /// "UNCLAS EFTO".
    public var isEFTO: Bool
    /// LIMITED OFFICIAL USE, a pre-1995 line.
    public var isLOU: Bool
    /// Words after the level that do not belong on a classification line ("SENSITIVE", "SBU").
    public var compoundWords: [String]
    /// SECTION n OF m, when the line has it.
    public var section: Int?
    public var sectionCount: Int?

    public init(
        line: TextField, marking: String, level: ClassificationLevel?, isMisspelled: Bool = false, isEFTO: Bool = false,
        isLOU: Bool = false, compoundWords: [String] = [], section: Int? = nil, sectionCount: Int? = nil
    ) {
        self.line = line
        self.marking = marking
        self.level = level
        self.isMisspelled = isMisspelled
        self.isEFTO = isEFTO
        self.isLOU = isLOU
        self.compoundWords = compoundWords
        self.section = section
        self.sectionCount = sectionCount
    }
}
