import Foundation

/// What SARIF URIs are relative to: `--base DIR`, else the root of the git work tree holding the
/// working directory (the nearest directory above it with a `.git` entry), else the working
/// directory. Physical paths, as getcwd gives the working directory.
enum SourceRoot {
    static func resolve(_ given: String?, workingDirectory: String) throws -> String {
        if let given {
            guard let resolved = realpath(given, nil) else { throw CommandFailure("\(given): no such directory (--base)") }
            defer { free(resolved) }
            var isDirectory: ObjCBool = false
            let path = String(cString: resolved)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure("\(given): not a directory (--base)")
            }
            return path
        }
        var directory = URL(fileURLWithPath: workingDirectory)
        while true {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(".git").path) { return directory.path }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return workingDirectory }
            directory = parent
        }
    }
}
