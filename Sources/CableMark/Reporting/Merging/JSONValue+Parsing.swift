/// A JSON text that could not be read: where and why, one line.
struct JSONParseError: Error, Equatable, CustomStringConvertible {
    var line: Int
    var problem: String

    var description: String { "line \(line): \(problem)" }
}

extension JSONValue {
    /// Reads a JSON text into a value that keeps its objects' key order, so that a report read
    /// and rendered again comes out byte for byte as it was written. Numbers must be integers:
    /// cablemark's reports and baselines hold no others.
    static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var parser = JSONTextParser(bytes: bytes)
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("text after the JSON value") }
        return value
    }

    /// Reads a JSON text as `parse` does, except the arrays at the `indexed` paths (keys and
    /// array indexes joined by "/": "findings", "runs/0/results"): each of their elements is
    /// handed to `element` with the path and its byte range, and the array itself is left as a
    /// hole named by the path. A report of any length thus leaves only its frame in memory.
    static func parse(
        _ bytes: [UInt8], indexing indexed: Set<String>,
        element: @escaping (_ path: String, _ value: JSONValue, _ range: Range<Int>) -> Void
    ) throws(JSONParseError) -> JSONValue {
        var parser = JSONTextParser(bytes: bytes)
        parser.indexed = indexed
        parser.onElement = element
        let value = try parser.value(depth: 0, path: "")
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("text after the JSON value") }
        return value
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    var stringValue: String? {
        if case .string(let text) = self { text } else { nil }
    }

    var intValue: Int? {
        if case .int(let value) = self { value } else { nil }
    }

    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }
}

private struct JSONTextParser {
    let bytes: [UInt8]
    var position = 0
    /// Paths of arrays whose elements go to `onElement` (see `JSONValue.parse(_:indexing:element:)`).
    var indexed: Set<String> = []
    var onElement: ((String, JSONValue, Range<Int>) -> Void)?
    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 256

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    func error(_ problem: String) -> JSONParseError {
        JSONParseError(line: bytes[..<min(position, bytes.count)].count { $0 == 0x0A } + 1, problem: problem)
    }

    mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    /// `path`: where the value stands, kept only while indexed arrays may lie below it.
    mutating func value(depth: Int, path: String? = nil) throws(JSONParseError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nested too deeply") }
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of the text") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth, path: path)
        case UInt8(ascii: "["):
            if let path, indexed.contains(path) { return try indexedArray(depth: depth, path: path) }
            return try array(depth: depth, path: path)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return .int(try integer())
        }
    }

    /// The path of a member or element of the value at `path`; nil once no indexed array can
    /// lie below.
    private func path(_ path: String?, _ component: String) -> String? {
        guard let path else { return nil }
        let child = path.isEmpty ? component : path + "/" + component
        return indexed.contains { $0 == child || $0.hasPrefix(child + "/") } ? child : nil
    }

    private mutating func object(depth: Int, path: String?) throws(JSONParseError) -> JSONValue {
        position += 1
        var members: [(String, JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':'") }
            position += 1
            members.append((key, try value(depth: depth + 1, path: self.path(path, key))))
            guard try anotherFollows(closedBy: "}") else { return .object(members) }
        }
    }

    /// After a member or an element: true after a ",", false after the closing bracket.
    private mutating func anotherFollows(closedBy close: Unicode.Scalar) throws(JSONParseError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of the text") }
        if bytes[position] == UInt8(ascii: ",") {
            position += 1
            return true
        }
        guard bytes[position] == UInt8(ascii: close) else { throw error("expected ',' or '\(close)'") }
        position += 1
        return false
    }

    private mutating func array(depth: Int, path: String?) throws(JSONParseError) -> JSONValue {
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth + 1, path: self.path(path, String(elements.count))))
            guard try anotherFollows(closedBy: "]") else { return .array(elements) }
        }
    }

    /// An indexed array: its elements handed over one by one, a hole left in its place.
    private mutating func indexedArray(depth: Int, path: String) throws(JSONParseError) -> JSONValue {
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .hole(isEmpty: true, name: path)
        }
        while true {
            skipWhitespace()
            let start = position
            let element = try value(depth: depth + 1)
            onElement?(path, element, start..<position)
            guard try anotherFollows(closedBy: "]") else { return .hole(isEmpty: false, name: path) }
        }
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        guard bytes[position...].starts(with: word.utf8) else { throw error("unexpected character") }
        position += word.utf8.count
        return value
    }

    private mutating func integer() throws(JSONParseError) -> Int {
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digits = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        guard position > digits else { throw error("unexpected character") }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) {
            throw error("a number that is not an integer")
        }
        guard let value = Int(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw error("an integer out of range")
        }
        return value
    }

    /// A string after its opening quote, escapes undone.
    private mutating func string() throws(JSONParseError) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var runStart = position
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                return String(scalars)
            }
            guard byte >= 0x20 else { throw error("a control character in a string") }
            guard byte == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            flush(position)
            position += 1
            guard position < bytes.count else { break }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
            default: throw error("an unknown escape in a string")
            }
            runStart = position
        }
        throw error("a string without its closing quote")
    }

    /// The scalar of "\uXXXX" (a surrogate pair takes two), after the "u".
    private mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first), bytes[position...].starts(with: "\\u".utf8) {
            position += 2
            let second = try hexQuad()
            if (0xDC00..<0xE000).contains(second),
                let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            {
                return scalar
            }
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
        else { throw error("a bad \\u escape in a string") }
        position += 4
        return value
    }
}
