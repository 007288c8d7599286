/// An XML file a user gave (a rule set, a cablemark.xml, a redaction policy) that cannot be used:
/// unreadable, too large, not well-formed, declaring a DOCTYPE, not valid against its schema, or
/// naming something the tool cannot run.
///
/// Its description is one line, "FILE:LINE: problem", as compilers write it, or "FILE: problem"
/// when the problem concerns the file as a whole.
public struct XMLFileError: Error, Sendable, CustomStringConvertible {
    /// The file name or path, as given when loading.
    public var file: String
    /// 1-based line in that file; 0 when the problem concerns the file as a whole.
    public var line: Int
    public var problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}
