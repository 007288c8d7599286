import Foundation
import Testing

@testable import CableMark

@Suite struct OutputLayoutTests {
    @Test func outputsMirrorTheInputsBelowTheirCommonRoot() throws {
        let root = try SanitizeTestSupport.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["in/lima", "in/rome"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let lima = root.appendingPathComponent("in/lima/0590.txt").path
        let rome = root.appendingPathComponent("in/rome/page.html").path
        let layout = OutputLayout(directory: "/out", arguments: [lima, root.appendingPathComponent("in/rome").path])
        #expect(layout.inputRoot == root.appendingPathComponent("in").standardizedFileURL.path)
        #expect(layout.outputPath(for: lima, record: nil) == "/out/lima/0590.public.txt")
        #expect(layout.outputPath(for: rome, record: nil) == "/out/rome/page.html.public.txt")
        #expect(layout.outputPath(for: rome, record: 2) == "/out/rome/page.html.public/record-0002.txt")
        #expect(layout.outputPath(for: rome, record: 12345) == "/out/rome/page.html.public/record-12345.txt")
        #expect(layout.manifestPath == "/out/sanitize-manifest.json")
        let single = OutputLayout(directory: "out/", arguments: [lima])
        #expect(single.outputPath(for: lima, record: nil) == "out/0590.public.txt")
    }

    /// The paths resolved by hand come out as Foundation's URL resolves them, those it leaves
    /// to the URL included.
    @Test func absolutePathsAgreeWithFoundation() {
        let paths = [
            "a.txt", "lima/0590.txt", "./lima/./0590.txt", "../shared/corpus/x+y@z.frag.html", "../../a/../b",
            "/work/../../etc/x", "/a/b/./c/../d", ".", "..", "lima/..", "/", "/tmp", "dir/", "a//b", "~/x",
            "a b/c d.txt", "%41/b", "caf\u{E9}/x.txt", "/a/b/../../../..",
        ]
        for path in paths {
            #expect(OutputLayout.absolutePath(path) == OutputLayout.foundationAbsolutePath(path), "\(path)")
        }
    }

    @Test func aRunsOwnOutputIsRecognisedSoWalksSkipIt() {
        #expect(OutputLayout.isSanitizeOutput("dir/sanitize-manifest.json"))
        #expect(OutputLayout.isSanitizeOutput("dir/0590.public.txt"))
        #expect(OutputLayout.isSanitizeOutput("dir/cables.csv.public/record-0001.txt"))
        #expect(!OutputLayout.isSanitizeOutput("dir/0590.txt"))
        #expect(!OutputLayout.isSanitizeOutput("dir/public/0590.txt"))
        // A name starting with a combining mark: the path is still split at its "/".
        #expect(OutputLayout.isSanitizeOutput("dir/cables.csv.public/\u{301}record-0001.txt"))
        #expect(!OutputLayout.isSanitizeOutput("dir.public.txt/\u{301}0590.txt"))
    }
}
