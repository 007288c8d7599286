import Testing

@testable import CableMark

@Suite struct FindingMarkerTests {
    @Test func eachMarkerGivesThePlaceOfTheCharacterAfterIt() {
        let (text, positions) = FindingMarker.strip("↓AB\nC ↓↓D\n1. (é) ↓x\n")
        #expect(text == "AB\nC D\n1. (é) x\n")
        #expect(positions == [
            SourcePosition(line: 1, column: 1, offset: 0),
            SourcePosition(line: 2, column: 3, offset: 5),
            SourcePosition(line: 2, column: 3, offset: 5),
            // Columns count characters, offsets bytes: é is two.
            SourcePosition(line: 3, column: 8, offset: 15),
        ])
    }

    @Test func aTextWithoutMarkersIsLeftAsItIs() {
        let (text, positions) = FindingMarker.strip("UNCLAS LIMA 000456\n")
        #expect(text == "UNCLAS LIMA 000456\n")
        #expect(positions.isEmpty)
    }
}
