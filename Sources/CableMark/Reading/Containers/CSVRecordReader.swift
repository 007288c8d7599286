/// Reads records of the cables.csv dump: one cable per record, its text the header field, "\n",
/// and the body field; metadata from the refid, date, origin and classification columns.
///
/// Columns are found by name when the first line names them ("id","date","refid","origin",
/// "classification","references","header","content" in the corpus); without such a line the dump's
/// own order is assumed: id, date, refid, origin, classification, destination, header, body.
struct CSVRecordReader {
    private var scanner: CSVRecordScanner
    private(set) var columns: Columns
    /// Where `scanner`'s bytes start in the file (a window of a streamed dump).
    private var fileOffset = 0
    /// Records read so far.
    private(set) var recordNumber = 0

    init(bytes: [UInt8]) {
        scanner = CSVRecordScanner(bytes: bytes)
        columns = .cablesCSV
        // A first record that names its columns is a header line, not a cable.
        var lookahead = scanner
        if let first = lookahead.next(), first.problem == nil, let named = Columns(names: first, in: bytes) {
            columns = named
            scanner = lookahead
        }
    }

    /// Reads one window of a dump streamed in pieces: `bytes` starts at a record boundary of the
    /// file, on line `firstLine`, after `recordsBefore` records; `columns` are what the file's
    /// first window named; `fileOffset` is where it starts in the file, so what it reads has
    /// whole-file positions.
    init(window bytes: [UInt8], columns: Columns, firstLine: Int, recordsBefore: Int, fileOffset: Int) {
        scanner = CSVRecordScanner(bytes: bytes, line: firstLine)
        self.columns = columns
        self.fileOffset = fileOffset
        recordNumber = recordsBefore
    }

    /// Every record of the file; record numbers only when there are several.
    static func read(_ bytes: [UInt8]) -> [ContainerItem] {
        var reader = CSVRecordReader(bytes: bytes)
        var items: [ContainerItem] = []
        while let item = reader.next() { items.append(item) }
        guard items.count == 1 else { return items }
        switch items[0] {
        case .text(var text):
            text.recordNumber = nil
            return [.text(text)]
        case .unreadable(_, let range, let reason):
            return [.unreadable(recordNumber: nil, range: range, reason: reason)]
        }
    }

    /// The next record as a cable text, or why it cannot be one; nil after the last record.
    mutating func next() -> ContainerItem? {
        guard let record = scanner.next() else { return nil }
        recordNumber += 1
        let bytes = scanner.bytes
        let lineIndex = LineIndex(
            bytes: Array(bytes[record.start..<record.end]), baseOffset: record.start, baseLine: record.firstLine,
            fileOffset: fileOffset)
        if let problem = record.problem ?? columns.problem(with: record) {
            return .unreadable(
                recordNumber: recordNumber, range: lineIndex.range(ofOffsets: record.start, record.end),
                reason: "CSV record \(recordNumber): \(problem)")
        }
        var builder = CableTextBuilder(lineIndex: lineIndex, input: bytes, expectedLength: record.end - record.start)
        let header = columns.header.map { record.fields[$0] }
        if let header {
            CSVRecordScanner.decode(header, in: bytes, into: &builder)
        }
        if let bodyColumn = columns.body {
            let body = record.fields[bodyColumn]
            if let header, header.end > header.start {
                builder.appendSynthetic(ContainerBytes.newline, at: body.start)
            }
            CSVRecordScanner.decode(body, in: bytes, into: &builder)
        }
        var (text, metadata) = builder.finish()
        func value(_ column: Int?) -> TextField? {
            guard let column else { return nil }
            var decoded = SourceText()
            CSVRecordScanner.decode(record.fields[column], in: bytes, into: &decoded)
            return decoded.trimmedField(input: bytes, lineIndex: lineIndex)
        }
        metadata.referenceID = value(columns.referenceID) ?? metadata.referenceID
        metadata.origin = value(columns.origin) ?? metadata.origin
        metadata.classification = value(columns.classification) ?? metadata.classification
        if let date = value(columns.date) { metadata.setDate(date) }
        return .text(
            CableText(
                format: .csvRecord, text: text, metadata: metadata, recordNumber: recordNumber,
                lineIndex: lineIndex, startOffset: record.start, endOffset: record.end))
    }

    /// Which field holds what.
    struct Columns {
        var count: Int
        var referenceID: Int?
        var date: Int?
        var origin: Int?
        var classification: Int?
        var header: Int?
        var body: Int?

        /// cables.csv's own order: id, date, refid, origin, classification, destination, header, body.
        static let cablesCSV = Columns(
            count: 8, referenceID: 2, date: 1, origin: 3, classification: 4, header: 6, body: 7)

        init(
            count: Int, referenceID: Int?, date: Int?, origin: Int?, classification: Int?, header: Int?,
            body: Int?
        ) {
            self.count = count
            self.referenceID = referenceID
            self.date = date
            self.origin = origin
            self.classification = classification
            self.header = header
            self.body = body
        }

        /// Columns named by a header line; nil when the record does not name at least a body
        /// column and one other known column.
        init?(names record: CSVRecordScanner.Record, in bytes: [UInt8]) {
            count = record.fields.count
            var known = 0
            var name = NameBytes()
            // A field longer than any name is not decoded: it may be a quote left open.
            for (column, field) in record.fields.enumerated() where field.end - field.start <= 64 {
                name.bytes.removeAll(keepingCapacity: true)
                CSVRecordScanner.decode(field, in: bytes, into: &name)
                guard let named = Self.named[ContainerBytes.foldedString(name.bytes).lowercased()] else { continue }
                switch named {
                case .referenceID: referenceID = column
                case .date: date = column
                case .origin: origin = column
                case .classification: classification = column
                case .header: header = column
                case .body: body = column
                case .unused: break
                }
                known += 1
            }
            guard body != nil, known >= 2 else { return nil }
        }

        private enum Named { case referenceID, date, origin, classification, header, body, unused }

        /// The header names the reader knows, folded and lower-cased; `unused`: a column of
        /// cables.csv or its variants that the reader does not read.
        private static let named: [String: Named] = [
            "refid": .referenceID, "reference id": .referenceID, "reference_id": .referenceID, "referenceid": .referenceID,
            "date": .date, "created": .date, "date_time": .date, "origin": .origin, "classification": .classification,
            "header": .header, "body": .body, "content": .body, "text": .body, "id": .unused, "row": .unused,
            "destination": .unused, "references": .unused, "released": .unused,
        ]

        /// The bytes a header field decodes to: a name needs no map back to the input.
        private struct NameBytes: DecodedTextSink {
            var bytes: [UInt8] = []
            mutating func append(_ byte: UInt8, from origin: Int) { bytes.append(byte) }
            mutating func appendSynthetic(_ byte: UInt8, at origin: Int) { bytes.append(byte) }
            mutating func appendCopied(_ input: [UInt8], _ range: Range<Int>) { bytes += input[range] }
        }

        func problem(with record: CSVRecordScanner.Record) -> String? {
            record.fields.count == count ? nil : "\(record.fields.count) fields where the file has \(count) columns"
        }
    }
}
