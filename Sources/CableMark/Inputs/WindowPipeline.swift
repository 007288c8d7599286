import Foundation

/// Reads the windows of a streamed dump `jobs` at a time on other threads while the calling
/// thread hands on what the batch before gave: the reading of one batch overlaps the reporting
/// of the previous one, and parts still come out in file order. With one job, it reads a batch,
/// then hands it on.
struct WindowPipeline<Part: Sendable> {
    let jobs: Int
    /// A window's parts, in order, and how many cables it held.
    let read: @Sendable (DumpWindow) -> (parts: [Part], cables: Int)
    private var pending: [DumpWindow] = []
    /// Read, not handed on yet.
    private var ready: [(parts: [Part], cables: Int)] = []

    init(jobs: Int, read: @escaping @Sendable (DumpWindow) -> (parts: [Part], cables: Int)) {
        self.jobs = jobs
        self.read = read
    }

    /// Queues a window; reads the queue once it holds `jobs` windows.
    mutating func add(_ window: DumpWindow, handOn: (Part) -> Void, cablesHandedOn: (Int) -> Void) {
        pending.append(window)
        if pending.count >= jobs { readPending(handOn: handOn, cablesHandedOn: cablesHandedOn) }
    }

    /// Reads what is queued and hands everything on.
    mutating func finish(handOn: (Part) -> Void, cablesHandedOn: (Int) -> Void) {
        readPending(handOn: handOn, cablesHandedOn: cablesHandedOn)
        handOnReady(handOn, cablesHandedOn)
    }

    /// Reads the queued windows while the previous batch is handed on.
    private mutating func readPending(handOn: (Part) -> Void, cablesHandedOn: (Int) -> Void) {
        guard !pending.isEmpty else { return }
        let windows = pending
        pending.removeAll()
        guard jobs > 1 else {
            handOnReady(handOn, cablesHandedOn)
            ready = windows.map(read)
            return
        }
        let batch = Batch()
        let done = DispatchSemaphore(value: 0)
        // A thread of its own, not a dispatch queue's: this may run on a dispatch worker (a run
        // checks files in parallel), and waiting there for work queued behind it could stall.
        let reader = Thread { [read, jobs] in
            batch.results = orderedParallelMap(count: windows.count, jobs: jobs) { read(windows[$0]) }
            done.signal()
        }
        reader.start()
        handOnReady(handOn, cablesHandedOn)
        done.wait()
        ready = batch.results
    }

    private mutating func handOnReady(_ handOn: (Part) -> Void, _ cablesHandedOn: (Int) -> Void) {
        guard !ready.isEmpty else { return }
        for window in ready {
            window.parts.forEach(handOn)
        }
        cablesHandedOn(ready.reduce(0) { $0 + $1.cables })
        ready = []
    }

    /// A batch's results, written by the thread that reads it before it signals, read after
    /// `wait()`: the semaphore orders the two.
    private final class Batch: @unchecked Sendable {
        var results: [(parts: [Part], cables: Int)] = []
    }
}
