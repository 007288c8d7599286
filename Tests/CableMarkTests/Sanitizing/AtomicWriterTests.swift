import Foundation
import Testing

@testable import CableMark

/// Files written whole or not at all, into folders made as needed.
@Suite struct AtomicWriterTests {
    typealias Support = SanitizeTestSupport

    private func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesIntoFoldersNotMadeYetAndReplacesAFileWhole() throws {
        let root = try Support.scratchDirectory()
        let path = root.appendingPathComponent("a/b/c/out.txt").path
        try AtomicWriter.write(Array("first\n".utf8), to: path)
        try AtomicWriter.write(Array("second, longer\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer\n")
        // No temporary file is left beside it.
        #expect(try entries(root.appendingPathComponent("a/b/c")) == ["out.txt"])
    }

    @Test func aFolderThatIsAFileIsNamedAndNothingIsLeft() throws {
        let root = try Support.scratchDirectory()
        let blocker = root.appendingPathComponent("taken")
        try Data("not a folder".utf8).write(to: blocker)
        let path = blocker.appendingPathComponent("out.txt").path
        #expect {
            try AtomicWriter.write(Array("text".utf8), to: path)
        } throws: { error in
            (error as? WriteError)?.description == "\(path): cannot create directory \(blocker.path)"
        }
        #expect(try entries(root) == ["taken"])
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }
}
