/// One cable's text as a container reader hands it to the telegram parser.
public struct CableText: Sendable {
    public var format: CableFormat
    public var text: SourceText
    public var metadata: SourceMetadata
    /// 1-based record number in a file holding several cables; nil for one-cable files.
    public var recordNumber: Int?
    /// Positions in the file for offsets inside this record.
    public var lineIndex: LineIndex
    /// Byte offsets of the record in the bytes read (the file, or a window of it; `lineIndex`
    /// turns them into the file's).
    public var startOffset: Int
    public var endOffset: Int

    public init(
        format: CableFormat, text: SourceText, metadata: SourceMetadata = SourceMetadata(),
        recordNumber: Int? = nil, lineIndex: LineIndex, startOffset: Int, endOffset: Int
    ) {
        self.format = format
        self.text = text
        self.metadata = metadata
        self.recordNumber = recordNumber
        self.lineIndex = lineIndex
        self.startOffset = startOffset
        self.endOffset = endOffset
    }

    /// A metadata field for input bytes `start..<end` of the record's file.
    public func field(_ text: String, from start: Int, to end: Int) -> TextField {
        TextField(text: text, range: lineIndex.range(ofOffsets: start, end))
    }
}
