/// Just enough YAML to read the repository's action.yml and .pre-commit-hooks.yaml in tests:
/// block mappings and sequences by indentation, `|` block scalars, plain and double-quoted
/// scalars, comments. Anything else fails the parse.
enum MiniYAML {
    indirect enum Node: Equatable {
        case scalar(String)
        case mapping([(String, Node)])
        case sequence([Node])

        static func == (lhs: Node, rhs: Node) -> Bool {
            switch (lhs, rhs) {
            case (.scalar(let a), .scalar(let b)): a == b
            case (.sequence(let a), .sequence(let b)): a == b
            case (.mapping(let a), .mapping(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
            default: false
            }
        }

        subscript(key: String) -> Node? {
            guard case .mapping(let members) = self else { return nil }
            return members.first { $0.0 == key }?.1
        }

        var text: String? {
            if case .scalar(let text) = self { text } else { nil }
        }

        var items: [Node] {
            if case .sequence(let items) = self { items } else { [] }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var description: String { "unsupported YAML at line \(line)" }
    }

    private struct Line {
        var number: Int
        var indent: Int
        var text: String
    }

    static func parse(_ source: String) throws -> Node {
        var lines: [Line] = []
        for (index, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = raw.prefix { $0 == " " }.count
            lines.append(Line(number: index + 1, indent: indent, text: String(raw.dropFirst(indent))))
        }
        var position = 0
        return try block(&position, lines, indent: 0)
    }

    private static func isBlank(_ line: Line) -> Bool { line.text.isEmpty || line.text.hasPrefix("#") }

    private static func block(_ position: inout Int, _ lines: [Line], indent: Int) throws -> Node {
        while position < lines.count, isBlank(lines[position]) { position += 1 }
        guard position < lines.count else { return .scalar("") }
        let blockIndent = lines[position].indent
        guard blockIndent >= indent else { return .scalar("") }
        if lines[position].text.hasPrefix("- ") {
            var items: [Node] = []
            while position < lines.count {
                if isBlank(lines[position]) { position += 1; continue }
                let line = lines[position]
                guard line.indent == blockIndent, line.text.hasPrefix("- ") else { break }
                // The item's first key sits two columns in: read the item as a mapping there.
                var item = lines
                item[position] = Line(number: line.number, indent: blockIndent + 2, text: String(line.text.dropFirst(2)))
                items.append(try block(&position, item, indent: blockIndent + 2))
            }
            return .sequence(items)
        }
        var members: [(String, Node)] = []
        while position < lines.count {
            if isBlank(lines[position]) { position += 1; continue }
            let line = lines[position]
            guard line.indent == blockIndent else {
                if line.indent > blockIndent { throw Failure(line: line.number) }
                break
            }
            guard let colon = line.text.range(of: ":"), !line.text.hasPrefix("- ") else { throw Failure(line: line.number) }
            let key = String(line.text[..<colon.lowerBound])
            let rest = line.text[colon.upperBound...].trimmingPrefix(" ")
            position += 1
            if rest == "|" {
                members.append((key, .scalar(blockScalar(&position, lines, indent: blockIndent + 1))))
            } else if rest.isEmpty || rest.hasPrefix("#") {
                members.append((key, try block(&position, lines, indent: blockIndent + 1)))
            } else {
                members.append((key, .scalar(scalar(String(rest)))))
            }
        }
        return .mapping(members)
    }

    private static func blockScalar(_ position: inout Int, _ lines: [Line], indent: Int) -> String {
        var text: [String] = []
        var contentIndent: Int?
        while position < lines.count {
            let line = lines[position]
            if line.text.isEmpty {
                text.append("")
                position += 1
                continue
            }
            guard line.indent >= (contentIndent ?? indent) else { break }
            contentIndent = contentIndent ?? line.indent
            text.append(String(repeating: " ", count: line.indent - contentIndent!) + line.text)
            position += 1
        }
        while text.last == "" { text.removeLast() }
        return text.joined(separator: "\n") + "\n"
    }

    /// A plain scalar up to a comment, or a double-quoted one.
    private static func scalar(_ text: String) -> String {
        if text.hasPrefix("\""), let end = text.dropFirst().firstIndex(of: "\"") {
            return String(text[text.index(after: text.startIndex)..<end])
        }
        if let comment = text.range(of: " #") { return String(text[..<comment.lowerBound]) }
        return text
    }
}
