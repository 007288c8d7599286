/// Reads an input file a window at a time and hands over each cable as soon as it is read, so
/// that a cables.csv dump of any size, plain or gzip-compressed, is checked in bounded memory.
///
/// The first window (`windowSize` bytes and at least three complete CSV records, or the whole
/// file) decides: a file that fits in it, or that is not a cables.csv dump, is read whole as
/// `CableReader` reads it, and handed over in one call. A dump is cut into windows of complete
/// records, each read by a `CSVRecordReader` that knows the columns, line and record count
/// before it, and handed over a record at a time; `jobs` windows are read at once, each on its
/// own thread, so that one dump uses every core. What a window reads has whole-file lines,
/// columns and byte offsets: `transform` gets the window with it, for the bytes it holds.
struct StreamingReader: Sendable {
    static let defaultWindowSize = 8 << 20

    /// Bytes read at a time (the buffer holds about two windows).
    var windowSize = defaultWindowSize
    /// A record longer than this is refused rather than buffered: it is most likely a quote left
    /// open, which would otherwise swallow the rest of the file. A cable may not be longer anyway.
    var recordLimit = ContainerReaders.maximumCableBytes
    /// Windows of a dump read at the same time (each window's records by one thread, in order).
    var jobs = 1

    /// Reads the file's results (all at once, or a record at a time) and passes each batch to
    /// `transform` with the piece of the file they were read from, on any thread;
    /// calls `body` with what `transform` made, in file order, on the calling thread. Throws
    /// when the file cannot be used at all. `progress` is told the cables and input bytes read as
    /// they go (a callback, so that inputs know nothing of how a run shows its progress).
    /// `fileBytes` is given every byte of the file as stored, in order, by the time `read`
    /// returns (a file refused part-way is read to its end for it); not when `read` throws.
    func read<Part: Sendable>(
        path: String, progress: (@Sendable (_ cables: Int, _ bytes: Int) -> Void)? = nil,
        fileBytes: ((UnsafeRawBufferPointer) -> Void)? = nil,
        transform: @escaping @Sendable (_ results: [ReadResult], _ piece: InputPiece) -> Part, _ body: (Part) -> Void
    ) throws(InputError) {
        let input = try InputChunks(path: path)
        input.fileBytes = fileBytes
        try read(input, path: path, progress: progress, transform: transform, body)
        if fileBytes != nil { try input.readToEnd() }
    }

    private func read<Part: Sendable>(
        _ input: InputChunks, path: String, progress: (@Sendable (_ cables: Int, _ bytes: Int) -> Void)?,
        transform: @escaping @Sendable (_ results: [ReadResult], _ piece: InputPiece) -> Part, _ body: (Part) -> Void
    ) throws(InputError) {
        var buffer: [UInt8] = []
        var ended = false
        while !ended, buffer.count < windowSize || (buffer.count < recordLimit && cut(buffer, line: 1).records < 3) {
            ended = try !input.read(appendingTo: &buffer, count: windowSize)
        }
        if !ended {
            switch FormatDetector.detect(buffer) {
            case .csvRecord:
                try stream(input, startingWith: buffer, path: path, progress: progress, transform: transform, body)
                return
            case .jsonRecord:
                break
            default:
                // Not a file of records, and longer than a cable may be: not read further.
                guard buffer.count > ContainerReaders.maximumCableBytes else { break }
                let refusal = ReadResult.unrecognized(
                    path: path, recordNumber: nil, range: .fileStart, reason: ContainerReaders.tooLong("the file"))
                body(transform([refusal], InputPiece(bytes: [], offset: 0, line: 1, isWholeFile: true)))
                return
            }
        }
        while !ended {
            ended = try !input.read(appendingTo: &buffer, count: windowSize)
            if Gzip.isCompressed(path: path), buffer.count > Gzip.outputLimit {
                throw InputError(
                    path: path, problem: "not a readable gzip file: larger than \(Gzip.sizeText(Gzip.outputLimit)) once decompressed")
            }
        }
        let results = CableReader.read(bytes: buffer, path: path)
        body(transform(results, InputPiece(bytes: buffer, offset: 0, line: 1, isWholeFile: true)))
        progress?(results.count(where: \.isCable), input.fileBytesRead)
    }

