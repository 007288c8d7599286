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
    /// A temporary file's path beside `path`, hidden, unique to the process and the call.
    static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        ).path
    }

    /// Throws when an output path names the same file as an input (through any link).
    public static func refuseOverwriting(inputs: [String], outputs: [String]) throws(OutputError) {
        let targets = outputs.compactMap { path in FileIdentity(path: path).map { (path, $0) } }
        guard !targets.isEmpty else { return }
        for input in inputs {
            guard let inputIdentity = FileIdentity(path: input) else { continue }
            if let (output, _) = targets.first(where: { $0.1 == inputIdentity }) {
                throw OutputError(path: output, problem: "refusing to overwrite input file \(input)")
            }
        }
    }
}
