extension SourceText {
    /// The text, trimmed and with white space folded, as a metadata field whose range runs from
    /// its first to its last character in `input` (a character reference counted whole).
    func trimmedField(input: [UInt8], lineIndex: LineIndex) -> TextField? {
        var low = 0
        var high = count
        while low < high, ContainerBytes.isWhitespace(bytes[low]) { low += 1 }
        while high > low, ContainerBytes.isWhitespace(bytes[high - 1]) { high -= 1 }
        guard low < high else { return nil }
        return TextField(
            text: ContainerBytes.foldedString(bytes[low..<high]),
            range: lineIndex.range(
                ofOffsets: offset(at: low), ContainerBytes.endOfCharacter(input, at: offset(at: high - 1))))
    }
}
