import Foundation
import Testing

@testable import CableMark

@Suite struct LenientJSONObjectTests {
    /// On valid JSON the lenient reading finds each string where a JSON parser does: random
    /// values of quotes, backslashes and the bytes around a key, escaped by JSONSerialization,
    /// at every place of the eight-byte scan.
    @Test func validJSONStringsEndWhereJSONSays() throws {
        let pieces = ["a", "\"", "\\", "/", ",", ":", "}", "{", " ", "n", "é", "\\n", "\", \"x\" : ", "\"}"]
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<3_000 {
            func value() -> String {
                (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let values = ["_id": value(), "body": value(), "origin": value()]
            let line = try JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])
            let bytes = [UInt8](line)
            let object = try #require(LenientJSONObject(bytes, from: 0, to: bytes.count), "\(values)")
            for (key, expected) in values {
                let raw = try #require(object[key], "\(key) in \(values)")
                let decoded = try JSONSerialization.jsonObject(
                    with: Data([ContainerBytes.quote] + bytes[raw] + [ContainerBytes.quote]), options: [.fragmentsAllowed])
                #expect(decoded as? String == expected, "\(key) in \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }
}
