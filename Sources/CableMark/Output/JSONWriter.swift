/// Writes JSON as every report and manifest of cablemark prints it, straight into bytes, a member
/// or element at a time: two-space indent, one member or element a line, `"key": value`, `{}` and
/// `[]` when empty, `"` `\` and the C0 controls (and DEL) escaped, every other byte of a string's
/// UTF-8 copied as it is. `JSONValue` writes through it; a part written thousands of times a run
/// (a finding, a manifest entry) writes to it without building a `JSONValue` first.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// The indent level of the outermost value.
    private let baseLevel: Int
    /// Containers open, innermost last, as bits: whether each is an array, and whether each has
    /// a member or element yet. 64 levels are more than any document here has.
    private var depth = 0
    private var isArray: UInt64 = 0
    private var hasItems: UInt64 = 0

    /// `level`: the indent level of the value written, when it is a member or element of
    /// another document.
    init(level: Int = 0) {
        baseLevel = level
    }

    mutating func beginObject() { begin(array: false, bracket: UInt8(ascii: "{")) }
    mutating func endObject() { end(bracket: UInt8(ascii: "}")) }
    mutating func beginArray() { begin(array: true, bracket: UInt8(ascii: "[")) }
    mutating func endArray() { end(bracket: UInt8(ascii: "]")) }

    /// Starts the member `key` of the open object; its value is written next.
    mutating func key(_ key: String) {
        startItem()
        writeString(key)
        append(": ")
    }

    mutating func string(_ text: String) {
        startValue()
        writeString(text)
    }

    mutating func int(_ value: Int) {
        startValue()
        appendDecimal(value)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        append(value ? "true" : "false")
    }

    mutating func null() {
        startValue()
        append("null")
    }

    mutating func string(_ text: String?) { text.map { string($0) } ?? null() }
    mutating func int(_ value: Int?) { value.map { int($0) } ?? null() }

    /// The member `key` with its value (null for nil).
    mutating func member(_ key: String, _ text: String?) {
        self.key(key)
        string(text)
    }

    mutating func member(_ key: String, _ value: Int?) {
        self.key(key)
        int(value)
    }

    mutating func member(_ key: String, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    /// A place in a source file: `{"line": …, "column": …, "offset": …}`.
    typealias Place = (line: Int, column: Int, offset: Int)

    /// A range of a source file as reports and manifests write it: `{"start": {place}, "end": {place}}`.
    mutating func range(from start: Place, to end: Place) {
        func write(_ place: Place) {
            beginObject()
            member("line", place.line)
            member("column", place.column)
            member("offset", place.offset)
            endObject()
        }
        beginObject()
        key("start")
        write(start)
        key("end")
        write(end)
        endObject()
    }

    /// An array whose elements are written elsewhere, part by part: where they go in `bytes`, and
    /// the indent level they are written at. `isEmpty`: none will be ("[]").
    mutating func hole(isEmpty: Bool) -> (position: Int, level: Int) {
        startValue()
        let level = baseLevel + depth + 1
        if isEmpty {
            append("[]")
            return (bytes.count, level)
        }
        append("[\n")
        let position = bytes.count
        bytes.append(UInt8(ascii: "\n"))
        writeIndent(level - 1)
        bytes.append(UInt8(ascii: "]"))
        return (position, level)
    }

    /// Two spaces per level.
    static func indentation(_ level: Int) -> String {
        String(repeating: "  ", count: level)
    }

    private mutating func begin(array: Bool, bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        let bit: UInt64 = 1 << UInt64(depth)
        if array { isArray |= bit } else { isArray &= ~bit }
        hasItems &= ~bit
        depth += 1
    }

    private mutating func end(bracket: UInt8) {
        depth -= 1
        if hasItems & (1 << UInt64(depth)) != 0 {
            bytes.append(UInt8(ascii: "\n"))
            writeIndent(baseLevel + depth)
        }
        bytes.append(bracket)
    }

    /// Before a value: in an array, the separator and indent of a new element.
    private mutating func startValue() {
        if depth > 0, isArray & (1 << UInt64(depth - 1)) != 0 { startItem() }
    }

    /// The line a member or element starts: after ",\n" or, the first, "\n"; indented. Written
    /// as one slice of `separatorAndIndent` where the indent fits in it.
    private mutating func startItem() {
        let bit: UInt64 = 1 << UInt64(depth - 1)
        let separator = hasItems & bit != 0 ? 0 : 1
        hasItems |= bit
        let indent = 2 * (baseLevel + depth)
        guard indent <= Self.separatorAndIndent.count - 2 else {
            append(separator == 0 ? ",\n" : "\n")
            writeIndent(baseLevel + depth)
            return
        }
        Self.separatorAndIndent.withUnsafeBufferPointer {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[separator..<(2 + indent)]))
        }
    }

    /// A literal's bytes, without going through a `String`.
    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `value` in decimal, as `String(value)` spells it, without making the `String`: the digits
    /// are put down from the last, then appended at once.
    private mutating func appendDecimal(_ value: Int) {
        // A sign and 19 digits hold any Int.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// ",\n" and then spaces: a member's start and its indent, or (from 2) an indent alone.
    private static let separatorAndIndent = Array(",\n".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func writeIndent(_ level: Int) {
        var count = 2 * level
        let spaces = Self.separatorAndIndent[2...]
        while count > 0 {
            bytes += spaces.prefix(count)
            count -= spaces.count
        }
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            // Eight ASCII bytes none of which is escaped are passed at once; the eight of a word
            // that holds one (or a byte that is not ASCII) are looked at one by one, up to
            // `bytewiseEnd`.
            var bytewiseEnd = 0
            while index < utf8.count {
                if index >= bytewiseEnd, index + 8 <= utf8.count {
                    let word = ByteWord.load(utf8, at: index)
                    if word & ByteWord.highBits == 0, !ByteWord.containsByte(below: 0x20, inASCII: word),
                        !ByteWord.contains(0x22, in: word), !ByteWord.contains(0x5C, in: word),
                        !ByteWord.contains(0x7F, in: word)
                    {
                        index += 8
                        continue
                    }
                    bytewiseEnd = index + 8
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
                runStart = index
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    let hex = Array("0123456789ABCDEF".utf8)
                    append("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
