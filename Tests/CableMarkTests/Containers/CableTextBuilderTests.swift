import Testing

@testable import CableMark

@Suite struct CableTextBuilderTests {
    /// Lines a page puts around a telegram, telegram lines that start like them, and lines that
    /// start with the bytes a page line may start with.
    private static let lines = [
        "Cable dated:2010-01-21T11:33:00S E C R E T PARIS 000456", "ID:247169 Cable dated:2009-03-04T05:06:00",
        "   cable dated: 2008-02-01T10:00:00 UNCLAS", "id: 1316", "refid: 07LIMA3673", "origin: Embassy Lima",
        "classification: CONFIDENTIAL", "destination: SECSTATE", "header:", "----------------- header ends ---------",
        "=======================CABLE ENDS========", "Monday, 22 October 2007, 13:49", "  Monday, 22 October 2007",
        "C O N F I D E N T I A L", "CONFIDENTIAL SECTION 01 OF 02", "INFO RUEHC/SECSTATE", "ID: not a date",
        "- 2. (C) A bullet.", "-- a rule", "--- not the header's end", "---", "------ HEADER", "=== text", "==",
        "=====cable ends", "=  ===", String(repeating: "-", count: 40) + " header ends",
        "=== " + String(repeating: " ", count: 40) + "CABLE ENDS", String(repeating: "=", count: 45), "   indented text", "\t\ttabbed text", "cable text in lower case",
        "identified", "i", "c", "C", "", " ", "   ", "1. (U) Text.", "E.O. 12958: DECL: 06/21/2017",
    ]

    /// The text and metadata a builder makes of `input`, fed one copied run at a time (split where
    /// `splits` say) or one byte at a time.
    private func build(_ input: [UInt8], runs: Bool, splits: [Int] = []) -> (bytes: [UInt8], offsets: [Int], SourceMetadata) {
        var builder = CableTextBuilder(lineIndex: LineIndex(bytes: input), input: input, expectedLength: input.count)
        var start = 0
        for index in input.indices where input[index] == ContainerBytes.newline || index == input.count - 1 {
            let end = input[index] == ContainerBytes.newline ? index : index + 1
            if runs {
                var runStart = start
                for split in splits where split > runStart && split < end {
                    builder.appendCopied(input, runStart..<split)
                    runStart = split
                }
                builder.appendCopied(input, runStart..<end)
            } else {
                for byte in start..<end { builder.append(input[byte], from: byte) }
            }
            if end == index { builder.append(ContainerBytes.newline, from: index) }
            start = index + 1
        }
        let (text, metadata) = builder.finish()
        return (text.bytes, (0...text.count).map(text.offset(at:)), metadata)
    }

    /// Copying a run is appending its bytes one by one, at the cost of one: the same text, every
    /// byte at the same offset, the same metadata, for random pages of these lines cut into runs
    /// at random places.
    @Test func aCopiedRunReadsAsItsBytesOneByOne() {
        var generator = SeededGenerator(seed: 2612)
        for _ in 0..<3_000 {
            let page = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                Self.lines.randomElement(using: &generator)!
            }
            let input = Array(page.joined(separator: "\n").utf8) + (Bool.random(using: &generator) ? [0x0A] : [])
            let splits = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                Int.random(in: 0...input.count, using: &generator)
            }.sorted()
            let copied = build(input, runs: true, splits: splits)
            let bytewise = build(input, runs: false)
            #expect(copied.bytes == bytewise.bytes, "\(page)")
            #expect(copied.offsets == bytewise.offsets, "\(page)")
            #expect(copied.2 == bytewise.2, "\(page)")
        }
    }
}
