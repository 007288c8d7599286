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

    /// Pretty-printed (`JSONWriter`), without a final newline.
    func rendered() -> String {
        rendered(indent: 0)
    }

    /// Pretty-printed as the value of a member or element `indent` levels deep.
    func rendered(indent: Int) -> String {
        var writer = JSONWriter(level: indent)
        var holes: [Hole] = []
        write(to: &writer, holes: &holes)
        return String(decoding: writer.bytes, as: UTF8.self)
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
        var writer = JSONWriter(level: indent)
        var holes: [Hole] = []
        write(to: &writer, holes: &holes)
        let output = writer.bytes
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

    private func write(to writer: inout JSONWriter, holes: inout [Hole]) {
        switch self {
        case .object(let members):
            writer.beginObject()
            for (key, value) in members {
                writer.key(key)
                value.write(to: &writer, holes: &holes)
            }
            writer.endObject()
        case .array(let elements):
            writer.beginArray()
            for element in elements { element.write(to: &writer, holes: &holes) }
            writer.endArray()
        case .hole(let isEmpty, let name):
            let (position, level) = writer.hole(isEmpty: isEmpty)
            holes.append(Hole(position: position, indent: level, name: name))
        case .string(let text): writer.string(text)
        case .int(let value): writer.int(value)
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        }
    }
}
