import Testing

@testable import CableMark

/// The cutting both HTML reports mark their text with: every start and end of a span is a
/// boundary, and each segment knows the spans that start at it and cover it.
@Suite struct MarkedSegmentsTests {
    func describe(_ segments: MarkedSegments) -> [String] {
        segments.segments.map { "\($0.range.lowerBound)..<\($0.range.upperBound) s\($0.starting) c\($0.covering)" }
    }

    @Test func overlappingSpansMarkEveryPieceTheyShare() {
        let segments = MarkedSegments(stretch: 0..<10, spans: [2..<6, 4..<8])
        #expect(describe(segments) == [
            "0..<2 s[] c[]", "2..<4 s[0] c[0]", "4..<6 s[1] c[0, 1]", "6..<8 s[] c[1]", "8..<10 s[] c[]", "10..<10 s[] c[]",
        ])
    }

    @Test func spansAreCutToTheStretchAndThoseOutsideTakeNoPart() {
        let segments = MarkedSegments(stretch: 10..<20, spans: [5..<12, 18..<30, 40..<50, 0..<3])
        #expect(describe(segments) == ["10..<12 s[0] c[0]", "12..<18 s[] c[]", "18..<20 s[1] c[1]", "20..<20 s[] c[]"])
    }

    /// An empty span starts a segment but covers nothing; one at the end starts the last, empty one.
    @Test func emptySpansStartButDoNotCover() {
        let segments = MarkedSegments(stretch: 0..<6, spans: [3..<3, 6..<6, 1..<3])
        #expect(describe(segments) == ["0..<1 s[] c[]", "1..<3 s[2] c[2]", "3..<6 s[0] c[]", "6..<6 s[1] c[]"])
    }

    @Test func aStretchWithoutSpansIsOneSegment() {
        #expect(describe(MarkedSegments(stretch: 4..<9, spans: [])) == ["4..<9 s[] c[]", "9..<9 s[] c[]"])
    }
}
