/// The functions an XPath expression calls, found in its text. Rule sets may call XPath 1.0's
/// core functions only: they read nothing but the document at hand, where an extension such as
/// XSLT's document() or EXSLT's would reach files or the network.
enum XPathFunctionCalls {
    static let core: Set<String> = [
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat",
        "starts-with", "contains", "substring-before", "substring-after", "substring", "string-length",
        "normalize-space", "translate", "boolean", "not", "true", "false", "lang", "number", "sum", "floor",
        "ceiling", "round",
    ]
    /// Node tests written like calls.
    private static let nodeTypes: Set<String> = ["node", "text", "comment", "processing-instruction"]

    /// The first function `source` calls that is not a core function, if any.
    static func firstNonCore(in source: String) -> String? {
        calls(in: source).first { !core.contains($0) }
    }

    /// Names followed by "(" outside string literals, other than node tests and variables.
    static func calls(in source: String) -> [String] {
        let characters = Array(source.unicodeScalars)
        var found: [String] = []
        var index = 0
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_.:".unicodeScalars.contains(scalar)
        }
        while index < characters.count {
            let character = characters[index]
            if character == "'" || character == "\"" {
                index += 1
                while index < characters.count, characters[index] != character { index += 1 }
                index += 1
                continue
            }
            guard isNameCharacter(character), character != "-", character != ".", character != ":" else {
                index += 1
                continue
            }
            let start = index
            // A name ends at "::" (an axis), though a single ":" joins a prefix to a local name.
            while index < characters.count, isNameCharacter(characters[index]),
                !(characters[index] == ":" && index + 1 < characters.count && characters[index + 1] == ":")
            {
                index += 1
            }
            let name = String(String.UnicodeScalarView(characters[start..<index]))
            var next = index
            while next < characters.count, characters[next].properties.isWhitespace { next += 1 }
            let isVariable = start > 0 && characters[start - 1] == "$"
            if next < characters.count, characters[next] == "(", !isVariable, !nodeTypes.contains(name) {
                found.append(name)
            }
        }
        return found
    }
}
