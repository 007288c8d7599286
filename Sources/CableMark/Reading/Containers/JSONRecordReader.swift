/// Reads mongoexport lines, one cable per line:
/// `{ "_id" : "...", "origin" : "...", "date_time" : "...", "classification" : "...", "body" : "..." }`
/// (some sources add "header" and "reference_id").
///
/// The body's line breaks were collapsed into spaces when the records were made;
/// `CollapsedBodyDecoder` puts them back as synthetic "\n" (a run of two or more spaces marks
/// where one was) so that header fields land on lines of their own again. Some lines are not
/// valid JSON (unescaped quotes inside the body): `LenientJSONObject` ends a string only at a
/// quote followed by `, "key" :` or by the closing `}` of the line.
/// The "header" field (routing lines glued together without any separator) and "_id" (the first
/// reference, not the cable's id) are not used.
enum JSONRecordReader {
    static func read(_ bytes: [UInt8]) -> [ContainerItem] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let end = ContainerBytes.endOfLine(bytes, from: start)
            if bytes[start..<end].contains(where: { !ContainerBytes.isWhitespace($0) }) {
                lines.append(start..<end)
            }
            start = end
        }
        var line = 1
        var counted = 0
        return lines.enumerated().map { number, range in
            for index in counted..<range.lowerBound where bytes[index] == ContainerBytes.newline { line += 1 }
            counted = range.lowerBound
            return record(bytes, range, line: line, recordNumber: lines.count > 1 ? number + 1 : nil)
        }
    }

    private static func record(_ bytes: [UInt8], _ range: Range<Int>, line: Int, recordNumber: Int?) -> ContainerItem {
        var end = range.upperBound
        while end > range.lowerBound, ContainerBytes.isWhitespace(bytes[end - 1]) { end -= 1 }
        let lineIndex = LineIndex(
            bytes: Array(bytes[range.lowerBound..<end]), baseOffset: range.lowerBound, baseLine: line)
        let whole = lineIndex.range(ofOffsets: range.lowerBound, end)
        let label = recordNumber.map { "JSON record \($0): " } ?? "JSON record: "
        guard let fields = LenientJSONObject(bytes, from: range.lowerBound, to: end) else {
            return .unreadable(
                recordNumber: recordNumber, range: whole, reason: label + "the line is not a JSON object of strings")
        }
        guard let body = fields["body"] else {
            return .unreadable(recordNumber: recordNumber, range: whole, reason: label + "no \"body\" field")
        }
        var builder = CableTextBuilder(lineIndex: lineIndex, input: bytes, expectedLength: end - range.lowerBound)
        CollapsedBodyDecoder.decode(body, in: bytes, into: &builder)
        var (text, metadata) = builder.finish()
        func value(_ key: String) -> TextField? {
            guard let string = fields[key] else { return nil }
            var decoded = SourceText()
            LenientJSONObject.decode(string, in: bytes, into: &decoded)
            return decoded.trimmedField(input: bytes, lineIndex: lineIndex)
        }
        metadata.referenceID = value("reference_id") ?? metadata.referenceID
        metadata.origin = value("origin") ?? metadata.origin
        metadata.classification = value("classification") ?? metadata.classification
        if let date = value("date_time") { metadata.setDate(date) }
        return .text(
            CableText(
                format: .jsonRecord, text: text, metadata: metadata, recordNumber: recordNumber,
                lineIndex: lineIndex, startOffset: range.lowerBound, endOffset: end))
    }
}
