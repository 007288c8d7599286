import Foundation
import Testing

@testable import CableMark

@Suite struct InputCollectorTests {
    /// A scratch tree: b/2.txt, b/1.html, a.csv, a.md, .hidden/x.txt, b/.dot.txt, c/d/e.json.
    static func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-inputs-\(UUID())")
        for path in ["b/2.txt", "b/1.html", "a.csv", "a.md", ".hidden/x.txt", "b/.dot.txt", "c/d/e.json"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    @Test func walksDirectoriesSortedSkippingHiddenAndUnknownExtensions() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let collection = InputCollector.collect([root.path], selection: InputSelection())
        #expect(collection.errors.isEmpty)
        #expect(collection.files == ["a.csv", "b/1.html", "b/2.txt", "c/d/e.json"].map { root.path + "/" + $0 })
    }

    @Test func namedFilesAreCheckedWhateverTheirExtensionAndOnlyOnce() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let markdown = root.path + "/a.md"
        let collection = InputCollector.collect([markdown, root.path + "/b", markdown], selection: InputSelection())
        #expect(collection.files == [markdown, root.path + "/b/1.html", root.path + "/b/2.txt"])
    }

    @Test func includeAndExcludeFilterEveryFile() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let selection = InputSelection(include: [Glob("*.txt"), Glob("*.md"), Glob("*.json")], exclude: [Glob("c/**")])
        let collection = InputCollector.collect([root.path], selection: selection)
        #expect(collection.files == ["a.md", "b/2.txt"].map { root.path + "/" + $0 })
    }

    @Test func missingPathsAreErrorsThatDoNotStopTheOthers() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = root.path + "/nope.txt"
        let collection = InputCollector.collect([missing, root.path + "/a.csv"], selection: InputSelection())
        #expect(collection.files == [root.path + "/a.csv"])
        #expect(collection.errors.map(\.description) == ["\(missing): no such file or directory"])
    }

    @Test func symbolicLinkCyclesDoNotTrapTheWalk() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.path + "/c/d/loop", withDestinationPath: root.path + "/c")
        try FileManager.default.createSymbolicLink(atPath: root.path + "/c/link.txt", withDestinationPath: root.path + "/b/2.txt")
        let collection = InputCollector.collect([root.path + "/c"], selection: InputSelection())
        #expect(collection.files == ["c/d/e.json", "c/link.txt"].map { root.path + "/" + $0 })
    }
}
