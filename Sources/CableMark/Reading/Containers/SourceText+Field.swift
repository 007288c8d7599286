extension SourceText {
    /// The text, trimmed and with white space folded, as a metadata field whose range runs from
    /// its first to its last character in `input` (a character reference counted whole).
    func trimmedField(input: [UInt8], lineIndex: LineIndex) -> TextField? {
        guard let field = ContainerBytes.field(bytes, from: 0, to: count) else { return nil }
        return TextField(
            text: field.text,
            range: lineIndex.range(
                ofOffsets: offset(at: field.span.lowerBound),
                ContainerBytes.endOfCharacter(input, at: offset(at: field.span.upperBound - 1))))
    }
}
