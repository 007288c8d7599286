/// What a sanitize run did with one cable.
public struct CableOutcome: Sendable {
    public enum Status: String, Sendable {
        /// The public version was verified and written.
        case written
        /// No public version: the cable could not be read, had no readable classification line,
        /// or its public version would have overwritten an input or another public version.
        case refused
        /// The public version failed verification and was not written.
        case verificationFailed = "verification-failed"
        /// The public version passed verification but could not be written.
        case writeFailed = "write-failed"
    }

    /// 1-based record number in a file holding several cables.
    public var record: Int?
    /// Where the cable stands in its input; nil when the reader could not place it.
    public var range: SourceRange?
    /// HMAC-SHA-256, keyed with the salt, of the cable's bytes (the record's, for a file holding several).
    public var digest: String?
    public var status: Status
    /// Where the public version was (or would have been) written.
    public var outputPath: String?
    /// Why a cable was refused or not written, in one line.
    public var reason: String?
    /// What verification found, one line each.
    public var problems: [String]
    /// The public version built (its text dropped once written, to keep a run's memory small).
    public var version: PublicVersion?
}
