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

            """ + ExitStatusHelp.text
    )

    @Argument(help: ArgumentHelp("Shard reports, all JSON or all SARIF.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Write the merged report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
    var failOn: FailThreshold = .error

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("no input: give the shard reports to merge") }
    }

    func run() throws {
        var inputs: [(path: String, bytes: [UInt8])] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("\(file): cannot be read")
            }
            inputs.append((file, Array(data)))
        }
        let merged: ReportMerger.Merged
        do {
            merged = try ReportMerger.merge(inputs)
        } catch {
            throw CommandFailure(error)
        }
        if let output {
            do {
                try OutputFile.refuseOverwriting(inputs: files, outputs: [output])
                try OutputFile.write(merged.text, to: output)
            } catch {
                throw CommandFailure(error)
            }
        } else {
            StandardOutput.write(merged.text)
        }
        let status = merged.exitStatus(failOn: failOn)
        if status != .clean { throw ExitCode(status.rawValue) }
    }
}
