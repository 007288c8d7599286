/// A `<check>` element while its kind reads its parameters. Only what the kind declares in
/// `CheckKind.parameters` is read, and only that is accepted: a required attribute missing, or
/// an attribute or child element the kind does not take, is reported, not ignored.
final class CheckElement {
    let node: XMLNode
    let kind: any CheckKind.Type
    let source: RuleSetSource

    init(node: XMLNode, kind: any CheckKind.Type, source: RuleSetSource) {
        self.node = node
        self.kind = kind
        self.source = source
    }

    func error(_ problem: String, at line: Int? = nil) -> RuleSetError {
        RuleSetError(file: source.name, line: line ?? node.line, problem: problem)
    }

    /// Fails on a required attribute that is missing.
    func rejectMissing() throws(RuleSetError) {
        for parameter in kind.parameters where parameter.isRequired && node.attribute(parameter.name) == nil {
            throw missing(parameter)
        }
    }

    private func missing(_ parameter: CheckParameter) -> RuleSetError {
        error("check kind '\(kind.name)' needs the attribute '\(parameter.name)'")
    }

    /// Fails on any attribute or child element the kind does not declare.
    func rejectUndeclared() throws(RuleSetError) {
        let declared = Set((CheckParameter.common + kind.parameters).map(\.name))
        for attribute in node.attributeNames where !declared.contains(attribute) {
            throw error("check kind '\(kind.name)' does not take the attribute '\(attribute)'")
        }
        for child in node.elementChildren where !declared.contains(child.name) {
            throw error("check kind '\(kind.name)' does not take <\(child.name)> elements", at: child.line)
        }
    }

    /// The attribute's value as written; `parameter` must be one the kind declares, of one of
    /// `types` (a kind reading what it does not declare is a mistake in the kind).
    private func value(_ parameter: CheckParameter, _ types: CheckParameterType...) -> String? {
        precondition(
            kind.parameters.contains(parameter) && types.contains(parameter.type),
            "\(kind.name) reads the undeclared parameter \(parameter.name)")
        return node.attribute(parameter.name)
    }

    func string(_ parameter: CheckParameter) -> String? {
        value(parameter, .dateBase, .regularExpression, .xpath, .words, .quantifier)
    }

    func required(_ parameter: CheckParameter) throws(RuleSetError) -> String {
        guard let value = string(parameter) else { throw missing(parameter) }
        return value
    }

    /// False unless the attribute says "true" or "1".
    func bool(_ parameter: CheckParameter) -> Bool {
        value(parameter, .flag).map { $0 == "true" || $0 == "1" } ?? false
    }

    func field(_ parameter: CheckParameter) throws(RuleSetError) -> CableField? {
        guard let value = value(parameter, .field) else { return nil }
        guard let field = CableField(rawValue: value) else {
            throw error("unknown field '\(value)' in \(parameter.name)=; fields are: \(CableField.names)")
        }
        return field
    }

    func requiredField(_ parameter: CheckParameter) throws(RuleSetError) -> CableField {
        guard let field = try field(parameter) else { throw missing(parameter) }
        return field
    }

    /// A `CheckParameter.levelField`'s field: banner.level when absent.
    func levelField(_ parameter: CheckParameter) throws(RuleSetError) -> CableField {
        let field = try field(parameter) ?? .bannerLevel
        guard field == .bannerLevel || field == .metadataLevel else {
            throw error("\(parameter.name)= needs a level field (banner.level, metadata.level), not '\(field.rawValue)'")
        }
        return field
    }

    func offset(_ parameter: CheckParameter) throws(RuleSetError) -> DateOffset? {
        guard let text = value(parameter, .dateOffset) else { return nil }
        guard let offset = DateOffset(text) else {
            throw error("\(parameter.name)=\"\(text)\" is not an offset such as 0, +25y, +6m, -1d")
        }
        return offset
    }

    /// A space-separated list of markers ("header:NODIS header:EXDIS"); nil when the attribute
    /// is absent.
    func markers(_ parameter: CheckParameter) throws(RuleSetError) -> [Marker]? {
        guard let value = value(parameter, .markers, .marker) else { return nil }
        var markers: [Marker] = []
        for word in value.split(separator: " ") {
            guard let marker = Marker(word) else {
                throw error("unknown marker '\(word)' in \(parameter.name)=; \(Marker.syntaxHelp)")
            }
            markers.append(marker)
        }
        guard !markers.isEmpty else { throw error("\(parameter.name)= names no marker") }
        return markers
    }

    /// A required attribute's markers.
    func requiredMarkers(_ parameter: CheckParameter) throws(RuleSetError) -> [Marker] {
        guard let markers = try markers(parameter) else { throw missing(parameter) }
        return markers
    }

    /// A required attribute's one marker.
    func marker(_ parameter: CheckParameter) throws(RuleSetError) -> Marker {
        let markers = try requiredMarkers(parameter)
        guard markers.count == 1 else { throw error("\(parameter.name)= takes one marker, not \(markers.count)") }
        return markers[0]
    }

    /// The child elements a parameter of an element type names.
    func children(_ parameter: CheckParameter) -> [XMLNode] {
        precondition(
            kind.parameters.contains(parameter) && parameter.type.isElement,
            "\(kind.name) reads the undeclared parameter <\(parameter.name)>")
        return node.elements(named: parameter.name)
    }

    /// The value set of `<value>`, `<list>` and `<pattern>` children (`CheckParameter.valueSet`);
    /// at least one is needed.
    func valueSet() throws(RuleSetError) -> ValueSet {
        var set = ValueSet(ignoreCase: bool(.ignoreCase))
        for value in children(.setValue) {
            set.add(value.textContent.trimmingSpaces(), window: try source.window(of: value))
        }
        for list in children(.vocabulary) {
            let file = list.attribute("file") ?? ""
            guard let text = source.vocabulary(named: file) else {
                throw error("vocabulary file '\(file)' not found", at: list.line)
            }
            for value in Vocabulary.values(in: text) { set.add(value) }
        }
        for pattern in children(.setPattern) {
            do {
                set.add(try XMLRegularExpression(pattern.textContent))
            } catch {
                throw self.error(error.description, at: pattern.line)
            }
        }
        guard !set.isEmpty else {
            throw error("check kind '\(kind.name)' needs at least one <value>, <list> or <pattern>")
        }
        return set
    }
}
