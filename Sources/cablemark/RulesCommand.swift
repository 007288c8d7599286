import ArgumentParser
import CableMark

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, severity, whether it is on, and what it checks.",
        discussion: ExitStatusHelp.plain
    )

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let engine = try ruleOptions.makeEngine()
        StandardOutput.write(Self.table(engine.rules))
    }

    static func table(_ rules: [RuleDescription]) -> String {
        let rows = [["ID", "SEVERITY", "ENABLED", "TITLE"]]
            + rules.map { [$0.id, $0.severity.rawValue, $0.enabled ? "yes" : "no", $0.title] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) + "  " }.joined()
                + row[3] + "\n"
        }.joined()
    }
}
