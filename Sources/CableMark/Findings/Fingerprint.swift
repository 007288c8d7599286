/// Stable identities for findings that survive edits moving them to other lines.
enum Fingerprint {
    /// "<16 hex digits>:<occurrence>" for each finding as they come: a hash of the rule id, the
    /// path and the finding's context text, and the 1-based count of earlier findings seen
    /// sharing all three. Line numbers play no part.
    struct Occurrences {
        private var seen: [String: Int] = [:]

        mutating func next(_ finding: Finding, path: String) -> String {
            let hash = fnv1a64([finding.ruleID, path, finding.context])
            let occurrence = (seen[hash] ?? 0) + 1
            seen[hash] = occurrence
            return "\(hash):\(occurrence)"
        }
    }

    /// `fnv1a64Value` in 16 hex digits.
    static func fnv1a64(_ parts: [String]) -> String {
        let hex = String(fnv1a64Value(parts), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// FNV-1a, 64 bits, over the parts' UTF-8 bytes with a 0 byte after each part.
    static func fnv1a64Value(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
