/// An XPath expression that failed to compile or to evaluate.
public struct XPathError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The evaluation stopped at the evaluator's `operationLimit`.
    public var exceededOperationLimit = false
    public var description: String { message }
}
