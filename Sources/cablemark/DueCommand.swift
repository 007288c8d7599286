import ArgumentParser
import CableMark
import Foundation

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List the cables due for declassification review, soonest first.",
        discussion: """
            A cable is due when the date of its DECL instruction has passed on the run date \
            (--as-of, default today) or falls within --within after it. Each line gives the date, \
            passed or due, the cable's id and level, the instruction as written (exemptions \
            included) and the place of its E.O. line. Instructions without a date (OADR, MR, \
            exemptions alone) are not listed. PATH is read as by `cablemark check`.

            """ + ExitStatusHelp.plain
    )

    @Argument(help: ArgumentHelp("Files or directories to read.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The run date (YYYY-MM-DD; default: today, UTC).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Also list dates this far after the run date: days, months or years (90d, 6m, 1y).", valueName: "span"))
    var within: String = "0d"

    @Option(help: "Output format.")
    var format: DueListFormat = .text

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("no input: give cable files or directories") }
        try RunDate.validate(asOf: asOf)
        guard DeclassificationQueue.windowEnd(asOf: RunDate.today(), within: within) != nil else {
            throw ValidationError("--within '\(within)' is not a span such as 90d, 6m or 1y")
        }
    }

    func run() throws {
        let runDate = RunDate.resolve(asOf: asOf)
        guard let until = DeclassificationQueue.windowEnd(asOf: runDate, within: within) else { return }
        let collection = try InputCollector.collectSome(paths, selection: InputSelection())
        var queue = DeclassificationQueue(asOf: runDate, until: until)
        var problems = collection.errors.map(\.description)
        for file in collection.files {
            do {
                for case .cable(let cable) in try CableReader.read(path: file) { queue.add(cable) }
            } catch {
                problems.append(error.description)
            }
        }
        StandardOutput.write(format.render(queue))
        problems.forEach(Diagnostics.error)
        if !problems.isEmpty { throw ExitCode(ExitStatus.unusable.rawValue) }
    }
}

extension DueListFormat: ExpressibleByArgument {}
