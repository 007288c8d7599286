import Foundation
import Testing

@testable import CableMark

@Suite struct OutputFileTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-out-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static func write(_ text: String, to path: String) throws(OutputError) {
        let output = try ReportOutput(.file(path))
        try output.write(text)
        try output.commit()
    }

    @Test func replacesTheFileAndLeavesNoTemporaryBehind() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.sarif").path
        try Self.write("old", to: path)
        try Self.write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.sarif"])
    }

    @Test func aMissingDirectoryIsAOneLineError() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("no/such/report.xml").path
        #expect(throws: OutputError.self) { try Self.write("x", to: path) }
        do {
            try Self.write("x", to: path)
        } catch {
            #expect(error.description.hasPrefix("\(path): cannot write"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func refusesAnOutputThatIsAnInputUnderAnyName() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cable.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: input))
        let link = directory.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        let otherName = directory.path + "/./cable.txt"
        for output in [input, link, otherName] {
            #expect(throws: OutputError.self) { try OutputFile.refuseOverwriting(inputs: [input], outputs: [output]) }
        }
        try OutputFile.refuseOverwriting(inputs: [input], outputs: [directory.appendingPathComponent("new.json").path])
    }
}
