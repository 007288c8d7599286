/// What checking one input file gave.
public struct FileReport: Sendable, Hashable {
    /// The path as collected from the command line.
    public var path: String
    /// Cables read from the file (a cables.csv may hold many); records that are no cable do not count.
    public var cableCount: Int
    public var findings: [Finding]
    /// Set when the file could not be used at all (missing, unreadable); it then has no findings.
    public var problem: String?

    public init(path: String, cableCount: Int, findings: [Finding], problem: String? = nil) {
        self.path = path
        self.cableCount = cableCount
        self.findings = findings
        self.problem = problem
    }
}
