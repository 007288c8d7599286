/// Counts over a run (or one input's cables), for the manifest and the command's last line.
public struct SanitizeSummary: Sendable, Equatable {
    public var inputs = 0
    public var unusableInputs = 0
    public var cables = 0
    public var written = 0
    public var refused = 0
    public var verificationFailed = 0
    public var writeFailed = 0
    public var paragraphs = 0
    public var paragraphsWithheld = 0
    public var paragraphsDeclassified = 0

    public init() {}

    /// Counts one cable.
    public mutating func add(_ cable: CableOutcome) {
        cables += 1
        switch cable.status {
        case .written: written += 1
        case .refused: refused += 1
        case .verificationFailed: verificationFailed += 1
        case .writeFailed: writeFailed += 1
        }
        guard cable.status == .written, let version = cable.version else { return }
        paragraphs += version.paragraphCount
        paragraphsWithheld += version.withheldParagraphCount
        paragraphsDeclassified += version.declassifiedParagraphCount
    }

    /// Counts one input and its cables.
    public mutating func add(_ input: SanitizedInput) {
        inputs += 1
        if input.problem != nil { unusableInputs += 1 }
        add(cables: input.cables)
    }

    /// Adds the cable counts of `other`.
    mutating func add(cables other: SanitizeSummary) {
        cables += other.cables
        written += other.written
        refused += other.refused
        verificationFailed += other.verificationFailed
        writeFailed += other.writeFailed
        paragraphs += other.paragraphs
        paragraphsWithheld += other.paragraphsWithheld
        paragraphsDeclassified += other.paragraphsDeclassified
    }
}
