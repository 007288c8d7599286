import Testing

@testable import CableMark

/// ByteSearch against a plain scan: random bytes, stretches and forward readings.
@Suite struct ByteSearchTests {
    @Test func firstIndexIsTheFirstPlaceInTheWindow() {
        var generator = SeededGenerator(seed: 31)
        var failures = 0
        for _ in 0..<5_000 {
            let bytes = (0..<Int(generator.next() % 70)).map { _ in UInt8(generator.next() % 4) * 0x41 }
            let from = Int(generator.next() % 80) - 5
            let to = Int(generator.next() % 80) - 5
            let expected = (max(from, 0)..<max(max(from, 0), min(to, bytes.count))).first { bytes[$0] == 0x82 }
            if bytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: 0x82, in: $0, from: from, to: to) }) != expected {
                failures += 1
            }
        }
        #expect(failures == 0)
    }

    /// Read forward by random steps, with one to four targets (repeated ones too), the nearest
    /// place is the first target a scan from the position finds before the stretch's end.
    @Test func nearestIsTheFirstOfAnyTargetAhead() {
        var generator = SeededGenerator(seed: 32)
        var failures = 0
        for _ in 0..<3_000 {
            let bytes = (0..<Int(generator.next() % 120)).map { _ in UInt8(generator.next() % 8) }
            let end = Int(generator.next() % UInt64(bytes.count + 3))
            let targets = (0..<Int(1 + generator.next() % 4)).map { _ in UInt8(generator.next() % 6) }
            bytes.withUnsafeBufferPointer { buffer in
                var nearest = ByteSearch.Nearest(
                    targets[0], targets.count > 1 ? targets[1] : nil, targets.count > 2 ? targets[2] : nil,
                    targets.count > 3 ? targets[3] : nil, in: buffer, before: end)
                let stretchEnd = min(end, bytes.count)
                var position = 0
                while position <= stretchEnd {
                    let expected = (position..<stretchEnd).first { targets.contains(bytes[$0]) } ?? stretchEnd
                    if nearest.first(from: position) != expected { failures += 1 }
                    position += Int(generator.next() % 4)
                    if generator.next() % 5 == 0 { position += 1 }
                }
            }
        }
        #expect(failures == 0)
    }
}
