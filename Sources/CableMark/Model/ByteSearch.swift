import Foundation

/// The searches and tests over every byte of a file that the readers' passes share, done a
/// vector of bytes a step: the search for one byte by glibc's memchr (a line of a cable in two or
/// three steps), where a scan of our own tests eight; the bytes' summary by a loop the compiler
/// vectorises.
enum ByteSearch {
    /// The bytes a reader tests as one block with a vectorised test before it reads them one by
    /// one: long enough for the vector steps to pay, short enough that a block holding one byte
    /// that needs care costs little.
    static let block = 64

    /// The lowest byte of `buffer[from..<to]` (0xFF when there is none) and the or of all of
    /// them: no byte is NUL when the lowest is above 0, every byte is ASCII when the or is below
    /// 0x80.
    static func summary(of buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (lowest: UInt8, union: UInt8) {
        var lowest: UInt8 = 0xFF
        var union: UInt8 = 0
        for index in max(from, 0)..<max(max(from, 0), min(to, buffer.count)) {
            let byte = buffer[index]
            lowest = min(lowest, byte)
            union |= byte
        }
        return (lowest, union)
    }

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

extension ByteSearch {
    /// The first place of any of up to four bytes in a stretch of a buffer that is read forward:
    /// each byte's next place is searched once (memchr) and kept until the reading passes it, so
    /// a byte that does not occur costs one search of the stretch, not a test at every step.
    struct Nearest {
        private let buffer: UnsafeBufferPointer<UInt8>
        private let end: Int
        private let targets: (UInt8, UInt8, UInt8, UInt8)
        /// Each target's next place at or after the last position asked about (`end` for none);
        /// -1 before the first search, `Int.max` for a target not given.
        private var next: (Int, Int, Int, Int)

        /// Looks for one to four bytes in `buffer[..<end]`.
        init(_ first: UInt8, _ second: UInt8? = nil, _ third: UInt8? = nil, _ fourth: UInt8? = nil,
            in buffer: UnsafeBufferPointer<UInt8>, before end: Int)
        {
            self.buffer = buffer
            self.end = min(end, buffer.count)
            targets = (first, second ?? first, third ?? first, fourth ?? first)
            next = (-1, second == nil ? .max : -1, third == nil ? .max : -1, fourth == nil ? .max : -1)
        }

        /// The first index at or after `position` holding a target, or the stretch's end (also
        /// for a position past it).
        mutating func first(from position: Int) -> Int {
            func nextPlace(_ known: Int, _ byte: UInt8) -> Int {
                known >= position ? known : ByteSearch.firstIndex(of: byte, in: buffer, from: position, to: end) ?? end
            }
            next.0 = nextPlace(next.0, targets.0)
            next.1 = nextPlace(next.1, targets.1)
            next.2 = nextPlace(next.2, targets.2)
            next.3 = nextPlace(next.3, targets.3)
            return min(min(next.0, next.1), min(next.2, next.3))
        }
    }
}
