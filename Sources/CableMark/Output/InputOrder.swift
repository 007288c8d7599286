import Foundation

/// The order of files in a run, which every report and the merge of shard reports keep: paths
/// by their UTF-8 bytes, a leading "./" ignored.
enum InputOrder {
    /// Whether `lhs` sorts before `rhs` by their UTF-8 bytes: the order of files in a run.
    static func bytesPrecede(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
    }

    /// The same file named "./a" and "a" is checked once.
    static func normalized(_ path: String) -> String {
        var result = Substring(path)
        while result.hasPrefix("./") { result = result.dropFirst(2) }
        return String(result)
    }
}
