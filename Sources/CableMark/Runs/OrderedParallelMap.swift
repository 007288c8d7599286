import Foundation

/// Computes `body(0) ..< body(count)` on up to `jobs` threads and returns the results in index
/// order, so the output of a parallel run is the output of a serial one. Each thread takes the
/// next index when it is done with one: a slow item never holds up the others.
func orderedParallelMap<Result: Sendable>(
    count: Int, jobs: Int, _ body: @Sendable (Int) -> Result
) -> [Result] {
    let slots = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
        while let index = slots.claimNext() {
            slots.store(body(index), at: index)
        }
    }
    return slots.results()
}

/// The shared state of `orderedParallelMap`: the next index to hand out and the results so far.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // Every access goes through `lock`.
    private let lock = NSLock()
    private var next = 0
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claimNext() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    func results() -> [Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
