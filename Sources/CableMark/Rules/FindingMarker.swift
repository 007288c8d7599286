/// The `↓` of a rule example, standing right before the character a finding starts at, as
/// SwiftLint marks its examples. Cables are ASCII or Latin text, so the arrow is never theirs.
enum FindingMarker {
    static let symbol: Unicode.Scalar = "↓"

    /// `text` without its markers, and the place of each marker there: line and column (columns
    /// count characters, as `SourcePosition`'s do) and byte offset.
    static func strip(_ text: String) -> (text: String, positions: [SourcePosition]) {
        var stripped = String.UnicodeScalarView()
        var positions: [SourcePosition] = []
        var line = 1
        var column = 1
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == symbol {
                positions.append(SourcePosition(line: line, column: column, offset: offset))
                continue
            }
            stripped.append(scalar)
            offset += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(stripped), positions)
    }
}
