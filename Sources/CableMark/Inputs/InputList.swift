/// Paths read from standard input for the `-` argument: one per line (CR LF too), or
/// NUL-separated as `find -print0` and `git ls-files -z` write them. Empty entries are dropped.
public enum InputList {
    public static func paths(fromListing text: String) -> [String] {
        let bytes = Array(text.utf8)
        let separator: UInt8 = bytes.contains(0) ? 0 : UInt8(ascii: "\n")
        return bytes.split(separator: separator).compactMap { entry in
            var path = entry
            if separator != 0, path.last == UInt8(ascii: "\r") { path = path.dropLast() }
            return path.isEmpty ? nil : String(decoding: path, as: UTF8.self)
        }
    }
}
