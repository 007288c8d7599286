import Foundation

/// Reads the windows of a streamed dump on `jobs` threads of its own while the calling thread
/// cuts the next windows and hands on what was read, in file order. Each thread takes the next
/// window as soon as it is done with one, so no thread waits for a batch to end; at most
/// `jobs + 1` windows are cut and not yet handed on, which bounds the memory a dump of any size
/// takes. With one job, each window is read and handed on by the calling thread.
final class WindowPipeline<Part: Sendable> {
    typealias Read = @Sendable (DumpWindow) -> (parts: [Part], cables: Int)
    private let read: Read
    /// Shared with the reading threads; nil with one job.
    private let queue: WindowQueue<Part>?
    private let limit: Int
    /// Windows added, and handed on, so far.
    private var added = 0
    private var handedOn = 0

    init(jobs: Int, read: @escaping Read) {
        self.read = read
        limit = jobs + 1
        queue = jobs > 1 ? WindowQueue(threads: jobs, read: read) : nil
    }

    deinit {
        queue?.close()
    }

    /// Queues a window, hands on what is ready, and waits for the oldest window while too many
    /// are in flight.
    func add(_ window: DumpWindow, handOn: (Part) -> Void, cablesHandedOn: (Int) -> Void) {
        guard let queue else {
            let (parts, cables) = read(window)
            parts.forEach(handOn)
            cablesHandedOn(cables)
            return
        }
        queue.add(window, index: added)
        added += 1
        while let ready = queue.take(handedOn, waiting: added - handedOn >= limit) {
            handedOn += 1
            ready.parts.forEach(handOn)
            cablesHandedOn(ready.cables)
        }
    }

    /// Waits for every window added and hands each on; the reading threads then end.
    func finish(handOn: (Part) -> Void, cablesHandedOn: (Int) -> Void) {
        guard let queue else { return }
        while handedOn < added, let ready = queue.take(handedOn, waiting: true) {
            handedOn += 1
            ready.parts.forEach(handOn)
            cablesHandedOn(ready.cables)
        }
        queue.close()
    }
}

/// The windows waiting to be read and the results not yet taken, shared by the pipeline's
/// threads.
private final class WindowQueue<Part: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `waiting`, `results` and `closed` holds `condition`.
    private let condition = NSCondition()
    /// A few windows at the most: the pipeline waits before it adds more.
    private var waiting: [(index: Int, window: DumpWindow)] = []
    private var results: [Int: (parts: [Part], cables: Int)] = [:]
    private var closed = false

    /// Starts `threads` threads of its own, not a dispatch queue's: the pipeline may run on a
    /// dispatch worker (a run checks files in parallel), and waiting there for work queued
    /// behind it could stall.
    init(threads: Int, read: @escaping @Sendable (DumpWindow) -> (parts: [Part], cables: Int)) {
        for _ in 0..<threads {
            Thread { [self] in
                while let (index, window) = next() {
                    let result = read(window)
                    condition.withLock {
                        results[index] = result
                        condition.broadcast()
                    }
                }
            }.start()
        }
    }

    func add(_ window: DumpWindow, index: Int) {
        condition.withLock {
            waiting.append((index, window))
            condition.broadcast()
        }
    }

    /// The result of window `index` once it is read; nil when it is not read yet and `waiting`
    /// is false.
    func take(_ index: Int, waiting: Bool) -> (parts: [Part], cables: Int)? {
        condition.withLock {
            while results[index] == nil {
                guard waiting else { return nil }
                condition.wait()
            }
            return results.removeValue(forKey: index)
        }
    }

    /// No more windows: each thread ends once it has read the one it holds (windows still
    /// waiting are dropped: the pipeline was abandoned).
    func close() {
        condition.withLock {
            closed = true
            waiting.removeAll()
            condition.broadcast()
        }
    }

    /// The next window to read, nil once the queue is closed and empty.
    private func next() -> (index: Int, window: DumpWindow)? {
        condition.withLock {
            while waiting.isEmpty {
                if closed { return nil }
                condition.wait()
            }
            return waiting.removeFirst()
        }
    }
}
