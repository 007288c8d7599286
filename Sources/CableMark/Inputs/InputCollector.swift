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

    /// "txt" for "a/b.txt" and for "a/b.TXT.gz". Found in the path's UTF-8 bytes ("/" and "."
    /// are ASCII, and no case mapping makes or removes either), only the extension lowercased:
    /// this runs once per file of a walk.
    static func fileExtension(_ path: String) -> String {
        let bytes = path.utf8
        var nameEnd = bytes.endIndex
        let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
        let name = path[nameStart...]
        if name.utf8.count >= 3, name.suffix(3).lowercased() == ".gz" { nameEnd = bytes.index(nameEnd, offsetBy: -3) }
        guard let dot = bytes[nameStart..<nameEnd].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return "" }
        return path[bytes.index(after: dot)..<nameEnd].lowercased()
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
            let key = InputOrder.normalized(path)
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
        let sorted = files.sorted { InputOrder.bytesPrecede($0.key, $1.key) }.map(\.value)
        return Collection(files: sorted, errors: errors)
    }

    private static func walk(
        _ directory: String, add: (String, Bool) -> Void, errors: inout [InputError]
    ) {
        guard let entries = entries(of: directory) else {
            errors.append(InputError(path: directory, problem: "cannot list directory"))
            return
        }
        for (name, type) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let path =
                directory == "." ? name : directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch kind(of: path, type: type) {
            case .directory: walk(path, add: add, errors: &errors)
            case .file: add(path, false)
            case .other: continue
            }
        }
    }

    /// The names in a directory with their dirent types (readdir(3): most file systems tell an
    /// entry's type there, which saves a stat per file); nil when it cannot be listed.
    private static func entries(of directory: String) -> [(name: String, type: UInt8)]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }

    private enum Kind { case file, directory, other }

    /// A walked entry's kind; a symbolic link counts as the file it points to, never as a
    /// directory, so that link cycles cannot trap the walk. lstat(2) only when the directory
    /// entry does not tell.
    private static func kind(of path: String, type: UInt8) -> Kind {
        switch Int(type) {
        case Int(DT_DIR): return .directory
        case Int(DT_REG): return .file
        case Int(DT_LNK):
            var status = stat()
            guard stat(path, &status) == 0 else { return .other }
            return status.st_mode & S_IFMT == S_IFREG ? .file : .other
        case Int(DT_UNKNOWN): return kind(of: path)
        default: return .other
        }
    }

    private static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK:
            guard stat(path, &status) == 0 else { return .other }
            return status.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }

    static func sorted<Item>(_ items: [Item], path: (Item) -> String) -> [Item] {
        items.enumerated().map { (key: InputOrder.normalized(path($0.element)), index: $0.offset, item: $0.element) }
            .sorted { $0.key != $1.key ? InputOrder.bytesPrecede($0.key, $1.key) : $0.index < $1.index }
            .map(\.item)
    }
}
