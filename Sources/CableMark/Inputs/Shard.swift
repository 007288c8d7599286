/// `--shard K/N`: the K-th of N parts of a run's files, for runs spread over several machines.
///
/// A file belongs to part `hash(path) mod N + 1`, the hash being FNV-1a (64 bits) of its path
/// relative to the run's directory, so every machine makes the same split, and adding or
/// removing files never moves the others. Inputs that do not exist are reported by part 1 only,
/// so that the merged report counts them once.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// "K/N", 1 <= K <= N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the file at `path` (as collected) belongs to this part.
    public func contains(_ path: String, baseDirectory: String?) -> Bool {
        Self.part(of: ReportPath.relative(path, to: baseDirectory), count: count) == index
    }

    /// The 1-based part a relative path falls in.
    static func part(of relativePath: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in relativePath.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return Int(hash % UInt64(count)) + 1
    }
}
