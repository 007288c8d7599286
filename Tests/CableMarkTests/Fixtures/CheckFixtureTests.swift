import Foundation
import Testing

/// Runs `cablemark check` on every cable of Fixtures/check and compares what it prints, and its
/// exit status, with `<fixture>.expected` beside it. After a deliberate change, rewrite the
/// expectations with CABLEMARK_UPDATE_FIXTURES=1 and read the diff before committing it.
@Suite struct CheckFixtureTests {
    static let directory = CableMarkProcess.packageRoot.appendingPathComponent("Fixtures/check")

    static func fixtures() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasSuffix(".expected") }
            .sorted()
    }

    @Test func thereAreFixturesInEveryFormat() throws {
        let names = try Self.fixtures()
        for suffix in [".txt", ".html", ".csv", ".json"] {
            #expect(names.contains { $0.hasSuffix(suffix) }, "no \(suffix) fixture")
        }
    }

    @Test(arguments: try fixtures())
    func printsTheExpectedFindings(_ name: String) throws {
        let run = try CableMarkProcess.run(
            ["check", "--as-of", "2026-01-01", "Fixtures/check/\(name)"], directory: CableMarkProcess.packageRoot)
        #expect(!run.crashed)
        let actual = run.standardOutput + "exit: \(run.status)\n"
        let expectedURL = Self.directory.appendingPathComponent(name + ".expected")
        if ProcessInfo.processInfo.environment["CABLEMARK_UPDATE_FIXTURES"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
