import ArgumentParser
import CableMark
import Foundation

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print how cablemark reads a file: the cable XML view rules see, or the cable as JSON.",
        discussion: ExitStatusHelp.plain
    )

    enum View: String, EnumerableFlag {
        case json
        case xml

        static func help(for value: View) -> ArgumentHelp? {
            switch value {
            case .json: "Every cable of the file as JSON (an array), in the XML view's names (docs/dump-json-format.md)."
            case .xml: "The XML view XPath rules run against; a file of several cables gives one document per cable, separated by an empty line."
            }
        }
    }

    @Flag var view: View = .json

    @Argument(help: ArgumentHelp("The file to read.", valueName: "file"))
    var file: String

    func run() throws {
        let results: [ReadResult]
        do {
            results = try CableReader.read(path: file)
        } catch {
            throw CommandFailure(error)
        }
        var cables: [Cable] = []
        var unrecognized: [String] = []
        for result in results {
            switch result {
            case .cable(let cable): cables.append(cable)
            case .unrecognized(let path, let record, let range, let reason):
                let place = record.map { "record \($0) at line \(range.start.line)" } ?? "line \(range.start.line)"
                unrecognized.append("\(path): \(place): not a cable: \(reason)")
            }
        }
        switch view {
        case .json: StandardOutput.write(CableJSONView.text(cables))
        case .xml: StandardOutput.write(cables.map { Self.ended(CableXMLView(cable: $0).text) }.joined(separator: "\n"))
        }
        unrecognized.forEach(Diagnostics.error)
        if !unrecognized.isEmpty { throw ExitCode(ExitStatus.unusable.rawValue) }
    }

    static func ended(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
