/// The `↓` of a rule example, standing right before the character a finding starts at, as
/// SwiftLint marks its examples. Cables are ASCII or Latin text, so the arrow is never theirs.
enum FindingMarker {
    static let symbol: Unicode.Scalar = "↓"

    /// `text` without its markers, and the place of each marker there: line and column (columns
    /// count characters, as `SourcePosition`'s do, one a scalar) and byte offset.
    static func strip(_ text: String) -> (text: String, positions: [SourcePosition]) {
        let marker = Array(String(symbol).utf8)
        let bytes = Array(text.utf8)
        var stripped: [UInt8] = []
        stripped.reserveCapacity(bytes.count)
        var positions: [SourcePosition] = []
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == marker[0], bytes[index...].starts(with: marker) {
                positions.append(SourcePosition(line: line, column: column, offset: stripped.count))
                index += marker.count
                continue
            }
            let byte = bytes[index]
            stripped.append(byte)
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // A scalar's first byte (continuation bytes are 10xxxxxx).
                column += 1
            }
        }
        // Whole scalars were taken out of valid UTF-8, so what is left is valid.
        return (String(decoding: stripped, as: UTF8.self), positions)
    }
}
