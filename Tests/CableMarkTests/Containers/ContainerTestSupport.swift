import Testing

@testable import CableMark

/// Helpers for container reader tests: the one cable text of an input, and where a piece of its
/// text stands in the input.
enum ContainerTestSupport {
    /// Detects the format (expecting `format`) and reads the input; the items it yields.
    static func read(_ input: String, as format: CableFormat) -> [ContainerItem] {
        read(Array(input.utf8), as: format)
    }

    static func read(_ bytes: [UInt8], as format: CableFormat) -> [ContainerItem] {
        #expect(FormatDetector.detect(bytes) == format)
        return ContainerReaders.read(bytes, format: format)
    }

    /// The text of `item`, failing the test when it is unreadable.
    static func cable(_ item: ContainerItem?) throws -> CableText {
        guard case .text(let cable) = try #require(item) else {
            Issue.record("expected a cable text, got \(String(describing: item))")
            throw Unexpected()
        }
        return cable
    }

    struct Unexpected: Error {}

    static func string(_ text: SourceText) -> String {
        String(decoding: text.bytes, as: UTF8.self)
    }

    /// Index in the cable's text of the `occurrence`-th `needle`.
    static func index(of needle: String, in cable: CableText, occurrence: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        let bytes = cable.text.bytes
        guard bytes.count >= pattern.count else { return nil }
        var found = 0
        for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            if found == occurrence { return start }
            found += 1
        }
        return nil
    }

    /// [line, column], in the input, of the `occurrence`-th `needle` of the cable's text.
    static func position(of needle: String, in cable: CableText, occurrence: Int = 0) -> [Int]? {
        guard let start = index(of: needle, in: cable, occurrence: occurrence) else { return nil }
        let position = cable.lineIndex.position(ofOffset: cable.text.offset(at: start))
        return [position.line, position.column]
    }

    /// [line, column, end line, end column] of a field.
    static func span(_ field: TextField?) -> [Int]? {
        field.map { [$0.range.start.line, $0.range.start.column, $0.range.end.line, $0.range.end.column] }
    }
}
