import CCrypto

/// HMAC-SHA-256 (RFC 2104) through the system's libcrypto, fed a piece at a time.
struct HMACSHA256: ~Copyable {
    private let context: OpaquePointer

    /// Nil only when libcrypto cannot provide HMAC or SHA-256 (a broken installation).
    init?(key: [UInt8]) {
        guard let context = key.withUnsafeBufferPointer({ cablemark_hmac_sha256_new($0.baseAddress, $0.count) })
        else { return nil }
        self.context = context
    }

    deinit {
        EVP_MAC_CTX_free(context)
    }

    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        EVP_MAC_update(context, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    /// The 32-byte tag; call once, after the last update.
    func finalize() -> [UInt8] {
        var tag = [UInt8](repeating: 0, count: 32)
        var length = 0
        tag.withUnsafeMutableBufferPointer { _ = EVP_MAC_final(context, $0.baseAddress, &length, $0.count) }
        return Array(tag.prefix(length))
    }
}
