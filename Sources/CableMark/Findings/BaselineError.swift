/// A baseline that could not be read: the file and the problem, one line.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public var description: String { "\(path): \(problem)" }
}
