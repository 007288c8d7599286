/// Where a report's text goes.
public enum OutputPlace: Sendable, Hashable {
    /// Written whole or not at all (a temporary file renamed over it).
    case file(String)
    case standardOutput
    /// Appended to (GitHub's step summary).
    case appendedTo(String)
}
