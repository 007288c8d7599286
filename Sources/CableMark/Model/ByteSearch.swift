import Foundation

/// The search for one byte that the readers' passes over every byte of a file share: glibc's
/// memchr, which tests a vector of bytes a step (a line of a cable in two or three), where a
/// scan of our own tests eight.
enum ByteSearch {
    /// The first index in `from..<to` of `buffer` holding `byte`, or nil.
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let start = max(from, 0)
        let end = min(to, buffer.count)
        guard start < end, let base = buffer.baseAddress,
            let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}
