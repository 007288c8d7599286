import Foundation
import Testing

/// Each room of Sources/CableMark uses only the rooms the README's architecture table allows it.
@Suite struct ArchitectureTests {
    static let sources = CableMarkProcess.packageRoot.appendingPathComponent("Sources/CableMark")

    static func rules() throws -> RoomRules {
        try RoomRules(readme: String(contentsOf: CableMarkProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8))
    }

    @Test func everyRoomUsesOnlyTheRoomsTheReadmeAllows() throws {
        let rooms = try SourceRooms(root: Self.sources)
        let rules = try Self.rules()
        #expect(Set(rules.allowed.keys) == rooms.rooms, "the README's table and the folders of Sources/CableMark differ")
        for use in rooms.forbiddenUses(allowed: rules.allowed) {
            Issue.record("\(use) (not allowed by README.md's architecture table)")
        }
    }

    /// The check itself: a planted use of a room the table does not allow is reported with the
    /// file and the type; the same use in a comment or a string is not one.
    @Test func aForbiddenUseIsReportedWithTheFileAndTheType() throws {
        let rules = try Self.rules()
        let rooms = SourceRooms(files: [
            .init(room: "Model", path: "Model/Cable.swift", code: SourceRooms.code(of: """
                /// Checked by the `Engine`.
                public struct Cable: Sendable {
                    var note = "an Engine reads it"
                    var engine: Engine?
                }
                """)),
            .init(room: "Rules", path: "Rules/Engine.swift", code: SourceRooms.code(of: """
                @available(macOS 13, *)
                public final class Engine {
                    struct Cable {}
                    let cable: Cable
                }
                """)),
        ])
        #expect(rooms.declarations == ["Cable": "Model", "Engine": "Rules"])
        #expect(rooms.forbiddenUses(allowed: rules.allowed) == [
            SourceRooms.ForbiddenUse(path: "Model/Cable.swift", type: "Engine", room: "Rules"),
        ])
    }

    @Test func commentsAndStringsAreNotCode() {
        let code = SourceRooms.code(of: #"""
            let a = "Engine \(x)" /* Cable /* nested */ Finding */ // Report
            let b = #"Glob "quoted" here"#
            let c = """
                Baseline
                """
            let d = Severity.error
            """#)
        #expect(SourceRooms.capitalizedWords(in: code) == ["Severity"])
    }
}
