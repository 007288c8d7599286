import Foundation
import Testing

/// `cablemark due`, from the built binary, on cables written with chosen DECL instructions.
@Suite struct DueCommandTests {
    /// The synthetic cable with its DECL instruction replaced.
    static func cable(decl: String) -> String {
        SyntheticCables.unmarkedParagraph.replacingOccurrences(of: "DECL: 06/21/2017", with: "DECL: \(decl)")
    }

    static func directory() throws -> URL {
        try SyntheticCables.directory([
            "a-late.txt": cable(decl: "03/01/2027"),
            "b-passed.txt": cable(decl: "25X1 06/21/2017"),
            "c-outside.txt": cable(decl: "12/31/2030"),
            "d-oadr.txt": cable(decl: "OADR"),
            "e-soon.txt": cable(decl: "12/15/2026"),
        ])
    }

    @Test func listsPassedAndWindowDatesSoonestFirst() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["due", ".", "--as-of", "2026-12-01", "--within", "6m"], directory: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "2017-06-21 passed - C DECL: 25X1 06/21/2017 b-passed.txt:11",
                "2026-12-15 due - C DECL: 12/15/2026 e-soon.txt:11",
                "2027-03-01 due - C DECL: 03/01/2027 a-late.txt:11",
                "1 passed, 2 due by 2027-06-01 (as of 2026-12-01)",
            ])
    }

    @Test func withoutAWindowOnlyPassedDatesAreListed() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CableMarkProcess.run(["due", ".", "--as-of", "2026-12-15"], directory: directory)
        #expect(
            result.standardOutput.split(separator: "\n").map { String($0.prefix(17)) } == [
                "2017-06-21 passed", "2026-12-15 passed", "2 passed, 0 due b",
            ])
    }

    @Test func csvAndJSONCarryTheSameEntries() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = ["due", ".", "--as-of", "2026-12-01", "--within", "6m", "--format"]
        let csv = try CableMarkProcess.run(arguments + ["csv"], directory: directory).standardOutput
        #expect(
            csv.components(separatedBy: "\r\n") == [
                "date,status,path,line,record,id,level,instruction,exemptions",
                "2017-06-21,passed,b-passed.txt,11,,,C,25X1 06/21/2017,25X1",
                "2026-12-15,due,e-soon.txt,11,,,C,12/15/2026,",
                "2027-03-01,due,a-late.txt,11,,,C,03/01/2027,",
                "",
            ])
        let json = try CableMarkProcess.run(arguments + ["json"], directory: directory).standardOutput
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["asOf"] as? String == "2026-12-01" && document["until"] as? String == "2027-06-01")
        let cables = try #require(document["cables"] as? [[String: Any]])
        #expect(cables.map { $0["date"] as? String } == ["2017-06-21", "2026-12-15", "2027-03-01"])
        #expect(cables[0]["exemptions"] as? [String] == ["25X1"] && cables[0]["level"] as? String == "C")
        #expect(cables[0]["line"] as? Int == 11 && cables[0]["record"] is NSNull)
    }

    @Test(arguments: [["due"], ["due", ".", "--within", "soon"], ["due", ".", "--within", "-3d"], ["due", ".", "--as-of", "2026-1-1"]])
    func badUsageExitsWith64(arguments: [String]) throws {
        let result = try CableMarkProcess.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
    }
}
