import Testing

@testable import CableMark

@Suite struct FingerprintSetTests {
    /// Inserts and removals, many of them of values that share their low bits (and so their
    /// slot), agree with `Set<UInt64>` after every step, zero included.
    @Test func agreesWithASetThroughInsertsAndRemovals() {
        var generator = SystemRandomNumberGenerator()
        var fingerprints = FingerprintSet()
        var reference = Set<UInt64>()
        // Few distinct low bits, all at the top of every table size up to 1,024 slots, so that
        // probe runs form, wrap around the table's end and get holes.
        let values: [UInt64] = (0..<300).map { UInt64(1023 - $0 % 7) | (UInt64($0) << 40) } + [0]
        for _ in 0..<20_000 {
            let value = values.randomElement(using: &generator)!
            if Bool.random(using: &generator) {
                fingerprints.insert(value)
                reference.insert(value)
            } else {
                fingerprints.remove(value)
                reference.remove(value)
            }
            #expect(fingerprints.count == reference.count)
        }
        for value in values { #expect(fingerprints.contains(value) == reference.contains(value), "\(value)") }
        #expect(!fingerprints.contains(12_345))
    }

    /// Values inserted together, repeats and zero among them, land as if inserted one by one,
    /// and removals afterwards still find them.
    @Test func insertingManyAtOnceAgreesWithASet() {
        var fingerprints = FingerprintSet()
        fingerprints.insert(7)
        let values: [UInt64] = (0..<500).map { UInt64(1023 - $0 % 9) | (UInt64($0 % 250) << 40) } + [0, 0, 7]
        fingerprints.insert(contentsOf: values)
        var reference = Set(values)
        reference.insert(7)
        #expect(fingerprints.count == reference.count)
        for value in values.prefix(100) {
            fingerprints.remove(value)
            reference.remove(value)
        }
        #expect(fingerprints.count == reference.count)
        for value in values { #expect(fingerprints.contains(value) == reference.contains(value), "\(value)") }
    }
}
