import CAllocationCounter

/// Heap allocations a synchronous piece of work makes on the calling thread, counted by the
/// CAllocationCounter target's malloc interposition (Linux with glibc only).
struct AllocationCount: Sendable, CustomStringConvertible {
    var allocations: Int
    var bytes: Int

    static var isAvailable: Bool { cablemark_allocation_counting_available() != 0 }

    /// What `work` allocates. It must not suspend: the counters are the thread's own, so work that
    /// hopped threads would be counted in part.
    static func of<Result>(_ work: () throws -> Result) rethrows -> (count: AllocationCount, result: Result) {
        let allocationsBefore = cablemark_thread_allocations()
        let bytesBefore = cablemark_thread_allocated_bytes()
        let result = try work()
        let count = AllocationCount(
            allocations: Int(cablemark_thread_allocations() - allocationsBefore),
            bytes: Int(cablemark_thread_allocated_bytes() - bytesBefore))
        return (count, result)
    }

    var description: String { "\(allocations) allocations (\(bytes) bytes)" }
}
