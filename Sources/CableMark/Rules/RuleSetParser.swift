/// Turns a rule set file into compiled rules: well-formed XML, valid against
/// Rules/cablemark-rules.xsd (a user's file), then every rule, check and example read and checked
/// (the examples built then or later, as `RuleSetSource.buildsExamples` says).
enum RuleSetParser {
    /// Every rule set a user gives is read by this loader, against Rules/cablemark-rules.xsd.
    static let loader = XMLFileLoader(kind: "rule set", schema: .builtIn("cablemark-rules.xsd"))
    /// The built-in rule sets are read without the schema (`RuleSetSource.checksSchema`).
    static let builtInLoader = XMLFileLoader(kind: "rule set", schema: nil)

    static func parse(_ bytes: [UInt8], source: RuleSetSource) throws(RuleSetError) -> RuleSet {
        let document = try (source.checksSchema ? loader : builtInLoader).parse(bytes, name: source.name)
        guard let root = document.root else { throw source.error("no rule-set element", at: 0) }
        let name = root.attribute("name") ?? ""
        var rules: [CompiledRule] = []
        var lines: [String: Int] = [:]
        for element in root.elements(named: "rule") {
            let rule = try parseRule(element, ruleSet: name, source: source)
            if let first = lines[rule.id] {
                throw source.error("duplicate rule id '\(rule.id)' (first defined at line \(first))", at: element.line)
            }
            lines[rule.id] = element.line
            rules.append(rule)
        }
        return RuleSet(name: name, file: source.name, compiled: rules)
    }

    private static func parseRule(_ element: XMLNode, ruleSet: String, source: RuleSetSource) throws(RuleSetError) -> CompiledRule {
        let id = element.attribute("id") ?? ""
        let severity = Severity(name: element.attribute("severity") ?? "") ?? .error
        let enabled = element.attribute("enabled").map { $0 == "true" || $0 == "1" } ?? true
        let rationale = element.elements(named: "rationale").first
        let description = RuleDescription(
            id: id, severity: severity, enabled: enabled, title: text(of: element, "title"),
            rationale: rationale.map { prose($0.textContent) } ?? "", source: rationale?.attribute("source") ?? "",
            help: text(of: element, "help"), securitySeverity: element.attribute("security-severity"))
        let ruleMessage = element.elements(named: "message").first
        var window = DateWindow.always
        if let applies = element.elements(named: "applies").first { window = try source.window(of: applies) }
        var checks: [CompiledCheck] = []
        for check in element.elements(named: "check") {
            checks.append(try parseCheck(check, ruleMessage: ruleMessage, source: source))
        }
        var sources: [RuleExampleSource] = []
        for group in element.elements(named: "examples") {
            for example in group.elementChildren {
                sources.append(try parseExample(example, source: source))
            }
        }
        let examples = RuleExamples.deferred(sources)
        return CompiledRule(
            description: description, file: source.name, line: element.line, ruleSet: ruleSet, window: window,
            checks: checks, examples: source.buildsExamples ? .built(try examples.built()) : examples)
    }

    private static func parseCheck(_ node: XMLNode, ruleMessage: XMLNode?, source: RuleSetSource) throws(RuleSetError) -> CompiledCheck {
        let kindName = node.attribute("kind") ?? ""
        guard let kindType = CheckKinds.byName[kindName] else {
            throw source.error("unknown check kind '\(kindName)'; kinds are: \(CheckKinds.names)", at: node.line)
        }
        let element = CheckElement(node: node, kind: kindType, source: source)
        try element.rejectMissing()
        let kind = try kindType.init(element)
        try element.rejectUndeclared()
        var window = DateWindow.always
        if let applies = node.elements(named: "applies").first { window = try source.window(of: applies) }
        var condition = CableCondition.always
        if let when = node.attribute("when") {
            do {
                condition = try CableCondition(parsing: when)
            } catch {
                throw source.error(error.message, at: node.line)
            }
        }
        var message: MessageTemplate?
        let messageNode = node.elements(named: "message").first ?? ruleMessage
        if kind.writesOwnMessages {
            if let messageNode {
                throw source.error("check kind '\(kindName)' writes its own messages; remove <message>", at: messageNode.line)
            }
        } else {
            guard let messageNode else {
                throw source.error("the check has no <message>, and neither has its rule", at: node.line)
            }
            do {
                message = try MessageTemplate(parsing: messageNode.textContent.trimmingSpaces(), variables: kindType.variables)
            } catch {
                throw source.error(error.message, at: messageNode.line)
            }
        }
        let parameters = node.attributeNames.filter { $0 != "kind" }.map { "\($0)=\(node.attribute($0) ?? "")" }
        return CompiledCheck(
            kind: kind, summary: ([kindName] + parameters).joined(separator: " "), window: window,
            condition: condition, severity: node.attribute("severity").flatMap { Severity(name: $0) },
            message: message)
    }

    private static func text(of element: XMLNode, _ name: String) -> String {
        element.elements(named: name).first.map { prose($0.textContent) } ?? ""
    }
}
