/// The text of one cable as a reader recovered it from its container (an HTML page, a CSV field,
/// a JSON string, a web page's `<pre>` block), with the way back to the input's bytes.
///
/// `bytes` is UTF-8 with `\n` line ends: entities decoded, escapes undone, markup dropped. Every
/// byte remembers the input offset it came from, stored as runs so that a plain copy costs one
/// entry. The telegram parser works on `bytes` only and asks `offset(at:)` when it records a range.
public struct SourceText: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Runs of bytes copied contiguously: text index where the run starts, input offset it maps to.
    private var runStarts: [Int] = []
    private var runOrigins: [Int] = []
    /// Input offset just past the last byte appended, for ranges that end at the end of the text;
    /// also the origin a byte must have to continue the current run.
    private var endOrigin = 0
    /// False right after a synthetic byte, whose run nothing may continue.
    private var runIsOpen = false

    public init() {}

    /// A text that is the input itself, byte for byte, starting at `offset`.
    public init(verbatim input: ArraySlice<UInt8>, offset: Int) {
        bytes = Array(input)
        runStarts = [0]
        runOrigins = [offset]
        endOrigin = offset + input.count
        runIsOpen = true
    }

    public var count: Int { bytes.count }

    /// Appends one byte that stands for the input byte(s) starting at `origin`.
    public mutating func append(_ byte: UInt8, from origin: Int) {
        if !runIsOpen || origin != endOrigin {
            runStarts.append(bytes.count)
            runOrigins.append(origin)
            runIsOpen = true
        }
        bytes.append(byte)
        endOrigin = origin + 1
    }

    /// Makes room for `count` more bytes.
    public mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Appends `input[range]` copied unchanged, byte `index` from input offset `index`: one run.
    public mutating func appendCopied(_ input: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if !runIsOpen || range.lowerBound != endOrigin {
            runStarts.append(bytes.count)
            runOrigins.append(range.lowerBound)
            runIsOpen = true
        }
        bytes.append(contentsOf: input[range])
        endOrigin = range.upperBound
    }

    /// Appends a byte the reader made up (a line break standing for a collapsed gap, say); it maps
    /// to the input position of the byte that follows it.
    public mutating func appendSynthetic(_ byte: UInt8, at origin: Int) {
        runStarts.append(bytes.count)
        runOrigins.append(origin)
        bytes.append(byte)
        endOrigin = origin
        runIsOpen = false
    }

    /// The input offset of text index `index` (`count` maps to just past the last byte).
    public func offset(at index: Int) -> Int {
        guard index < bytes.count, !runStarts.isEmpty else { return endOrigin }
        var low = 0
        var high = runStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if runStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return runOrigins[low] + (index - runStarts[low])
    }
}
