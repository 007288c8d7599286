import ArgumentParser
import CableMark

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks, why, its source, its checks and examples.",
        discussion: ExitStatusHelp.plain
    )

    @Argument(help: ArgumentHelp("The rule's id, as `cablemark rules` lists it.", valueName: "rule-id"))
    var ruleID: String

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let engine = try ruleOptions.makeEngine()
        guard let explanation = try engine.explain(ruleID) else {
            throw UnknownRule(id: ruleID, known: engine.rules.map(\.id), option: nil)
        }
        StandardOutput.write(Self.text(explanation))
    }

    static func text(_ explanation: RuleExplanation) -> String {
        let rule = explanation.rule
        var lines = ["\(rule.id): \(rule.title)", ""]
        var severity = "Severity: \(rule.severity.rawValue)"
        if rule.severity != explanation.defaultSeverity { severity += " (default \(explanation.defaultSeverity.rawValue))" }
        lines.append(severity)
        var enabled = "Enabled: \(rule.enabled ? "yes" : "no")"
        if rule.enabled != explanation.enabledByDefault { enabled += " (default \(explanation.enabledByDefault ? "yes" : "no"))" }
        lines.append(enabled)
        lines.append("Rule set: \(explanation.ruleSet) (\(explanation.file):\(explanation.line))")
        if explanation.appliesFrom != nil || explanation.appliesUntil != nil {
            let from = explanation.appliesFrom.map { "from \($0)" }
            let until = explanation.appliesUntil.map { "until \($0)" }
            lines.append("Applies to cables dated " + [from, until].compactMap { $0 }.joined(separator: " "))
        }
        lines.append("Source: \(rule.source)")
        section("Why", [rule.rationale], into: &lines)
        section("Help", [rule.help], into: &lines)
        section("Checks", explanation.checks, into: &lines)
        for kind in explanation.checkKinds {
            section("Parameters of \(kind.name)", kind.parameters.map(parameterLine), into: &lines)
        }
        section("Messages", explanation.messages, into: &lines)
        // The cable as its example shows it, base edits made and ↓ kept: they say where the rule fires.
        for example in explanation.examples {
            let heading = example.triggers ? "Example that triggers the rule" : "Example that does not trigger the rule"
            let notes = [
                example.base.map { "base \($0)" }, example.triggers ? "↓ marks each finding" : nil,
                example.asOf.map { "as of \($0)" },
            ].compactMap { $0 }
            section(
                heading + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"),
                example.markedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "field (field name, required): the field that must have a value", "<value> elements: …".
    private static func parameterLine(_ parameter: CheckParameter) -> String {
        guard !parameter.type.isElement else { return "<\(parameter.name)> elements: \(parameter.doc)" }
        let type = parameter.isRequired ? "\(parameter.type.rawValue), required" : parameter.type.rawValue
        return "\(parameter.name) (\(type)): \(parameter.doc)"
    }

    /// A heading and its indented lines, after an empty line; nothing when there is nothing to say.
    private static func section(_ heading: String, _ body: [String], into lines: inout [String]) {
        var body = body
        while body.last?.allSatisfy(\.isWhitespace) == true { body.removeLast() }
        guard !body.isEmpty else { return }
        lines += ["", "\(heading):"] + body.map { $0.isEmpty ? "" : "    " + $0 }
    }
}
