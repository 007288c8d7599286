import Foundation

/// Computes `body(0) ..< body(count)` on up to `jobs` threads and returns the results in index
/// order, so the output of a parallel run is the output of a serial one. Each thread works
/// through a share of its own, consecutive indices, then helps with the share that has the most
/// left, taking the next index whenever it is done with one: a slow item never holds up the
/// others. Consecutive shares keep two threads off the files of one folder (inputs come sorted
/// by path), and a folder takes one file creation at a time: public versions written into the
/// same folder by two threads would wait for each other.
func orderedParallelMap<Result: Sendable>(
    count: Int, jobs: Int, _ body: @Sendable (Int) -> Result
) -> [Result] {
    let threads = max(1, min(jobs, count))
    let slots = ResultSlots<Result>(count: count, shares: threads)
    DispatchQueue.concurrentPerform(iterations: threads) { share in
        while let index = slots.claimNext(preferring: share) {
            slots.store(body(index), at: index)
        }
    }
    return slots.results()
}

/// The shared state of `orderedParallelMap`: the next index of each share and the results so far.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // Every access goes through `lock`.
    private let lock = NSLock()
    private var next: [Int]
    private let ends: [Int]
    private var slots: [Result?]

    init(count: Int, shares: Int) {
        slots = Array(repeating: nil, count: count)
        next = (0..<shares).map { $0 * count / shares }
        ends = (1...shares).map { $0 * count / shares }
    }

    /// The next index of share `share`, else of the share with the most left; nil when none is.
    func claimNext(preferring share: Int) -> Int? {
        lock.withLock {
            var share = share
            if next[share] == ends[share] {
                guard let most = next.indices.max(by: { ends[$0] - next[$0] < ends[$1] - next[$1] }),
                    next[most] < ends[most]
                else { return nil }
                share = most
            }
            defer { next[share] += 1 }
            return next[share]
        }
    }

    func store(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    func results() -> [Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
