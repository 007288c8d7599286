/// An HTML element name of up to 16 ASCII letters and digits, lower-cased and packed into two
/// words: compared and hashed without a String per tag.
struct HTMLTagName: Hashable, Sendable {
    static let maximumLength = 16
    private let low: UInt64
    private let high: UInt64
    let length: Int

    /// A hash that costs two instructions, for the scanner's small caches.
    var quickHash: Int { Int(truncatingIfNeeded: (low &* 0x9E37_79B9_7F4A_7C15) ^ high) }

    /// The name in `bytes` (letters and digits, any case); nil when longer than `maximumLength`.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard end - start <= Self.maximumLength else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in start..<end {
            let byte = UInt64(bytes[index] >= 0x41 && bytes[index] <= 0x5A ? bytes[index] | 0x20 : bytes[index])
            let position = index - start
            if position < 8 { low |= byte << (8 * position) } else { high |= byte << (8 * (position - 8)) }
        }
        self.low = low
        self.high = high
        length = end - start
    }

    init?(_ name: String) {
        let bytes = Array(name.utf8)
        guard bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) })
        else { return nil }
        guard let name = bytes.withUnsafeBufferPointer({ Self($0, from: 0, to: $0.count) }) else { return nil }
        self = name
    }

    /// The lower-cased name.
    var string: String {
        var bytes: [UInt8] = []
        for position in 0..<length {
            let word = position < 8 ? low : high
            bytes.append(UInt8(truncatingIfNeeded: word >> (8 * (position % 8))))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let html = Self("html")!
    static let head = Self("head")!
    static let body = Self("body")!
    static let script = Self("script")!
    static let style = Self("style")!
}
