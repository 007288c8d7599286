import Foundation

/// A report file that could not be written, or that would overwrite an input.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}

/// Writes report files whole or not at all, and never over an input.
public enum OutputFile {
    /// Writes `text` to a temporary file beside `path`, then renames it over `path`: a reader
    /// sees the old file or the new one, never half of one.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw OutputError(path: path, problem: "cannot write: \(reason(error))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let problem = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, problem: "cannot write: \(problem)")
        }
    }

    /// Appends `text` to `path`, creating it if needed (GitHub's step summary file).
    public static func append(_ text: String, to path: String) throws(OutputError) {
        guard FileManager.default.fileExists(atPath: path) || FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw OutputError(path: path, problem: "cannot open for appending") }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw OutputError(path: path, problem: "cannot append: \(reason(error))")
        }
    }

    /// Throws when an output path names the same file as an input (through any link).
    public static func refuseOverwriting(inputs: [String], outputs: [String]) throws(OutputError) {
        let targets = outputs.compactMap { path in identity(of: path).map { (path, $0) } }
        guard !targets.isEmpty else { return }
        for input in inputs {
            guard let inputIdentity = identity(of: input) else { continue }
            if let (output, _) = targets.first(where: { $0.1 == inputIdentity }) {
                throw OutputError(path: output, problem: "refusing to overwrite input file \(input)")
            }
        }
    }

    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private static func identity(of path: String) -> FileIdentity? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
            let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        return FileIdentity(device: device, inode: inode)
    }

    private static func reason(_ error: any Error) -> String {
        let cocoa = error as NSError
        if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return cocoa.localizedDescription
    }
}
