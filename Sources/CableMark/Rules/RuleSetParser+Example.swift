extension RuleSetParser {
    /// A `<triggering>` or `<non-triggering>` element: a base cable and its edits, or a cable
    /// written out in full (in CDATA, starting on the line after `<![CDATA[`). Everything but the
    /// edits themselves is checked here; they are made when the example is built.
    static func parseExample(_ node: XMLNode, source: RuleSetSource) throws(RuleSetError) -> RuleExampleSource {
        let elements = node.elementChildren
        var base: (name: String, text: String)?
        var edits: [(edit: ExampleEdit, line: Int)] = []
        var text = ""
        if let name = node.attribute("base") {
            guard let cable = source.exampleBase(named: name) else {
                let known = RuleSetSource.builtInExampleBases.joined(separator: ", ")
                throw source.error("the example names base '\(name)', which is not an example cable (built in: \(known))", at: node.line)
            }
            guard node.ownText.allSatisfy(\.isWhitespace) else {
                throw source.error("an example with a base holds edits, not a cable", at: node.line)
            }
            base = (name, cable)
            for element in elements {
                do {
                    edits.append((try edit(of: element), element.line))
                } catch {
                    throw source.error("\(error.message) (base '\(name)')", at: element.line)
                }
            }
        } else {
            if let edit = elements.first {
                throw source.error("<\(edit.name)> edits a base cable; the example names none", at: edit.line)
            }
            text = node.textContent
            if text.hasPrefix("\r\n") {
                text.removeFirst(2)
            } else if text.hasPrefix("\n") {
                text.removeFirst()
            }
        }
        var asOf: CalendarDate?
        if let value = node.attribute("as-of") {
            guard let date = CalendarDate(iso: Substring(value)) else {
                throw source.error("as-of=\"\(value)\" is not a date (YYYY-MM-DD)", at: node.line)
            }
            asOf = date
        }
        return RuleExampleSource(
            triggers: node.name == "triggering", base: base, edits: edits, writtenText: text,
            expectedLine: node.attribute("line").flatMap { Int($0) }, asOf: asOf, file: source.name, line: node.line)
    }

    /// `<replace text= with=/>`, `<delete line=/>`, `<insert before= line=/>` or
    /// `<insert after= line=/>`; the schema has made sure of the names and of the attributes, but
    /// for an insert's one anchor.
    private static func edit(of element: XMLNode) throws(ExampleEditError) -> ExampleEdit {
        let attribute = { (name: String) in element.attribute(name) ?? "" }
        switch element.name {
        case "replace":
            return .replace(attribute("text"), with: attribute("with"))
        case "delete":
            return .delete(lineHolding: attribute("line"))
        default:
            switch (element.attribute("before"), element.attribute("after")) {
            case (let anchor?, nil): return .insert(attribute("line"), nextTo: anchor, after: false)
            case (nil, let anchor?): return .insert(attribute("line"), nextTo: anchor, after: true)
            default: throw ExampleEditError(message: "insert: name the line to insert before= or after=, one of the two")
            }
        }
    }
}
