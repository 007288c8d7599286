import Foundation
import Testing

@testable import CableMark

@Suite struct SaltedDigestTests {
    @Test func matchesRFC4231TestCase2() {
        let digest = SaltedDigest(salt: "Jefe").hexDigest(of: ArraySlice("what do ya want for nothing?".utf8))
        #expect(digest == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func anEmptySaltIsAnEmptyKeyNotThePreviousOne() {
        #expect(
            SaltedDigest(salt: "").hexDigest(of: [])
                == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }

    @Test func aFileReadInPiecesHasTheDigestOfItsBytes() throws {
        // Over one read buffer (1 MiB), so the file is fed in more than one update.
        let bytes = (0..<(3 << 19)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-digest-\(UUID())")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        let digest = SaltedDigest(salt: "pepper")
        #expect(digest.hexDigest(ofFileAt: file.path) == digest.hexDigest(of: bytes[...]))
        #expect(digest.hexDigest(ofFileAt: file.path) == (try hmacSHA256(key: "pepper", of: bytes)))
    }
}
