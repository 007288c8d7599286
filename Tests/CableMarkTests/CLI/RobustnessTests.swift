import Foundation
import Testing

/// No input, however broken, crashes the tool: it exits 0, 1 or 2 and says why on one line.
@Suite struct RobustnessTests {
    static let brokenInputs: [String: [UInt8]] = [
        "empty.txt": [],
        "binary.txt": (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) },
        "invalid-utf8.txt": Array("C O N F I D E N T I A L\n1. (C) caf".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0xB6] + Array("1.\n".utf8),
        "lone-cr.txt": Array("UNCLAS\r1. (U) a\r2. (C) b\r".utf8),
        "long-line.txt": Array(repeating: UInt8(ascii: "A"), count: 2_000_000),
        "broken.csv": Array("row,date,refid\n1,\"2007-06-21,\\\"07LIMA1\n".utf8),
        "broken.json": Array("{\"body\": \"UNCLAS 1. (U) \n{\"\n[1,2".utf8),
        "broken.html": Array("<html><pre>&#x000A;&#xFFFFFFFF;&#0;<b><pre>1. (S) x".utf8),
        "nul.txt": [0, 0, 0, UInt8(ascii: "\n"), 0],
    ]

    @Test func brokenInputsNeverCrashTheTool() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, bytes) in Self.brokenInputs {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        for format in ["text", "sarif", "junit", "github", "checkstyle", "json", "summary"] {
            let result = try CableMarkProcess.run(["check", "--format", format, directory.path])
            #expect(!result.crashed, "\(format): crashed: \(result.standardError)")
            #expect([0, 1, 2].contains(result.status), "\(format): status \(result.status)")
        }
        for name in Self.brokenInputs.keys.sorted() {
            let path = directory.appendingPathComponent(name).path
            for command in [["check", path], ["dump", "--json", path], ["dump", "--xml", path]] {
                let result = try CableMarkProcess.run(command)
                #expect(!result.crashed, "\(command) crashed: \(result.standardError)")
                #expect([0, 1, 2].contains(result.status), "\(command): status \(result.status)")
                for line in result.standardError.split(separator: "\n") {
                    #expect(line.hasPrefix("cablemark: error: \(path)"), "\(command): \(line)")
                }
            }
        }
    }

    @Test func aDirectoryThatCannotBeReadAsAFileIsReported() throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["dump", "--json", directory.path])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("cablemark: error: \(directory.path)"))
    }
}
