/// Well-formed UTF-8, read byte by byte: the inputs are real and messy (a raw telegram's lone
/// 0xB6 pilcrow), so every reader and position count must agree on what one character is.
enum UTF8Sequence {
    /// Length of the well-formed UTF-8 sequence starting at `index` (1 for ASCII), or 0 when the
    /// bytes there are not one.
    static func length(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        let lead = bytes[index]
        let expected: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return 0
        }
        guard index + expected <= limit else { return 0 }
        for next in (index + 1)..<(index + expected) where bytes[next] & 0xC0 != 0x80 {
            return 0
        }
        return expected
    }
}
