import ArgumentParser
import CableMark

struct CableMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cablemark",
        abstract: "Check State Department cables for classification-marking compliance.",
        version: ToolInfo.cablemark.version,
        subcommands: [
            CheckCommand.self, MergeCommand.self, SanitizeCommand.self, DueCommand.self, RulesCommand.self,
            ExplainCommand.self, DumpCommand.self,
        ]
    )

    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }
}

/// The exit statuses, as the help of the commands they apply to states them.
enum ExitStatusHelp {
    /// Commands that judge findings against --fail-on (check, merge).
    static let findings = """
        EXIT STATUS
          \(ExitStatus.clean.rawValue)   no finding at or above --fail-on
          \(ExitStatus.findings.rawValue)   findings at or above --fail-on (default: error)
          \(ExitStatus.unusable.rawValue)   an input, rule set, config or output file could not be used
          \(ExitStatus.usage.rawValue)  bad usage: unknown option, bad value, missing argument
        """

    /// Commands that only read and print (rules, explain, dump).
    static let plain = """
        EXIT STATUS
          \(ExitStatus.clean.rawValue)   done
          \(ExitStatus.unusable.rawValue)   an input, rule set or configuration could not be used
          \(ExitStatus.usage.rawValue)  bad usage: unknown option, bad value, missing argument
        """
}
