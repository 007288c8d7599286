import Testing

@testable import CableMark

@Suite struct LineIndexTests {
    @Test func positionsAreOneBasedLinesAndCharacterColumns() {
        let bytes = Array("ab\n¶1. (C)\n".utf8)
        let index = LineIndex(bytes: bytes)
        #expect(index.position(ofOffset: 0) == SourcePosition(line: 1, column: 1, offset: 0))
        // "¶" is two bytes but one column: "1" after it is column 2 of line 2.
        let one = bytes.firstIndex(of: UInt8(ascii: "1"))!
        #expect(index.position(ofOffset: one) == SourcePosition(line: 2, column: 2, offset: one))
    }

    @Test func aLoneInvalidByteCountsAsOneColumn() {
        let bytes: [UInt8] = [0xB6, UInt8(ascii: "1"), UInt8(ascii: ".")]
        let index = LineIndex(bytes: bytes)
        #expect(index.position(ofOffset: 1).column == 2)
    }

    @Test func aWindowReportsPositionsOfTheWholeFile() {
        let index = LineIndex(bytes: Array("x\ny".utf8), baseOffset: 100, baseLine: 10)
        #expect(index.position(ofOffset: 102) == SourcePosition(line: 11, column: 1, offset: 102))
    }

    /// Columns on a line longer than the index scans from the line start (checkpoints) and on a
    /// short line after it (a scan from its start) agree with counting the line's characters.
    @Test func columnsOnLongAndShortLinesCountCharacters() {
        let long = String(repeating: "ab¶ cd ", count: 500)
        let short = "x¶y z"
        let text = long + "\n" + short + "\n"
        let index = LineIndex(bytes: Array(text.utf8), baseOffset: 10)
        for (lineNumber, line, lineOffset) in [(1, long, 0), (2, short, long.utf8.count + 1)] {
            var offset = lineOffset
            for (characters, scalar) in line.unicodeScalars.enumerated() {
                let position = index.position(ofOffset: 10 + offset)
                #expect(position == SourcePosition(line: lineNumber, column: characters + 1, offset: 10 + offset))
                offset += String(scalar).utf8.count
            }
        }
    }

    /// Line feeds are found in runs, at every place of a word, and before a vertical tab (0x0B,
    /// which an approximate match of the line feed marks too).
    @Test func everyLineFeedStartsALine() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x0D, 0x61, 0x09]
        var failures = 0
        for _ in 0..<2_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % 5)] }
            let index = LineIndex(bytes: bytes)
            var line = 1
            var lineStart = 0
            for offset in 0...bytes.count {
                if index.position(ofOffset: offset) != SourcePosition(line: line, column: offset - lineStart + 1, offset: offset) {
                    failures += 1
                }
                if offset < bytes.count, bytes[offset] == 0x0A {
                    line += 1
                    lineStart = offset + 1
                }
            }
        }
        #expect(failures == 0)
    }

    /// A range's end counted on from its start is the end `position` finds, over random windows
    /// of text with line feeds, two- and three-byte characters, a lone pilcrow byte and lines
    /// longer than the checkpoints' stride, for every start and end.
    @Test func rangesEndWherePositionsSay() {
        var generator = SeededGenerator(seed: 30)
        let pieces: [[UInt8]] = [[0x0A], [0x61], Array("1. (C) ".utf8), Array("¶".utf8), Array("€".utf8), [0xB6], [0xE2, 0x82]]
        var failures = 0
        for round in 0..<400 {
            var bytes: [UInt8] = []
            let long = round % 4 == 0
            while bytes.count < (long ? 2_400 : 60) {
                let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
                if !(long && piece == [0x0A]) { bytes += piece }
            }
            let index = LineIndex(bytes: bytes, baseOffset: 5, baseLine: 3, fileOffset: 7)
            for _ in 0..<200 {
                let start = 5 + Int(generator.next() % UInt64(bytes.count + 2)) - 1
                let end = start + Int(generator.next() % 90) - 5
                let expected = SourceRange(start: index.position(ofOffset: start), end: index.position(ofOffset: max(start, end)))
                if index.range(ofOffsets: start, end) != expected { failures += 1 }
            }
        }
        #expect(failures == 0)
    }
}
