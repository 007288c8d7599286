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
