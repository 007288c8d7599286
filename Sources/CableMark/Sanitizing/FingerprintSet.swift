/// A set of 64-bit fingerprints, values that are already hashes: stored by open addressing
/// with the value's own low bits as its slot, so that no insert or lookup hashes again (a
/// `Set<UInt64>` runs SipHash on every value, which was most of the cost of a cable's shingles).
struct FingerprintSet: Sendable {
    /// Slots, a power of two in number; `Self.empty` marks a free one.
    private var slots: [UInt64] = []
    /// Whether `Self.empty` itself is a member (it cannot be stored in a slot).
    private var holdsEmptyValue = false
    private(set) var count = 0

    private static let empty: UInt64 = 0

    var isEmpty: Bool { count == 0 }

    func contains(_ value: UInt64) -> Bool {
        if value == Self.empty { return holdsEmptyValue }
        guard !slots.isEmpty else { return false }
        var slot = index(of: value)
        while slots[slot] != Self.empty {
            if slots[slot] == value { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    mutating func insert(_ value: UInt64) {
        if value == Self.empty {
            if !holdsEmptyValue { count += 1 }
            holdsEmptyValue = true
            return
        }
        // At most half full, so that probe runs stay short.
        if (count + 1) * 2 > slots.count { grow() }
        var slot = index(of: value)
        while slots[slot] != Self.empty {
            if slots[slot] == value { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = value
        count += 1
    }

    /// Inserts every one of `values`, with room made for all of them first, in one pass
    /// over the slots.
    mutating func insert(contentsOf values: [UInt64]) {
        reserveCapacity(values.count)
        var added = 0
        var holdsEmpty = holdsEmptyValue
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            for value in values {
                guard value != Self.empty else {
                    if !holdsEmpty { added += 1 }
                    holdsEmpty = true
                    continue
                }
                var slot = Int(truncatingIfNeeded: value) & mask
                while slots[slot] != Self.empty, slots[slot] != value { slot = (slot + 1) & mask }
                if slots[slot] == Self.empty {
                    slots[slot] = value
                    added += 1
                }
            }
        }
        holdsEmptyValue = holdsEmpty
        count += added
    }

    mutating func remove(_ value: UInt64) {
        if value == Self.empty {
            if holdsEmptyValue { count -= 1 }
            holdsEmptyValue = false
            return
        }
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var hole = index(of: value)
        while slots[hole] != value {
            if slots[hole] == Self.empty { return }
            hole = (hole + 1) & mask
        }
        slots[hole] = Self.empty
        count -= 1
        // Linear probing's deletion: move back every later member of the run whose home slot
        // does not lie between the hole and it, so that no lookup stops early at the hole.
        var next = (hole + 1) & mask
        while slots[next] != Self.empty {
            let home = index(of: slots[next])
            let reachable = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next)
            if !reachable {
                slots[hole] = slots[next]
                slots[next] = Self.empty
                hole = next
            }
            next = (next + 1) & mask
        }
    }

    /// Makes room for `additional` more members at once, rather than growing step by step
    /// while they are inserted.
    mutating func reserveCapacity(_ additional: Int) {
        var size = max(16, slots.count)
        while (count + additional) * 2 > size { size *= 2 }
        if size > slots.count { rehash(slotCount: size) }
    }

    private func index(of value: UInt64) -> Int { Int(truncatingIfNeeded: value) & (slots.count - 1) }

    private mutating func grow() { rehash(slotCount: max(16, slots.count * 2)) }

    private mutating func rehash(slotCount: Int) {
        let old = slots
        slots = Array(repeating: Self.empty, count: slotCount)
        count = holdsEmptyValue ? 1 : 0
        for value in old where value != Self.empty { insert(value) }
    }
}
