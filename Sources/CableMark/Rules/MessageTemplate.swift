/// A finding's message with the cable's values filled in: "paragraph {paragraph} is marked
/// ({mark}) above the classification line ({banner})".
///
/// A placeholder names a variable of the check kind ({value}, {paragraph}, {mark}, ...), the
/// run date {as-of}, or any cable field ({banner.classification}, {decl.date}): a field gives its
/// first value, or "none". "{{" and "}}" stand for braces.
struct MessageTemplate: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case variable(String)
        case field(CableField)
    }

    private let parts: [Part]
    let text: String

    struct TemplateError: Error {
        var message: String
    }

    /// Variables every template may use, whatever the check kind.
    static let commonVariables: Set<String> = ["as-of"]

    init(parsing text: String, variables: Set<String>) throws(TemplateError) {
        self.text = text
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{" || character == "}", next < text.endIndex, text[next] == character {
                literal.append(character)
                index = text.index(after: next)
                continue
            }
            if character == "}" {
                throw TemplateError(message: "unmatched '}' in message (write '}}' for a brace)")
            }
            guard character == "{" else {
                literal.append(character)
                index = next
                continue
            }
            guard let close = text[next...].firstIndex(of: "}") else {
                throw TemplateError(message: "unclosed '{' in message")
            }
            let name = String(text[next..<close])
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
            if variables.contains(name) || Self.commonVariables.contains(name) {
                parts.append(.variable(name))
            } else if let field = CableField(rawValue: name) {
                parts.append(.field(field))
            } else {
                let known = (variables.union(Self.commonVariables)).sorted().joined(separator: ", ")
                throw TemplateError(
                    message: "unknown placeholder {\(name)} in message: use a cable field or one of: \(known)")
            }
            index = text.index(after: close)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The message for one hit; `facts` is nil for inputs that are not cables (fields: "none").
    func render(_ values: [String: String], facts: CableFacts?, asOf: CalendarDate) -> String {
        var message = ""
        for part in parts {
            switch part {
            case .literal(let text):
                message += text
            case .variable(let name):
                message += name == "as-of" ? asOf.description : values[name] ?? ""
            case .field(let field):
                message += facts?.values(of: field).first?.text ?? "none"
            }
        }
        return message
    }
}
