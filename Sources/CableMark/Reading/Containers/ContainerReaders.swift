/// From an input's bytes to the cable texts it holds, one reader per container format.
public enum ContainerReaders {
    /// The cables in `bytes`, read as `format` (see `FormatDetector`): one item for single-cable
    /// formats, one per record for cables.csv and JSON-lines files; never empty.
    public static func read(_ bytes: [UInt8], format: CableFormat) -> [ContainerItem] {
        let singleCable = format == .rawTelegram || format == .webExtract || format == .cablegateHTML
        if singleCable, bytes.count > maximumCableBytes {
            return [.unreadable(recordNumber: nil, range: .fileStart, reason: tooLong("the file"))]
        }
        let items: [ContainerItem] =
            switch format {
            case .rawTelegram, .webExtract: [PlainTelegramReader.read(bytes, format: format)]
            case .cablegateHTML: [CablegateHTMLReader.read(bytes)]
            case .csvRecord: CSVRecordReader.read(bytes)
            case .jsonRecord: JSONRecordReader.read(bytes)
            }
        guard items.isEmpty else { return items.map(boundingRecord) }
        let whole = LineIndex(bytes: bytes).range(ofOffsets: 0, bytes.count)
        return [.unreadable(recordNumber: nil, range: whole, reason: "the file holds no cable record")]
    }

    /// A cable's bytes in its container (a page, a file, a record) may not exceed this: the
    /// largest in the corpus is 189 KB, and telegrams ran to a few dozen pages. Anything longer
    /// is a page of something else, a record whose quote was never closed, or hostile, and would
    /// cost the parser time in proportion.
    static let maximumCableBytes = 4 << 20

    static func tooLong(_ what: String) -> String {
        "\(what) is longer than the \(maximumCableBytes >> 20) MiB a cable may take"
    }

    private static func boundingRecord(_ item: ContainerItem) -> ContainerItem {
        guard case .text(let cable) = item, cable.endOffset - cable.startOffset > maximumCableBytes else { return item }
        let what = cable.recordNumber.map { "record \($0)" } ?? "the cable"
        let start = cable.lineIndex.range(ofOffsets: cable.startOffset, cable.startOffset)
        return .unreadable(recordNumber: cable.recordNumber, range: start, reason: tooLong(what))
    }
}
