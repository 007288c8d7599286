/// Turns byte offsets of an input into editor positions (1-based line and character column).
///
/// Built over a window of the input (a whole file, or one record of a streamed cables.csv), with the
/// window's first byte offset and line number, so positions always refer to the whole file. A
/// reader that holds only a piece of the file (a window of a streamed dump) gives where that
/// piece starts as `fileOffset`: offsets it asks about are the piece's, positions the file's.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private let baseOffset: Int
    private let baseLine: Int
    private let fileOffset: Int
    /// Offsets, relative to the window, of the first byte of every line.
    private let lineStarts: [Int]
    /// Whether every byte of the window is ASCII: then a byte is a character, and a column is a
    /// subtraction.
    private let isASCII: Bool
    /// Character boundaries about every `checkpointStride` bytes, with the number of characters
    /// before each, so a column costs a short scan even on a line of 100 KB (a Cablegate page
    /// holds a whole cable on one line). Built only for a window that needs them: one with a byte
    /// that is not ASCII and a line longer than `lineScanLimit`; a column on a shorter line is
    /// counted from the line's start.
    private let checkpointOffsets: [Int]
    private let checkpointCharacters: [Int]
    private static let checkpointStride = 256
    private static let lineScanLimit = 1024
    /// The longest run `range(ofOffsets:)` scans for ASCII.
    private static let shortRun = 64

    public init(bytes: [UInt8], baseOffset: Int = 0, baseLine: Int = 1, fileOffset: Int = 0) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.baseLine = baseLine
        self.fileOffset = fileOffset
        // One search for the line feeds and one summary of the bytes for whether any is not
        // ASCII (`ByteSearch`).
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var longestLine = 0
        isASCII = bytes.withUnsafeBufferPointer { buffer in
            var lastStart = 0
            while let lineFeed = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: lastStart, to: buffer.count) {
                let next = lineFeed + 1
                longestLine = max(longestLine, next - lastStart)
                starts.append(next)
                lastStart = next
            }
            return ByteSearch.summary(of: buffer, from: 0, to: buffer.count).union < 0x80
        }
        longestLine = max(longestLine, bytes.count - starts[starts.count - 1])
        lineStarts = starts
        guard !isASCII, longestLine > Self.lineScanLimit else {
            checkpointOffsets = []
            checkpointCharacters = []
            return
        }
        var offsets = [0]
        var characters = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var count = 0
            var nextCheckpoint = Self.checkpointStride
            while index < buffer.count {
                // Eight ASCII bytes are eight characters and end on a boundary.
                if index + 8 <= buffer.count, ByteWord.load(buffer, at: index) & ByteWord.highBits == 0 {
                    index += 8
                    count += 8
                } else {
                    index += buffer[index] < 0x80 ? 1 : max(1, UTF8Sequence.length(bytes, at: index, limit: buffer.count))
                    count += 1
                }
                if index >= nextCheckpoint {
                    offsets.append(index)
                    characters.append(count)
                    nextCheckpoint = index + Self.checkpointStride
                }
            }
        }
        checkpointOffsets = offsets
        checkpointCharacters = characters
    }

    public func position(ofOffset offset: Int) -> SourcePosition {
        let local = min(max(offset - baseOffset, 0), bytes.count)
        // Last line start that is <= local.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= local { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        // A line start follows a "\n", which no UTF-8 sequence holds: it is a character boundary
        // however the window is scanned, so counting from it gives the column the checkpoints give.
        let column: Int
        if isASCII {
            column = local - lineStart + 1
        } else if checkpointOffsets.isEmpty || local - lineStart <= Self.lineScanLimit {
            column = Self.characterCount(bytes, from: lineStart, to: local) + 1
        } else {
            column = characters(before: local) - characters(before: lineStart) + 1
        }
        return SourcePosition(line: baseLine + low, column: column, offset: fileOffset + baseOffset + local)
    }

    /// Characters in the window before `local`, counted from the nearest checkpoint.
    private func characters(before local: Int) -> Int {
        var low = 0
        var high = checkpointOffsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpointOffsets[mid] <= local { low = mid } else { high = mid - 1 }
        }
        return checkpointCharacters[low] + Self.characterCount(bytes, from: checkpointOffsets[low], to: local)
    }

    /// The range of `start..<end`. An end on the start's line after ASCII bytes only (a mark, a
    /// number, a field's value: most ranges) is the start's column plus their count; an ASCII
    /// byte is never inside a character, so counting on from the start's line gives the same.
    public func range(ofOffsets start: Int, _ end: Int) -> SourceRange {
        let startPosition = position(ofOffset: start)
        let localStart = min(max(start - baseOffset, 0), bytes.count)
        let localEnd = min(max(max(start, end) - baseOffset, 0), bytes.count)
        let line = startPosition.line - baseLine
        let nextLineStart = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count + 1
        guard localEnd < nextLineStart, isASCII || isASCIIRun(localStart, localEnd) else {
            return SourceRange(start: startPosition, end: position(ofOffset: max(start, end)))
        }
        let endPosition = SourcePosition(
            line: startPosition.line, column: startPosition.column + localEnd - localStart,
            offset: fileOffset + baseOffset + localEnd)
        return SourceRange(start: startPosition, end: endPosition)
    }

    /// Whether `bytes[from..<to]` is short and all ASCII; a longer run is left to `position`.
    private func isASCIIRun(_ from: Int, _ to: Int) -> Bool {
        guard to - from <= Self.shortRun else { return false }
        for index in from..<to where bytes[index] >= 0x80 { return false }
        return true
    }

    /// Characters in `bytes[from..<to]`: each well-formed UTF-8 sequence counts once, and so does
    /// every byte that is not part of one (a raw telegram's lone 0xB6 pilcrow is one column).
    static func characterCount(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = from
            while index < to {
                if index + 8 <= to, ByteWord.load(buffer, at: index) & ByteWord.highBits == 0 {
                    index += 8
                    count += 8
                } else {
                    index += buffer[index] < 0x80 ? 1 : max(1, UTF8Sequence.length(bytes, at: index, limit: to))
                    count += 1
                }
            }
            return count
        }
    }
}
