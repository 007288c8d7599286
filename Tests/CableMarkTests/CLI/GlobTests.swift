import Testing

@testable import CableMark

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.txt", "a/b/c.txt", true),
        ("*.txt", "a/b/c.html", false),
        ("c.tx?", "a/c.txt", true),
        ("[ab]*.csv", "dir/b1.csv", true),
        ("[!ab]*.csv", "dir/b1.csv", false),
        ("html/*.html", "corpus/html/x.html", true),
        ("html/*.html", "corpus/html/sub/x.html", false),
        ("html/**/*.html", "corpus/html/sub/deeper/x.html", true),
        ("html/**/*.html", "html/x.html", true),
        ("corpus/**", "corpus/a/b.txt", true),
        ("/abs/*.txt", "/abs/a.txt", true),
        ("/abs/*.txt", "/other/abs/a.txt", false),
        ("ml/*.txt", "html/a.txt", false),
        ("\\*.txt", "*.txt", true),
        ("\\*.txt", "a.txt", false),
        ("*.txt", "./a.txt", true),
        ("ä?.txt", "dir/äb.txt", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func pathologicalPatternsFinishQuickly() {
        let pattern = String(repeating: "*a", count: 30) + "b"
        #expect(!Glob(pattern).matches(String(repeating: "a", count: 200)))
    }

    @Test func anUnclosedBracketIsALiteral() {
        #expect(Glob("[ab.txt").matches("[ab.txt"))
    }
}

@Suite struct InputListTests {
    @Test func readsLinesWithOrWithoutCarriageReturns() {
        #expect(InputList.paths(fromListing: "a.txt\r\nb c.txt\n\n d.txt\n") == ["a.txt", "b c.txt", " d.txt"])
    }

    @Test func readsNULSeparatedListsWhatTheirNamesHold() {
        #expect(InputList.paths(fromListing: "a\nb.txt\0c.txt\0") == ["a\nb.txt", "c.txt"])
    }
}
