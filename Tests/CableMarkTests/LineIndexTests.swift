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
}
