import Foundation

/// Finds the cablemark.xml that governs an input: the nearest one in the input's folder or any
/// folder above it. Each folder is looked at once per run.
public final class ConfigurationLocator: @unchecked Sendable {
    // @unchecked: the cache is guarded by `lock`.
    private let lock = NSLock()
    private var found: [String: String?] = [:]
    /// The answer for each input folder as given, so that the inputs of one folder resolve its
    /// path (symbolic links: a system call per component) once. Inputs that are links are
    /// resolved on their own.
    private var foundForGivenFolder: [String: String?] = [:]

    public init() {}

    /// The configuration file for `inputPath`, or nil when no folder above it has one.
    public func configurationFile(for inputPath: String) -> String? {
        var status = stat()
        let isLink = lstat(inputPath, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
        // Found in the UTF-8 bytes: a Character walk from the end costs more than the lookup.
        let givenFolder = inputPath.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(inputPath[..<$0]) } ?? ""
        if !isLink, let known = lock.withLock({ foundForGivenFolder[givenFolder] }) { return known }
        let result = search(from: (Configuration.absolute(inputPath) as NSString).deletingLastPathComponent)
        if !isLink { lock.withLock { foundForGivenFolder[givenFolder] = .some(result) } }
        return result
    }

    private func search(from start: String) -> String? {
        var folder = start
        var visited: [String] = []
        var result: String?
        while true {
            if let cached = cached(folder) {
                result = cached
                break
            }
            visited.append(folder)
            let candidate = folder + "/" + Configuration.fileName
            if FileManager.default.fileExists(atPath: candidate) {
                result = candidate
                break
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        lock.withLock { for folder in visited { found[folder] = .some(result) } }
        return result
    }

    private func cached(_ folder: String) -> String?? {
        lock.withLock { found[folder] }
    }
}
