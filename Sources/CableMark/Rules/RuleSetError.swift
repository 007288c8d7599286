/// A rule set that cannot be used: not well-formed XML, not valid against the rule-set schema, or
/// a rule the engine cannot run (unknown check kind, bad parameter, bad XPath, duplicate id).
///
/// Its description is one line, "FILE:LINE: problem", as compilers write it.
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
    /// The rule set's file name or path, as given when loading.
    public var file: String
    /// 1-based line in that file; 0 when the problem concerns the file as a whole.
    public var line: Int
    public var problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(file):\(line): \(problem)" }
}
