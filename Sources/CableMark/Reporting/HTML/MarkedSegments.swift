/// A stretch of text cut at every start and end of the spans the HTML reports mark on it (the
/// check report's findings, the sanitize report's changes): each segment with the spans that
/// start at it and the spans that cover it, so that overlapping spans mark every piece of text
/// they share.
struct MarkedSegments {
    struct Segment {
        /// Byte offsets. Only the last segment, at the stretch's end, is empty.
        var range: Range<Int>
        /// Indices into the spans of those that start here; the first segment also holds those
        /// that start before the stretch.
        var starting: [Int]
        /// Indices of the non-empty spans that cover the whole segment, in the spans' order.
        var covering: [Int]
    }

    let segments: [Segment]

    /// `spans` (byte ranges) cut to `stretch`; spans that miss it take no part.
    init(stretch: Range<Int>, spans: [Range<Int>]) {
        let touching = spans.indices.filter {
            spans[$0].upperBound >= stretch.lowerBound && spans[$0].lowerBound <= stretch.upperBound
        }
        var boundaries: Set = [stretch.lowerBound, stretch.upperBound]
        for index in touching {
            boundaries.insert(min(max(spans[index].lowerBound, stretch.lowerBound), stretch.upperBound))
            boundaries.insert(min(max(spans[index].upperBound, stretch.lowerBound), stretch.upperBound))
        }
        let points = boundaries.sorted()
        segments = points.indices.map { position in
            let start = points[position]
            let end = position + 1 < points.count ? points[position + 1] : start
            let starting = touching.filter {
                spans[$0].lowerBound == start || (start == stretch.lowerBound && spans[$0].lowerBound < start)
            }
            let covering = start == end ? [] : touching.filter {
                spans[$0].lowerBound <= start && spans[$0].upperBound >= end && !spans[$0].isEmpty
            }
            return Segment(range: start..<end, starting: starting, covering: covering)
        }
    }
}
