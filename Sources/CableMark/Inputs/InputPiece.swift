/// The (decompressed) bytes of a file that read results came from: the whole file, or one window
/// of a streamed dump, which starts at a line's start. Results' byte offsets are the whole
/// file's; `bytes(of:)` finds a range's bytes in the piece.
struct InputPiece: Sendable {
    var bytes: [UInt8]
    /// Where `bytes` start in the file.
    var offset: Int
    /// The file's line that `bytes` start on.
    var line: Int
    /// False for a window of a streamed dump, whose results come a record at a time.
    var isWholeFile: Bool

    /// The bytes of `range` (a range of the file), clamped to what the piece holds.
    func bytes(of range: SourceRange) -> ArraySlice<UInt8> {
        let start = min(max(0, range.start.offset - offset), bytes.count)
        return bytes[start..<min(max(start, range.end.offset - offset), bytes.count)]
    }
}