    private func stream<Part: Sendable>(
        _ input: InputChunks, startingWith first: [UInt8], path: String,
        progress: (@Sendable (_ cables: Int, _ bytes: Int) -> Void)?,
        transform: @escaping @Sendable ([ReadResult], InputPiece) -> Part, _ body: (Part) -> Void
    ) throws(InputError) {
        var buffer = first
        var ended = false
        var fileOffset = 0
        var line = 1
        var recordsBefore = 0
        var bytesTold = 0
        func tell(cables: Int) {
            progress?(cables, input.fileBytesRead - bytesTold)
            bytesTold = input.fileBytesRead
        }
        // Windows after the first, read on `jobs` threads once the first has named the columns.
        var pipeline: WindowPipeline<Part>?
        while true {
            // The first window, read on this thread before any other, holds a few records only;
            // the rest of the buffer is the next window.
            let isFirst = pipeline == nil
            let cut = ended
                ? (end: buffer.count, line: line, records: 0)
                : cut(buffer, line: line, maximumRecords: isFirst ? Self.firstWindowRecords : .max)
            if cut.end > 0 {
                // The window takes the buffer's storage; the unfinished record moves to a new one.
                var rest = Array(buffer[cut.end...])
                rest.reserveCapacity(rest.count + windowSize)
                buffer.removeLast(buffer.count - cut.end)
                let piece = InputPiece(bytes: buffer, offset: fileOffset, line: line, isWholeFile: false)
                buffer = rest
                if pipeline != nil {
                    pipeline?.add(DumpWindow(piece: piece, recordsBefore: recordsBefore), handOn: body, cablesHandedOn: tell)
                    recordsBefore += cut.records
                } else {
                    // The first window names the columns (or not) for every later one.
                    var reader = CSVRecordReader(bytes: piece.bytes)
                    var cables = 0
                    while let item = reader.next() {
                        let result = Self.result(item, path: path)
                        if result.isCable { cables += 1 }
                        body(transform([result], piece))
                    }
                    tell(cables: cables)
                    recordsBefore = reader.recordNumber
                    pipeline = WindowPipeline(
                        jobs: jobs, read: Self.windowReader(columns: reader.columns, path: path, transform: transform))
                }
                fileOffset += cut.end
                line = cut.line
            } else if buffer.count >= recordLimit {
                pipeline?.finish(handOn: body, cablesHandedOn: tell)
                let start = LineIndex(bytes: [], baseLine: line, fileOffset: fileOffset).range(ofOffsets: 0, 0)
                let reason = "CSV record \(recordsBefore + 1): longer than \(Gzip.sizeText(recordLimit)) (a quote left open?)"
                let unread = ReadResult.unrecognized(path: path, recordNumber: recordsBefore + 1, range: start, reason: reason)
                body(transform([unread], InputPiece(bytes: [], offset: fileOffset, line: line, isWholeFile: false)))
                return
            }
            if ended {
                pipeline?.finish(handOn: body, cablesHandedOn: tell)
                tell(cables: 0)
                return
            }
            if isFirst && cut.end > 0 { continue }
            do {
                ended = try !input.read(appendingTo: &buffer, count: windowSize)
            } catch {
                // What was read before the failure is reported, whatever the number of jobs.
                pipeline?.finish(handOn: body, cablesHandedOn: tell)
                throw error
            }
        }
    }

    /// Records in a dump's first window: enough to name the columns, few enough that the
    /// windows read in parallel start at once.
    static let firstWindowRecords = 16

    /// Reads one window of a dump whose first window named `columns`: its records' parts.
    private static func windowReader<Part: Sendable>(
        columns: CSVRecordReader.Columns, path: String, transform: @escaping @Sendable ([ReadResult], InputPiece) -> Part
    ) -> @Sendable (DumpWindow) -> (parts: [Part], cables: Int) {
        { window in
            var reader = CSVRecordReader(
                window: window.piece.bytes, columns: columns, firstLine: window.piece.line,
                recordsBefore: window.recordsBefore, fileOffset: window.piece.offset)
            var parts: [Part] = []
            var cables = 0
            while let item = reader.next() {
                let result = Self.result(item, path: path)
                if result.isCable { cables += 1 }
                parts.append(transform([result], window.piece))
            }
            return (parts, cables)
        }
    }

    /// Where the last record that is certainly complete ends in `bytes` (just past its line
    /// break; 0 when there is none), the line there, and how many complete records come before;
    /// `maximumRecords` at the most. A record running to the end of the bytes may go on in the
    /// next piece of the file.
    func cut(_ bytes: [UInt8], line: Int, maximumRecords: Int = .max) -> (end: Int, line: Int, records: Int) {
        var scanner = CSVRecordScanner(bytes: bytes, line: line, recordLimit: recordLimit)
        var cut = (end: 0, line: line, records: 0)
        while cut.records < maximumRecords, let record = scanner.next() {
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
