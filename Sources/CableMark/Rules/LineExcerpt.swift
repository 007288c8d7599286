/// The context each of many values on one line (the tags of a TAGS line) is reported with: the
/// whole line while it is short, else the part of it around the value. Every finding carries its
/// context, so a whole line of n values given to each of them would make a report of n × n bytes
/// (20,000 tags: 46 s and 5.5 GB); cut, a report grows with the line.
enum LineExcerpt {
    /// Lines up to this many bytes are given whole (the longest TAGS line of ../shared's corpus
    /// has 156).
    static let wholeLineBytes = 1_024
    /// Bytes kept either side of the value in a longer line, at most; the cut ends at a space.
    static let bytesAround = 100
    /// What stands for the text cut away.
    static let cut = "…"

    /// The context of each of `values`, which stand in `line` in this order, white space folded
    /// as in the line. A value not found near where the one before it ended (written otherwise
    /// in the line) gets the part of the line from there.
    static func contexts(of line: String, for values: [String]) -> [String] {
        guard line.utf8.count > wholeLineBytes else { return Array(repeating: line, count: values.count) }
        let bytes = Array(line.utf8)
        var searchFrom = 0
        return values.map { value in
            let needle = Array(value.utf8)
            // Values follow each other with separators between: look only a little way on,
            // so that no search goes over the whole line.
            let searchEnd = min(bytes.count, searchFrom + bytesAround + needle.count)
            var start = searchFrom
            var end = searchFrom
            if !needle.isEmpty, let found = firstIndex(of: needle, in: bytes, from: searchFrom, before: searchEnd) {
                (start, end) = (found, found + needle.count)
                searchFrom = end
            }
            return excerpt(of: bytes, from: start, to: end)
        }
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int, before end: Int) -> Int? {
        guard end - from >= needle.count else { return nil }
        return (from...(end - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// `bytes[start..<end]` with up to `bytesAround` bytes either side, cut after a space (or at
    /// a character's start when there is none) and marked where cut.
    private static func excerpt(of bytes: [UInt8], from start: Int, to end: Int) -> String {
        let space = UInt8(ascii: " ")
        var lower = max(0, start - bytesAround)
        if lower > 0 {
            if let after = bytes[lower..<start].firstIndex(of: space) { lower = after + 1 }
            while lower < start, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
        }
        var upper = min(bytes.count, end + bytesAround)
        if upper < bytes.count {
            if let before = bytes[end..<upper].lastIndex(of: space) { upper = before }
            while upper > end, bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
        }
        let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
        return (lower > 0 ? cut : "") + text + (upper < bytes.count ? cut : "")
    }
}
