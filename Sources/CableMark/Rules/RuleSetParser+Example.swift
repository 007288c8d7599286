extension RuleSetParser {
    /// A `<triggering>` or `<non-triggering>` element: a base cable and its edits, or a cable
    /// written out in full (in CDATA, starting on the line after `<![CDATA[`).
    static func parseExample(_ node: XMLNode, source: RuleSetSource) throws(RuleSetError) -> RuleExample {
        let edits = node.elementChildren
        let base = node.attribute("base")
        var text: String
        if let base {
            guard var cable = source.exampleBase(named: base) else {
                let known = RuleSetSource.builtInExampleBases.joined(separator: ", ")
                throw source.error("the example names base '\(base)', which is not an example cable (built in: \(known))", at: node.line)
            }
            guard node.ownText.allSatisfy(\.isWhitespace) else {
                throw source.error("an example with a base holds edits, not a cable", at: node.line)
            }
            for element in edits {
                do {
                    cable = try edit(of: element).apply(to: cable)
                } catch {
                    throw source.error("\(error.message) (base '\(base)')", at: element.line)
                }
            }
            text = cable
        } else {
            if let edit = edits.first {
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
        let expectedLine = node.attribute("line").flatMap { Int($0) }
        let (cable, positions) = FindingMarker.strip(text)
        return RuleExample(
            triggers: node.name == "triggering", base: base, markedText: text, text: cable,
            expectedPositions: positions, expectedLine: expectedLine, asOf: asOf, line: node.line)
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
