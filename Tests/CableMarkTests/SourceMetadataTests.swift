import Testing

@testable import CableMark

@Suite struct SourceMetadataTests {
    private func level(_ text: String) -> ClassificationLevel? {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        return SourceMetadata(classification: TextField(text: text, range: SourceRange(start: start, end: start)))
            .classificationLevel
    }

    /// The level as the source states it: the first word before any "/", blanks trimmed.
    @Test(arguments: [
        ("CONFIDENTIAL//NOFORN", ClassificationLevel?.some(.confidential)), ("UNCLASSIFIED", .unclassified),
        ("  secret /NF", .secret), ("//TOP SECRET", .topSecret), ("\tUNCLAS\t", .unclassified),
        ("C", .confidential), ("SECRET//", .secret), ("NOFORN//SECRET", nil), ("", nil), ("///", nil),
        (" /SECRET", nil), ("SEC RET", nil), ("ſecret", .secret), ("UNCLAßIFIED", .unclassified),
        ("CONFIDENTIAL\u{301}", nil),
    ])
    func readsTheFirstWord(text: String, expected: ClassificationLevel?) {
        #expect(level(text) == expected)
    }

    /// ASCII texts are read from their bytes: the same level as splitting the text into
    /// characters finds, over random texts of the bytes that matter.
    @Test func bytesAndCharactersAgree() {
        let pieces = ["/", "//", " ", "\t", "\r\n", "U", "s", "C", "TS", "SECRET", "TOP SECRET", "unclas", "NF", "x"]
        var generator = SeededGenerator(seed: 26)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            let head = text.split(separator: "/").first.map(String.init) ?? text
            #expect(level(text) == ClassificationLevel(token: head.trimmingSpaces()), "\(text.debugDescription)")
        }
    }
}
