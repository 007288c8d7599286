import Testing

/// The counter itself: it sees allocations made on this thread, and a ceiling check on it fails
/// when the work allocates more than the ceiling allows.
@Suite(.enabled(if: AllocationCount.isAvailable, "allocations are counted on Linux with glibc only"))
struct AllocationCountTests {
    /// A class instance is always on the heap, and one that escapes into an array is never
    /// optimised away.
    final class Box {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    static func allocatingLoop(_ count: Int) -> [Box] {
        var boxes: [Box] = []
        boxes.reserveCapacity(count)
        for index in 0..<count { boxes.append(Box(index)) }
        return boxes
    }

    @Test func countsEveryAllocationOfALoop() {
        let (count, boxes) = AllocationCount.of { Self.allocatingLoop(1000) }
        #expect(boxes.count == 1000)
        // 1,000 boxes and the array's buffer.
        #expect(count.allocations >= 1001)
        #expect(count.allocations < 1100)
        #expect(count.bytes >= 1000 * 24)
    }

    @Test func countsNothingForWorkThatDoesNotAllocate() {
        // A plain loop: in a debug build even iterating an Array may allocate.
        let (count, sum) = AllocationCount.of {
            var sum = 0
            var number = 0
            while number < 1000 {
                sum &+= number
                number += 1
            }
            return sum
        }
        #expect(sum == 499_500)
        #expect(count.allocations == 0)
    }

    @Test func aCeilingCheckFailsOnWorkThatAllocatesPastIt() {
        let (count, _) = AllocationCount.of { Self.allocatingLoop(500) }
        withKnownIssue("500 boxes are more than a ceiling of 100 allocations") {
            AllocationCeilings.expect(count, within: 100, for: "the allocating loop")
        }
    }
}
