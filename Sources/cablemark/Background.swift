import Foundation

/// Work started on a thread of its own while the calling thread does something else: a run
/// collects its input files while it loads the rule sets, which neither needs from the other.
final class Background<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read after waiting.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            result = Result(catching: body)
            done.signal()
        }.start()
    }

    /// Waits for the work; its value, or what it threw.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
