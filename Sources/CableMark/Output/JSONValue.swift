/// A JSON document built in the order its keys should be read, and printed the same way on every
/// platform (two-space indent, `"key": value`, no escaped slashes).
enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    /// Where the elements of an array go that a reporter writes part by part, as files are
    /// checked: see `renderedAroundHole()`. `isEmpty`: no element will be written; `name` tells
    /// holes apart where a document has several (`renderedAroundHoles()`).
    case hole(isEmpty: Bool, name: String = "")

    /// `value` as a string, or null.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// Pretty-printed, without a final newline.
    func rendered() -> String {
        rendered(indent: 0)
    }

    /// Pretty-printed as the value of a member or element `indent` levels deep.
    func rendered(indent: Int) -> String {
        var output: [UInt8] = []
        var holes: [Hole] = []
        write(to: &output, indent: indent, holes: &holes)
        return String(decoding: output, as: UTF8.self)
    }

    /// The text before and after the document's `hole`, and the indent level of the elements
    /// that go there (each rendered at that level, after its indent, joined by ",\n").
    /// `indent`: the level of the value itself, when it is a member or element of another.
    func renderedAroundHole(indent: Int = 0) -> (before: String, after: String, elementIndent: Int) {
        let (segments, holes) = renderedAroundHoles(indent: indent)
        precondition(holes.count <= 1, "a document with several holes")
        return (segments[0], segments.count > 1 ? segments[1] : "", holes.first?.elementIndent ?? 0)
    }

    /// The text around each of the document's holes, in order (one more segment than holes),
    /// and each hole's name and element indent level.
    func renderedAroundHoles(indent: Int = 0) -> (segments: [String], holes: [(name: String, elementIndent: Int)]) {
        var output: [UInt8] = []
        var holes: [Hole] = []
        write(to: &output, indent: indent, holes: &holes)
        var segments: [String] = []
        var start = 0
        for hole in holes {
            segments.append(String(decoding: output[start..<hole.position], as: UTF8.self))
            start = hole.position
        }
        segments.append(String(decoding: output[start...], as: UTF8.self))
        return (segments, holes.map { ($0.name, $0.indent) })
    }

    /// Where a hole's elements go in the output.
    private struct Hole {
        var position: Int
        var indent: Int
        var name: String
    }

    /// Two spaces per level.
    static func indentation(_ level: Int) -> String {
        String(repeating: "  ", count: level)
    }

    // Written as UTF-8 bytes rather than appended to a String: a run renders thousands of
    // findings, and the bytes of a String are all a report file needs.
    private func write(to output: inout [UInt8], indent: Int, holes: inout [Hole]) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return output += "{}".utf8 }
            output += "{\n".utf8
            for (index, (key, value)) in members.enumerated() {
                Self.writeIndent(indent + 1, to: &output)
                Self.writeString(key, to: &output)
                output += ": ".utf8
                value.write(to: &output, indent: indent + 1, holes: &holes)
                output += index == members.count - 1 ? "\n".utf8 : ",\n".utf8
            }
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        case .array(let elements):
            guard !elements.isEmpty else { return output += "[]".utf8 }
            output += "[\n".utf8
            for (index, element) in elements.enumerated() {
                Self.writeIndent(indent + 1, to: &output)
                element.write(to: &output, indent: indent + 1, holes: &holes)
                output += index == elements.count - 1 ? "\n".utf8 : ",\n".utf8
            }
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .hole(let isEmpty, let name):
            if isEmpty {
                output += "[]".utf8
                holes.append(Hole(position: output.count, indent: indent + 1, name: name))
            } else {
                output += "[\n".utf8
                holes.append(Hole(position: output.count, indent: indent + 1, name: name))
                output.append(UInt8(ascii: "\n"))
                Self.writeIndent(indent, to: &output)
                output.append(UInt8(ascii: "]"))
            }
        case .string(let text): Self.writeString(text, to: &output)
        case .int(let value): output += String(value).utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .null: output += "null".utf8
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    private static func writeIndent(_ level: Int, to output: inout [UInt8]) {
        var count = 2 * level
        while count > 0 {
            output += spaces.prefix(count)
            count -= spaces.count
        }
    }

    /// Quotes and escapes `text`: `"` `\\` and the C0 controls (and DEL) escaped, every other
    /// byte of its UTF-8 copied as it is.
    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: output += "\\\"".utf8
                case 0x5C: output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                default:
                    let hex = Array("0123456789ABCDEF".utf8)
                    output += "\\u00".utf8
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
