/// Splits cables.csv-style data into records, one at a time, from a byte buffer: quoted or bare
/// fields, line breaks inside quotes, quotes escaped with a backslash (\" \' \\, as in the
/// cables.csv dump) or doubled (""), CRLF or LF. It keeps no state beyond its position, so a
/// caller can stream a large dump record by record.
struct CSVRecordScanner {
    let bytes: [UInt8]
    /// Offset where the next record starts.
    private(set) var position: Int
    /// 1-based line of `position`.
    private(set) var line: Int
    /// A quoted field is not looked into past this many bytes from its record's start: a record
    /// that long runs to the end of the buffer, unfinished, without the whole rest being scanned.
    let recordLimit: Int

    init(bytes: [UInt8], position: Int = 0, line: Int = 1, recordLimit: Int = .max) {
        self.bytes = bytes
        self.position = position
        self.line = line
        self.recordLimit = recordLimit
    }

    struct Field {
        /// The field's bytes, without its quotes, escapes still in.
        var start: Int
        var end: Int
        var isQuoted: Bool
    }

    struct Record {
        /// Offsets of the record in the buffer, its line break excluded.
        var start: Int
        var end: Int
        var firstLine: Int
        var fields: [Field]
        /// Why the record cannot be split into fields, when it cannot.
        var problem: String?
    }

    /// The next record, or nil at the end of the buffer. Blank lines between records are skipped.
    mutating func next() -> Record? {
        while position < bytes.count,
            bytes[position] == ContainerBytes.newline || bytes[position] == ContainerBytes.carriageReturn
        {
            if bytes[position] == ContainerBytes.newline { line += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        var record = Record(start: position, end: position, firstLine: line, fields: [], problem: nil)
        var index = position
        let searchEnd = position + min(recordLimit, bytes.count - position)
        var pastLimit = false
        while true {
            if index < bytes.count, bytes[index] == ContainerBytes.quote {
                let start = index + 1
                guard let close = closingQuote(from: start, before: searchEnd) else {
                    pastLimit = searchEnd < bytes.count
                    record.fields.append(Field(start: start, end: bytes.count, isQuoted: true))
                    record.problem = "field \(record.fields.count) has no closing quote"
                    index = bytes.count
                    break
                }
                record.fields.append(Field(start: start, end: close, isQuoted: true))
                index = close + 1
                if index < bytes.count, !isSeparator(at: index) {
                    record.problem = record.problem ?? "text after the closing quote of field \(record.fields.count)"
                    while index < bytes.count, !isSeparator(at: index) { index += 1 }
                }
            } else {
                let start = index
                while index < bytes.count, !isSeparator(at: index) { index += 1 }
                var end = index
                if end > start, bytes[end - 1] == ContainerBytes.carriageReturn { end -= 1 }
                record.fields.append(Field(start: start, end: end, isQuoted: false))
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            break
        }
        record.end = index
        if index < bytes.count, bytes[index] == ContainerBytes.carriageReturn { index += 1 }
        if !pastLimit { line += ContainerBytes.count(of: ContainerBytes.newline, in: bytes, from: position, to: index) }
        if index < bytes.count, bytes[index] == ContainerBytes.newline {
            index += 1
            line += 1
        }
        position = index
        return record
    }

    /// A comma, a line break or CRLF ends a bare field or follows a closing quote.
    private func isSeparator(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") || byte == ContainerBytes.newline { return true }
        return byte == ContainerBytes.carriageReturn
            && (index + 1 == bytes.count || bytes[index + 1] == ContainerBytes.newline)
    }

    /// The quote that closes a field whose content starts at `index`: not escaped with a
    /// backslash, not doubled.
    private func closingQuote(from index: Int, before end: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var next = ByteSearch.Nearest(ContainerBytes.quote, ContainerBytes.backslash, in: buffer, before: end)
            var position = next.first(from: index)
            while position < end {
                if buffer[position] == ContainerBytes.backslash {
                    position += 2
                } else if position + 1 < end, buffer[position + 1] == ContainerBytes.quote {
                    position += 2
                } else {
                    return position
                }
                position = next.first(from: position)
            }
            return nil
        }
    }

    /// Appends field `field`'s value to `sink`: escapes undone, CRLF made LF, every byte mapped
    /// to its offset (an escaped character to the character itself, not its backslash).
    static func decode<Sink: DecodedTextSink>(_ field: Field, in bytes: [UInt8], into sink: inout Sink) {
        bytes.withUnsafeBufferPointer { buffer in
            decode(field, in: bytes, buffer, into: &sink)
        }
    }

    private static func decode<Sink: DecodedTextSink>(
        _ field: Field, in bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, into sink: inout Sink
    ) {
        // Bytes that are neither an escape, a quote nor a line end are copied as one run.
        var special = ByteSearch.Nearest(
            ContainerBytes.newline, ContainerBytes.backslash, ContainerBytes.quote, ContainerBytes.carriageReturn,
            in: buffer, before: field.end)
        var index = field.start
        while index < field.end {
            let runEnd = special.first(from: index)
            if runEnd > index {
                sink.appendCopied(bytes, index..<runEnd)
                index = runEnd
                continue
            }
            let byte = bytes[index]
            if field.isQuoted, byte == ContainerBytes.backslash, index + 1 < field.end,
                bytes[index + 1] == ContainerBytes.quote || bytes[index + 1] == UInt8(ascii: "'")
                    || bytes[index + 1] == ContainerBytes.backslash
            {
                sink.append(bytes[index + 1], from: index + 1)
                index += 2
            } else if field.isQuoted, byte == ContainerBytes.quote, index + 1 < field.end,
                bytes[index + 1] == ContainerBytes.quote
            {
                sink.append(byte, from: index + 1)
                index += 2
            } else if byte == ContainerBytes.carriageReturn, index + 1 < field.end,
                bytes[index + 1] == ContainerBytes.newline
            {
                index += 1
            } else {
                sink.append(byte, from: index)
                index += 1
            }
        }
    }
}
