import Dispatch
import Foundation

/// The temporary files a run is writing. Each is created beside its final name as
/// `.cablemark-partial-<pid>-<n>` and renamed into place once whole, so no file ever stands
/// half-written under its final name. On SIGINT or SIGTERM the ones in progress are removed
/// before the process exits; after a SIGKILL the next run's `sweep` removes them.
public final class PartialFiles: @unchecked Sendable {
    // @unchecked: every access to `paths`, `counter` and `stopping` holds `lock`.
    public static let prefix = ".cablemark-partial-"
    public static let shared = PartialFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var counter = 0
    private var stopping = false
    private var signalSources: [DispatchSourceSignal] = []
    /// This process's id, which every temporary name carries (asked once, not once a file).
    private let processID = getpid()

    /// Creates an empty temporary file in `directory`, open for writing; nil once the process is
    /// stopping on a signal (nothing new may start then) or when the file cannot be created.
    func create(in directory: String) -> (path: String, descriptor: Int32)? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { return nil }
        counter += 1
        let path = "\(directory)/\(Self.prefix)\(processID)-\(counter)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        paths.insert(path)
        return (path, descriptor)
    }

    /// `path` was renamed into place or removed: no longer ours to clean up.
    func forget(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every temporary file in progress and refuses new ones.
    public func removeAll() {
        lock.lock()
        stopping = true
        let pending = paths
        paths.removeAll()
        lock.unlock()
        for path in pending { unlink(path) }
    }

    /// On SIGINT or SIGTERM: remove the files in progress, then exit with 128 + the signal's
    /// number, as a shell reports a process the signal ended.
    public func removeOnInterrupt() {
        lock.lock()
        defer { lock.unlock() }
        guard signalSources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                removeAll()
                _exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Removes temporary files an earlier run left under `directory` (recursively); returns
    /// their paths.
    @discardableResult
    public static func sweep(_ directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var removed: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix(prefix) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed.sorted()
    }
}
