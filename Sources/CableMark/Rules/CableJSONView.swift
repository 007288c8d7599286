/// A cable as JSON, in the XML view's vocabulary (`CableXMLView`; docs/dump-json-format.md): each
/// element is an object of its attributes, with `text` for its own text; a child element is a
/// member named as the element, an array for the elements a cable may have several of.
/// Positions and counts are numbers, flags booleans, everything else strings as the XML view
/// writes them (levels U/C/S/TS, dates ISO).
public struct CableJSONView: Sendable {
    /// Elements a parent may hold several of: always arrays, even of one.
    static let repeatedElements: Set<String> = ["section-banner", "caption", "tag", "paragraph"]
    static let numberAttributes: Set<String> = ["line", "column", "record", "number", "sections"]
    static let flagAttributes: Set<String> = ["efto", "lou", "sbu", "noforn"]

    let value: JSONValue

    public init(cable: Cable) {
        let view = CableXMLView(cable: cable)
        value = view.document()?.root.map(Self.object) ?? .null
    }

    /// Every cable of a file, as the array `cablemark dump --json` prints.
    public static func text(_ cables: [Cable]) -> String {
        JSONValue.array(cables.map { CableJSONView(cable: $0).value }).rendered() + "\n"
    }

    static func object(_ element: XMLNode) -> JSONValue {
        var members: [(String, JSONValue)] = element.attributes.map {
            ($0.name, attributeValue(name: $0.name, $0.value, of: element.name))
        }
        let text = element.ownText
        // White space alone is the view's indentation between child elements.
        if !text.allSatisfy(\.isWhitespace) { members.append(("text", .string(text))) }
        var order: [String] = []
        var groups: [String: [JSONValue]] = [:]
        for child in element.elementChildren {
            if groups[child.name] == nil { order.append(child.name) }
            groups[child.name, default: []].append(object(child))
        }
        for name in order {
            let values = groups[name] ?? []
            members.append((name, repeatedElements.contains(name) || values.count > 1 ? .array(values) : values[0]))
        }
        return .object(members)
    }

    static func attributeValue(name: String, _ text: String, of element: String) -> JSONValue {
        // A banner's section is a number (SECTION 01 OF 02); classified-by's is "1.4".
        let isNumber = numberAttributes.contains(name) || (name == "section" && element.hasSuffix("banner"))
        if isNumber, let number = Int(text) { return .int(number) }
        if flagAttributes.contains(name) { return .bool(text == "true") }
        return .string(text)
    }
}
