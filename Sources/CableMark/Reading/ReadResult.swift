/// What reading one cable of an input gave: the cable, or why it could not be read as one.
public enum ReadResult: Sendable {
    case cable(Cable)
    /// The input (or one record of it) is not a cable; `reason` is one line for the user.
    case unrecognized(path: String, recordNumber: Int?, range: SourceRange, reason: String)

    public var isCable: Bool {
        if case .cable = self { true } else { false }
    }
}

/// An input that could not be used at all (missing, unreadable): exit status 2, no findings.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
