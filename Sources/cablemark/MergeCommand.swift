import ArgumentParser
import CableMark
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the JSON or SARIF reports of the shards of one run into one report.",
        discussion: """
            Each FILE is the report one part of a sharded run wrote (`check --shard K/N --format \
            json` or `--report sarif:FILE`); all must have the same format. The result is what a \
            single run over all the files writes: findings in the same order, summary counts \
            added. Reports of runs with other rules or tool versions, or two reports of the same \
            file, are refused. The exit status is the one the single run would have had.

            """ + ExitStatusHelp.findings
    )

    @Argument(help: ArgumentHelp("Shard reports, all JSON or all SARIF.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Write the merged report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Lowest severity that makes the exit status 1: error, warning, note (or info) or never.")
    var failOn: FailThreshold = .error

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("no input: give the shard reports to merge") }
    }

    func run() throws {
        if let output {
            do {
                try OutputFile.refuseOverwriting(inputs: files, outputs: [output])
            } catch {
                throw CommandFailure(error)
            }
        }
        let merged: ReportMerger.Merged
        do {
            merged = try ReportMerger.merge(files, to: output.map { .file($0) } ?? .standardOutput)
        } catch {
            throw CommandFailure(error)
        }
        let status = ExitStatus.of(merged, failOn: failOn)
        if status != .clean { throw ExitCode(status.rawValue) }
    }
}
