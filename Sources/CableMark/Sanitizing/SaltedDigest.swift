import Foundation

/// HMAC-SHA-256 of an input keyed with a salt, so a manifest identifies its inputs without
/// letting anyone confirm a guess at an input's content from the digest alone (the salt is
/// random per run unless given; see Presidio's issue #1845). HMAC is the construction made for
/// keyed hashing: a plain hash of salt-then-input can be extended by anyone who holds the digest.
public struct SaltedDigest: Sendable {
    public let salt: String

    public init(salt: String) {
        self.salt = salt
    }

    /// A salt of 128 random bits, as 32 hexadecimal digits.
    public static func randomSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// Hexadecimal HMAC-SHA-256 of `bytes`, keyed with the salt's UTF-8 bytes.
    public func hexDigest(of bytes: ArraySlice<UInt8>) -> String {
        let hasher = makeHasher()
        bytes.withUnsafeBytes { hasher.update($0) }
        return Self.hex(hasher.finalize())
    }

    /// The same digest of a file's bytes as stored (a ".gz" file's compressed bytes), read a
    /// piece at a time; nil when the file cannot be read.
    public func hexDigest(ofFileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let hasher = makeHasher()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
        return Self.hex(hasher.finalize())
    }

    /// The same digest of bytes handed over a piece at a time, as a file is read: `update` with
    /// each piece, in order, then `hexDigest()` once.
    final class Running {
        private let hasher: HMACSHA256

        fileprivate init(_ hasher: consuming HMACSHA256) {
            self.hasher = hasher
        }

        func update(_ bytes: UnsafeRawBufferPointer) {
            hasher.update(bytes)
        }

        func hexDigest() -> String {
            SaltedDigest.hex(hasher.finalize())
        }
    }

    func running() -> Running {
        Running(makeHasher())
    }

    private func makeHasher() -> HMACSHA256 {
        guard let hasher = HMACSHA256(key: Array(salt.utf8)) else {
            fatalError("libcrypto provides no HMAC-SHA-256")
        }
        return hasher
    }

    /// `bytes` in lower-case hexadecimal, two digits a byte.
    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
