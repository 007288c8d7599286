import Foundation

/// Which files of the given paths a run checks.
public struct InputSelection: Sendable {
    /// When not empty, a file is checked only if one of these matches it.
    public var include: [Glob]
    /// A file one of these matches is never checked.
    public var exclude: [Glob]

    /// Files a directory walk picks up when no `--include` is given, also when gzip-compressed
    /// ("x.csv.gz"); files named on the command line are checked whatever their extension.
    public static let defaultExtensions: Set<String> = ["txt", "text", "html", "htm", "csv", "json", "jsonl"]

    public init(include: [Glob] = [], exclude: [Glob] = []) {
        self.include = include
        self.exclude = exclude
    }

    func accepts(_ path: String, named: Bool) -> Bool {
        if exclude.contains(where: { $0.matches(path) }) { return false }
        if !include.isEmpty { return include.contains { $0.matches(path) } }
        return named || Self.defaultExtensions.contains(Self.fileExtension(path))
    }

    /// "txt" for "a/b.txt" and for "a/b.TXT.gz".
    static func fileExtension(_ path: String) -> String {
        var name = (path.split(separator: "/").last ?? "").lowercased()[...]
        if Gzip.isCompressed(path: String(name)) { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}

/// Turns command-line paths into the sorted list of files to check: directories are walked
/// recursively (hidden entries and symbolic links to directories skipped), duplicates dropped,
/// the result sorted by the paths' bytes so that every run checks and reports in the same order.
public enum InputCollector {
    public struct Collection: Sendable {
        public var files: [String]
        /// Paths that do not exist or directories that cannot be listed.
        public var errors: [InputError]
    }

    public static func collect(_ arguments: [String], selection: InputSelection) -> Collection {
        var files: [String: String] = [:]
        var errors: [InputError] = []
        func add(_ path: String, named: Bool) {
            guard selection.accepts(path, named: named) else { return }
            let key = normalized(path)
            if files[key] == nil { files[key] = path }
        }
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                errors.append(InputError(path: argument, problem: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                walk(argument, add: add, errors: &errors)
            } else {
                add(argument, named: true)
            }
        }
        let sorted = files.values.sorted { normalized($0).utf8.lexicographicallyPrecedes(normalized($1).utf8) }
        return Collection(files: sorted, errors: errors)
    }

    private static func walk(
        _ directory: String, add: (String, Bool) -> Void, errors: inout [InputError]
    ) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            errors.append(InputError(path: directory, problem: "cannot list directory"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path =
                directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch kind(of: path) {
            case .directory: walk(path, add: add, errors: &errors)
            case .file: add(path, false)
            case .other: continue
            }
        }
    }

    private enum Kind { case file, directory, other }

    /// A walked entry's kind; a symbolic link counts as the file it points to, never as a
    /// directory, so that link cycles cannot trap the walk.
    private static func kind(of path: String) -> Kind {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        else { return .other }
        switch type {
        case .typeDirectory: return .directory
        case .typeRegular: return .file
        case .typeSymbolicLink:
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue ? .file : .other
        default: return .other
        }
    }

    /// Reports in the order `collect` gives files (path bytes, a leading "./" ignored), inputs
    /// that could not be collected among them; reports for one path keep their order.
    public static func sorted(_ reports: [FileReport]) -> [FileReport] {
        reports.enumerated().map { (key: normalized($0.element.path), index: $0.offset, report: $0.element) }
            .sorted { $0.key != $1.key ? $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) : $0.index < $1.index }
            .map(\.report)
    }

    /// The same file named "./a" and "a" is checked once.
    static func normalized(_ path: String) -> String {
        var result = Substring(path)
        while result.hasPrefix("./") { result = result.dropFirst(2) }
        return String(result)
    }
}
