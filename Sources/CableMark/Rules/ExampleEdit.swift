/// One change a rule example makes to its base cable. Each names text that must occur exactly
/// once in the cable as the edits before it left it, so that an edit never lands in the wrong
/// place silently.
enum ExampleEdit: Sendable, Hashable {
    /// `<replace text="1. (C) The" with="1. ↓(S) The"/>`: the text becomes `with`.
    case replace(String, with: String)
    /// `<delete line="SIPDIS"/>`: the line holding the text goes.
    case delete(lineHolding: String)
    /// `<insert before="STRUBLE" line="4. (U) More."/>` (or `after=`): a new line next to the line
    /// holding the anchor.
    case insert(String, nextTo: String, after: Bool)

    /// The cable with the edit made.
    func apply(to cable: String) throws(ExampleEditError) -> String {
        switch self {
        case .replace(let text, let replacement):
            let ranges = cable.ranges(of: text)
            guard ranges.count == 1 else {
                let found = ranges.isEmpty ? "is not in the cable" : "is in the cable \(ranges.count) times"
                throw ExampleEditError(message: "replace: '\(text)' \(found); name text that is there once")
            }
            return cable.replacingCharacters(in: ranges[0], with: replacement)
        case .delete(let text):
            var lines = Self.lines(of: cable)
            lines.remove(at: try Self.index(holding: text, in: lines, edit: "delete"))
            return lines.joined(separator: "\n")
        case .insert(let line, let anchor, let after):
            var lines = Self.lines(of: cable)
            let index = try Self.index(holding: anchor, in: lines, edit: "insert")
            lines.insert(line, at: after ? index + 1 : index)
            return lines.joined(separator: "\n")
        }
    }

    private static func lines(of cable: String) -> [String] {
        cable.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The index of the one line holding `text`.
    private static func index(holding text: String, in lines: [String], edit: String) throws(ExampleEditError) -> Int {
        let holding = lines.indices.filter { lines[$0].contains(text) }
        guard holding.count == 1 else {
            let found = holding.isEmpty ? "no line holds" : "\(holding.count) lines hold"
            throw ExampleEditError(message: "\(edit): \(found) '\(text)'; name text that one line holds")
        }
        return holding[0]
    }
}

/// An edit whose text is not in the cable exactly once.
struct ExampleEditError: Error {
    var message: String
}
