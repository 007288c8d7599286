/// How machine-readable reports write an input's path.
enum ReportPath {
    /// `path` relative to `base` when it lies inside it, without a leading "./".
    static func relative(_ path: String, to base: String?) -> String {
        var result = Substring(path)
        if let base, result.hasPrefix("/") {
            let prefix = base.hasSuffix("/") ? base : base + "/"
            if result.hasPrefix(prefix) { result = result.dropFirst(prefix.count) }
        }
        while result.hasPrefix("./") { result = result.dropFirst(2) }
        return String(result)
    }

    /// `path` made absolute against `directory`, "." and ".." components resolved by name.
    static func absolute(_ path: String, from directory: String) -> String {
        var components: [Substring] = []
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        for component in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }

    /// A URI reference for `path` (relative stays relative, absolute becomes `file://`), every
    /// byte outside RFC 3986's unreserved set and "/" percent-encoded.
    static func uri(_ path: String, base: String?) -> String {
        let relative = relative(path, to: base)
        let encoded = percentEncoded(relative)
        return relative.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
