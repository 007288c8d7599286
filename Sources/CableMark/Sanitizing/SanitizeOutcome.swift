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

/// What a sanitize run did with one input file. Its cables' manifest entries went to the run's
/// spill file as they were done; what stays is counts and one line per cable not written.
public struct SanitizedInput: Sendable {
    public var path: String
    /// HMAC-SHA-256, keyed with the salt, of the whole file as stored; nil when it could not be read.
    public var digest: String?
    /// Why the file could not be used (exit status 2); cables read before a failure stay.
    public var problem: String?
    /// Counts over its cables.
    public var cables = SanitizeSummary()
    /// One line per cable without a public version, for the user: "PATH: record 3: refused: …".
    public var notices: [String] = []
    /// Its cables' manifest entries.
    var manifestEntries = SpilledPart()
    /// Its cables' rows of the Vaughn index, when the run writes one.
    var vaughnRows = SpilledPart()
    /// Its cables' parts of the HTML report, when the run writes one.
    var htmlParts = SpilledPart()
    /// Why its manifest entries could not be kept.
    var spillFailure: OutputError?

    public init(path: String, digest: String? = nil, problem: String? = nil) {
        self.path = path
        self.digest = digest
        self.problem = problem
    }
}
