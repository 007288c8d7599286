/// A `<check>` element while its kind reads its parameters: keeps track of what the kind used,
/// so that an attribute or child element the kind does not take is reported, not ignored.
final class CheckElement {
    let node: XMLNode
    let kind: String
    let source: RuleSetSource
    private var usedAttributes: Set<String> = ["kind", "when", "severity"]
    private var usedChildren: Set<String> = ["applies", "message"]

    init(node: XMLNode, kind: String, source: RuleSetSource) {
        self.node = node
        self.kind = kind
        self.source = source
    }

    func error(_ problem: String, at line: Int? = nil) -> RuleSetError {
        RuleSetError(file: source.name, line: line ?? node.line, problem: problem)
    }

    func attribute(_ name: String) -> String? {
        usedAttributes.insert(name)
        return node.attribute(name)
    }

    func required(_ name: String) throws(RuleSetError) -> String {
        guard let value = attribute(name) else {
            throw error("check kind '\(kind)' needs the attribute '\(name)'")
        }
        return value
    }

    func bool(_ name: String, default value: Bool) -> Bool {
        attribute(name).map { $0 == "true" || $0 == "1" } ?? value
    }

    func field(_ name: String) throws(RuleSetError) -> CableField {
        let value = try required(name)
        guard let field = CableField(rawValue: value) else {
            throw error("unknown field '\(value)' in \(name)=; fields are: \(CableField.names)")
        }
        return field
    }

    func optionalField(_ name: String) throws(RuleSetError) -> CableField? {
        guard node.attribute(name) != nil else {
            usedAttributes.insert(name)
            return nil
        }
        return try field(name)
    }

    /// A space-separated list of markers ("header:NODIS header:EXDIS").
    func markers(_ name: String) throws(RuleSetError) -> [Marker] {
        let value = try required(name)
        var markers: [Marker] = []
        for word in value.split(separator: " ") {
            guard let marker = Marker(word) else {
                throw error("unknown marker '\(word)' in \(name)=; \(Marker.syntaxHelp)")
            }
            markers.append(marker)
        }
        guard !markers.isEmpty else { throw error("\(name)= names no marker") }
        return markers
    }

    func marker(_ name: String) throws(RuleSetError) -> Marker {
        let markers = try markers(name)
        guard markers.count == 1 else { throw error("\(name)= takes one marker, not \(markers.count)") }
        return markers[0]
    }

    func children(_ name: String) -> [XMLNode] {
        usedChildren.insert(name)
        return node.elements(named: name)
    }

    /// The value set of `<value>`, `<list>` and `<pattern>` children; at least one is needed.
    func valueSet() throws(RuleSetError) -> ValueSet {
        var set = ValueSet(ignoreCase: bool("ignore-case", default: false))
        for value in children("value") {
            set.add(value.textContent.trimmingSpaces(), window: try source.window(of: value))
        }
        for list in children("list") {
            let file = list.attribute("file") ?? ""
            guard let text = source.vocabulary(named: file) else {
                throw error("vocabulary file '\(file)' not found", at: list.line)
            }
            for value in Vocabulary.values(in: text) { set.add(value) }
        }
        for pattern in children("pattern") {
            do {
                set.add(try XMLRegularExpression(pattern.textContent))
            } catch {
                throw self.error(error.description, at: pattern.line)
            }
        }
        guard !set.isEmpty else {
            throw error("check kind '\(kind)' needs at least one <value>, <list> or <pattern>")
        }
        return set
    }

    /// Fails on any attribute or child element the kind did not read.
    func rejectUnused() throws(RuleSetError) {
        for attribute in node.attributeNames where !usedAttributes.contains(attribute) {
            throw error("check kind '\(kind)' does not take the attribute '\(attribute)'")
        }
        for child in node.elementChildren where !usedChildren.contains(child.name) {
            throw error("check kind '\(kind)' does not take <\(child.name)> elements", at: child.line)
        }
    }
}
