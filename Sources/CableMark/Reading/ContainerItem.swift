/// What a container reader yields for each cable it holds: its text, or why that record could
/// not be used (a CSV record with a broken quote, a JSON line with no body).
public enum ContainerItem: Sendable {
    case text(CableText)
    case unreadable(recordNumber: Int?, range: SourceRange, reason: String)
}
