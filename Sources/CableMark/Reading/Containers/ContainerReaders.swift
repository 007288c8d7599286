/// From an input's bytes to the cable texts it holds, one reader per container format.
public enum ContainerReaders {
    /// The cables in `bytes`, read as `format` (see `FormatDetector`): one item for single-cable
    /// formats, one per record for cables.csv and JSON-lines files; never empty.
    public static func read(_ bytes: [UInt8], format: CableFormat) -> [ContainerItem] {
        let items: [ContainerItem] =
            switch format {
            case .rawTelegram, .webExtract: [PlainTelegramReader.read(bytes, format: format)]
            case .cablegateHTML: [CablegateHTMLReader.read(bytes)]
            case .csvRecord: CSVRecordReader.read(bytes)
            case .jsonRecord: JSONRecordReader.read(bytes)
            }
        guard items.isEmpty else { return items }
        let whole = LineIndex(bytes: bytes).range(ofOffsets: 0, bytes.count)
        return [.unreadable(recordNumber: nil, range: whole, reason: "the file holds no cable record")]
    }
}
