/// Reads an input file a window at a time and hands over each cable as soon as it is read, so
/// that a cables.csv dump of any size, plain or gzip-compressed, is checked in bounded memory.
///
/// The first window (`windowSize` bytes and at least three complete CSV records, or the whole
/// file) decides: a file that fits in it, or that is not a cables.csv dump, is read whole as
/// `CableReader` reads it, and handed over in one call. A dump is cut into windows of complete
/// records, each read by a `CSVRecordReader` that knows the columns, line and record count
/// before it, and handed over a record at a time. What a window reads has whole-file lines and
/// columns but byte offsets relative to the window: `body` gets the window's file offset.
struct StreamingReader: Sendable {
    static let defaultWindowSize = 8 << 20

    /// Bytes read at a time (the buffer holds about two windows).
    var windowSize = defaultWindowSize
    /// A record longer than this is refused rather than buffered: it is most likely a quote left
    /// open, which would otherwise swallow the rest of the file.
    var recordLimit = 64 << 20

    /// Calls `body` with the read results of the file, in file order (all at once, or a record
    /// at a time), and the file offset their byte offsets are relative to. Throws when the file
    /// cannot be used at all.
    func read(path: String, _ body: ([ReadResult], _ offset: Int) -> Void) throws(InputError) {
        let input = try InputChunks(path: path)
        var buffer: [UInt8] = []
        var ended = false
        while !ended, buffer.count < windowSize || (buffer.count < recordLimit && Self.cut(buffer, line: 1).records < 3) {
            ended = try !input.read(appendingTo: &buffer, count: windowSize)
        }
        if !ended, FormatDetector.detect(buffer) == .csvRecord {
            try stream(input, startingWith: buffer, path: path, body)
            return
        }
        while !ended {
            ended = try !input.read(appendingTo: &buffer, count: windowSize)
            if Gzip.isCompressed(path: path), buffer.count > Gzip.outputLimit {
                throw InputError(
                    path: path, problem: "not a readable gzip file: larger than \(Gzip.sizeText(Gzip.outputLimit)) once decompressed")
            }
        }
        body(CableReader.read(bytes: buffer, path: path), 0)
    }

    private func stream(
        _ input: InputChunks, startingWith first: [UInt8], path: String, _ body: ([ReadResult], Int) -> Void
    ) throws(InputError) {
        var buffer = first
        var ended = false
        var fileOffset = 0
        var line = 1
        var recordsBefore = 0
        var columns: CSVRecordReader.Columns?
        while true {
            let cut = ended ? (end: buffer.count, line: line, records: 0) : Self.cut(buffer, line: line)
            if cut.end > 0 {
                // The window takes the buffer's storage; the unfinished record moves to a new one.
                var rest = Array(buffer[cut.end...])
                rest.reserveCapacity(rest.count + windowSize)
                buffer.removeLast(buffer.count - cut.end)
                let window = buffer
                buffer = rest
                var reader =
                    columns.map { CSVRecordReader(window: window, columns: $0, firstLine: line, recordsBefore: recordsBefore) }
                    ?? CSVRecordReader(bytes: window)
                while let item = reader.next() { body([Self.result(item, path: path)], fileOffset) }
                columns = reader.columns
                recordsBefore = reader.recordNumber
                fileOffset += cut.end
                line = cut.line
            } else if buffer.count >= recordLimit {
                let start = LineIndex(bytes: [], baseLine: line).range(ofOffsets: 0, 0)
                let reason = "CSV record \(recordsBefore + 1): longer than \(Gzip.sizeText(recordLimit)) (a quote left open?)"
                body([.unrecognized(path: path, recordNumber: recordsBefore + 1, range: start, reason: reason)], fileOffset)
                return
            }
            guard !ended else { return }
            ended = try !input.read(appendingTo: &buffer, count: windowSize)
        }
    }

    /// Where the last record that is certainly complete ends in `bytes` (just past its line
    /// break; 0 when there is none), the line there, and how many complete records come before.
    /// A record running to the end of the bytes may go on in the next piece of the file.
    static func cut(_ bytes: [UInt8], line: Int) -> (end: Int, line: Int, records: Int) {
        var scanner = CSVRecordScanner(bytes: bytes, line: line)
        var cut = (end: 0, line: line, records: 0)
        while let record = scanner.next() {
            let next = scanner.position
            guard next > record.end, bytes[next - 1] == ContainerBytes.newline else { break }
            cut = (next, scanner.line, cut.records + 1)
        }
        return cut
    }

    static func result(_ item: ContainerItem, path: String) -> ReadResult {
        switch item {
        case .text(let cableText):
            TelegramParser(source: cableText, path: path).parse()
        case .unreadable(let recordNumber, let range, let reason):
            .unrecognized(path: path, recordNumber: recordNumber, range: range, reason: reason)
        }
    }
}

extension Finding {
    /// The finding with its byte offsets moved by `distance` (lines and columns stay).
    func movingOffsets(by distance: Int) -> Finding {
        var moved = self
        moved.range.start.offset += distance
        moved.range.end.offset += distance
        return moved
    }
}
