import Foundation

/// The `cablemark` executable `swift test` built beside the test bundle, whatever --scratch-path
/// the build used; CABLEMARK_BINARY overrides the search.
enum BuiltBinary {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "built cablemark binary not found; looked in: \(searched.joined(separator: ", ")). "
                + "Build it with `swift build` (same --scratch-path) or set CABLEMARK_BINARY."
        }
    }

    static func path() throws -> String {
        if let override = ProcessInfo.processInfo.environment["CABLEMARK_BINARY"], !override.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: override) else { throw NotFound(searched: [override]) }
            return override
        }
        let directories = productDirectories()
        for directory in directories {
            let candidate = directory.appendingPathComponent("cablemark").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw NotFound(searched: directories.map(\.path))
    }

    /// Directories that hold the test bundle: the build products directory.
    private static func productDirectories() -> [URL] {
        var directories: [URL] = []
        for bundle in Bundle.allBundles + [Bundle.main] {
            var url = bundle.bundleURL
            // A bundle inside <products>/X.xctest (macOS) or the test executable itself (Linux).
            while url.pathComponents.count > 1 {
                if url.pathExtension == "xctest" {
                    directories.append(url.deletingLastPathComponent())
                    break
                }
                url = url.deletingLastPathComponent()
            }
        }
        if let executable = CommandLine.arguments.first {
            let url = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
            directories.append(url.deletingLastPathComponent())
        }
        var seen: Set<String> = []
        return directories.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }
}

/// Runs the built binary.
enum CableMarkProcess {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], directory: URL? = nil
    ) throws -> Subprocess {
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "GITHUB_STEP_SUMMARY")
        variables.merge(environment) { $1 }
        return try Subprocess.run(try BuiltBinary.path(), arguments, input: input, environment: variables, directory: directory)
    }

    /// A new empty directory, removed by the caller.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-cli-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
