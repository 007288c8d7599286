/// Finds where a stretch of a cable's folded text stands in the input file, for the manifest.
///
/// Fields keep their text with white space folded and container escapes undone, so a match's
/// place in the field's text is not its place in the file. The locator counts which occurrence
/// of the matched text the match is within its field, and finds that occurrence among the
/// field's input bytes (white space of any length matching a space). Where the input writes the
/// text differently (an HTML entity, a CSV escape inside it), the field's whole range stands in.
struct SpanLocator {
    /// The input bytes it searches, from `baseOffset` on.
    let input: [UInt8]
    let baseOffset: Int
    /// The line `input` starts on.
    private let baseLine: Int
    /// The input's line index, made when the first match is located: most cables have none,
    /// and the index is a pass over the whole input.
    private let lineCache = LineCache()

    private final class LineCache {
        var lines: LineIndex?
    }

    /// A locator over a whole input.
    init(input: [UInt8]) {
        self.input = input
        baseOffset = 0
        baseLine = 1
    }

    /// A locator over one record of `bytes` (a streamed dump's window, which starts at
    /// `fileOffset` in the file), from the start of the line `record` starts on to its end: a
    /// record's fields lie within it.
    init(record: SourceRange, in bytes: [UInt8], fileOffset: Int) {
        let end = min(max(0, record.end.offset - fileOffset), bytes.count)
        var start = min(max(0, record.start.offset - fileOffset), end)
        while start > 0, bytes[start - 1] != ContainerBytes.newline { start -= 1 }
        input = Array(bytes[start..<end])
        baseOffset = fileOffset + start
        baseLine = record.start.line
    }

    private var lines: LineIndex {
        if let lines = lineCache.lines { return lines }
        let lines = LineIndex(bytes: input, baseOffset: baseOffset, baseLine: baseLine)
        lineCache.lines = lines
        return lines
    }

    /// The input bytes of `range` (clamped to what the locator holds).
    func bytes(of range: SourceRange) -> ArraySlice<UInt8> {
        let start = max(0, min(range.start.offset - baseOffset, input.count))
        return input[start..<max(start, min(range.end.offset - baseOffset, input.count))]
    }

    /// The input range of `match` (a byte range of `text`, the folded text of `field`), and
    /// whether it is exact (false: `field` itself).
    func locate(_ match: Range<Int>, in text: [UInt8], field: SourceRange) -> (range: SourceRange, exact: Bool) {
        let needle = Array(text[match])
        let occurrence = Self.occurrences(of: needle, in: text, from: 0, to: match.lowerBound).count
        let start = max(0, min(field.start.offset - baseOffset, input.count))
        let end = max(start, min(field.end.offset - baseOffset, input.count))
        let found = Self.occurrences(of: needle, in: input, from: start, to: end)
        guard occurrence < found.count else { return (field, false) }
        let place = found[occurrence]
        return (lines.range(ofOffsets: baseOffset + place.lowerBound, baseOffset + place.upperBound), true)
    }

    /// Ranges where `needle` starts within `from..<to` (ASCII case-insensitive; a space in the
    /// needle matches one or more white-space bytes).
    static func occurrences(of needle: [UInt8], in haystack: [UInt8], from: Int, to: Int) -> [Range<Int>] {
        guard let first = needle.first else { return [] }
        var found: [Range<Int>] = []
        var index = from
        while index < to {
            if MatchBytes.lowercased(haystack[index]) == MatchBytes.lowercased(first),
                let end = matchEnd(needle, in: haystack, at: index, limit: haystack.count)
            {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static func matchEnd(_ needle: [UInt8], in haystack: [UInt8], at start: Int, limit: Int) -> Int? {
        var position = start
        for byte in needle {
            guard position < limit else { return nil }
            if byte == 0x20 {
                guard ContainerBytes.isWhitespace(haystack[position]) else { return nil }
                while position < limit, ContainerBytes.isWhitespace(haystack[position]) { position += 1 }
            } else {
                guard MatchBytes.lowercased(haystack[position]) == MatchBytes.lowercased(byte) else { return nil }
                position += 1
            }
        }
        return position
    }
}
