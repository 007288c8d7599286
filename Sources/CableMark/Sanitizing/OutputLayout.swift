import Foundation

/// Where each public version goes under the output directory: the tree mirrors the input paths
/// relative to their common root.
///
/// - A file holding one cable: `lima/0590.txt` → `DIR/lima/0590.public.txt`; any other name gets
///   `.public.txt` added: `page.html` → `DIR/page.html.public.txt`.
/// - A file holding records (cables.csv): one file per record in a folder named after it:
///   `cables.csv` → `DIR/cables.csv.public/record-0001.txt`, `record-0002.txt`, …
/// - The manifest: `DIR/sanitize-manifest.json`.
///
/// These names are what a later run's directory walk skips, so a run whose output directory lies
/// inside its inputs never takes its own earlier output for input.
public struct OutputLayout: Sendable {
    public static let manifestName = "sanitize-manifest.json"
    static let publicSuffix = ".public.txt"
    static let recordFolderSuffix = ".public"

    /// The output directory, as given.
    public let directory: String
    /// The common root of the inputs, absolute.
    public let inputRoot: String
    /// The components of `inputRoot`, counted once.
    private let inputRootDepth: Int

    /// `arguments` are the paths named on the command line (files and directories).
    public init(directory: String, arguments: [String]) {
        self.directory = directory
        var roots: [[String]] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
            let absolute = Self.absolutePath(argument)
            let root = exists && isDirectory.boolValue ? absolute : (absolute as NSString).deletingLastPathComponent
            roots.append(Self.components(root))
        }
        var common = roots.first ?? Self.components(FileManager.default.currentDirectoryPath)
        for root in roots.dropFirst() {
            common = Array(zip(common, root).prefix { $0 == $1 }.map(\.0))
        }
        inputRoot = "/" + common.joined(separator: "/")
        inputRootDepth = Self.components(inputRoot).count
    }

    /// The public version's path for `input`; `record` for files holding several cables.
    public func outputPath(for input: String, record: Int?) -> String {
        let relative = relativePath(of: input)
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        if let record {
            return "\(base)/\(relative)\(Self.recordFolderSuffix)/record-\(Self.padded(record)).txt"
        }
        let name = relative.lowercased().hasSuffix(".txt") ? String(relative.dropLast(4)) : relative
        return "\(base)/\(name)\(Self.publicSuffix)"
    }

    public var manifestPath: String {
        (directory.hasSuffix("/") ? directory : directory + "/") + Self.manifestName
    }

    /// `input` relative to the common root.
    func relativePath(of input: String) -> String {
        Self.components(Self.absolutePath(input)).dropFirst(inputRootDepth).joined(separator: "/")
    }

    /// True for what a sanitize run writes: its manifest, public versions and record folders.
    /// Directory walks skip these; a file named on the command line is read whatever its name.
    /// The path is split at the byte "/", as the file system splits it (a split by characters
    /// would keep a "/" joined to a combining mark after it).
    public static func isSanitizeOutput(_ path: String) -> Bool {
        let parts = path.utf8.split(separator: UInt8(ascii: "/"))
        guard let name = parts.last else { return false }
        return name.elementsEqual(manifestName.utf8) || endsWith(name, publicSuffix)
            || parts.dropLast().contains { endsWith($0, recordFolderSuffix) }
    }

    private static func endsWith(_ part: Substring.UTF8View, _ suffix: String) -> Bool {
        part.count >= suffix.utf8.count && part.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// `path` made absolute against the current directory, "." and ".." resolved, links kept.
    ///
    /// Resolved by hand where the path is plain (printable ASCII, no "%", no "~" to expand, no
    /// empty component, no trailing "/"), as Foundation's URL resolves it: a URL costs more than
    /// sanitizing a short cable, and every input's path is made absolute more than once.
    /// Any other path goes through the URL.
    public static func absolutePath(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard isPlain(full) else { return foundationAbsolutePath(path) }
        let dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        var parts: [Substring.UTF8View] = []
        for part in full.utf8.split(separator: slash) {
            if part.elementsEqual([dot]) { continue }
            if part.elementsEqual([dot, dot]) {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        var resolved: [UInt8] = []
        resolved.reserveCapacity(full.utf8.count)
        for part in parts {
            resolved.append(slash)
            resolved += part
        }
        return resolved.isEmpty ? "/" : String(decoding: resolved, as: UTF8.self)
    }

    /// `absolutePath` as Foundation's URL makes it.
    static func foundationAbsolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// True for an absolute path that `absolutePath` resolves by hand.
    private static func isPlain(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "%"), byte != UInt8(ascii: "~"),
                !(byte == UInt8(ascii: "/") && previous == UInt8(ascii: "/"))
            else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    private static func components(_ path: String) -> [String] {
        // An ASCII path is split by bytes; "/" in another path may begin a character ("/" and a
        // combining accent), which splitting by characters keeps whole.
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").map(String.init) }
        return path.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// 1 → "0001"; numbers past 9999 keep all their digits.
    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
