/// Renders a whole report as the text of one output (a terminal, a file).
///
/// Reporters are stateless values: what they need besides the report is fixed when they are made.
public protocol Reporter: Sendable {
    func render(_ report: Report) -> String
}
