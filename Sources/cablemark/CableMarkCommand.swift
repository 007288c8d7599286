import ArgumentParser
import CableMark

struct CableMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cablemark",
        abstract: "Check State Department cables for classification-marking compliance.",
        discussion: ExitStatusHelp.text,
        version: ToolInfo.cablemark.version,
        subcommands: [
            CheckCommand.self, MergeCommand.self, RulesCommand.self, ExplainCommand.self, DumpCommand.self, SanitizeCommand.self,
        ],
        defaultSubcommand: CheckCommand.self
    )
}

/// The exit statuses, as every command's help states them.
enum ExitStatusHelp {
    static let text = """
        EXIT STATUS
          \(ExitStatus.clean.rawValue)   no finding at or above --fail-on
          \(ExitStatus.findings.rawValue)   findings at or above --fail-on (default: error)
          \(ExitStatus.unusable.rawValue)   an input, rule set, config or output file could not be used
          \(ExitStatus.usage.rawValue)  bad usage: unknown option, bad value, missing argument
        """
}
