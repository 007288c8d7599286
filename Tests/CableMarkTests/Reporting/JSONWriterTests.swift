import Testing

@testable import CableMark

/// The JSON every report and manifest prints, against text written out by hand.
@Suite struct JSONWriterTests {
    @Test func nestedDocumentAsPrinted() {
        var writer = JSONWriter(level: 1)
        writer.beginObject()
        writer.key("name")
        writer.string("a \"quoted\"\\ line\nend\u{01}")
        writer.key("none")
        writer.int(nil as Int?)
        writer.key("empty")
        writer.beginArray()
        writer.endArray()
        writer.key("objects")
        writer.beginArray()
        writer.beginObject()
        writer.endObject()
        writer.beginObject()
        writer.key("ok")
        writer.bool(true)
        writer.endObject()
        writer.endArray()
        writer.key("values")
        writer.beginArray()
        writer.int(-3)
        writer.null()
        writer.endArray()
        writer.endObject()
        let expected = """
            {
                "name": "a \\"quoted\\"\\\\ line\\nend\\u0001",
                "none": null,
                "empty": [],
                "objects": [
                  {},
                  {
                    "ok": true
                  }
                ],
                "values": [
                  -3,
                  null
                ]
              }
            """
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    /// Integers are written digit by digit; `String(_:)` is the oracle, at the edges of every
    /// digit count and of Int's range.
    @Test func integersAsStringSpellsThem() {
        var values = [0, -1, 1, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 1...18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, 1 - power]
        }
        for value in values {
            var writer = JSONWriter()
            writer.int(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
    }

    /// Strings are copied eight bytes at a time between escapes: every escaped byte, and bytes
    /// that are not ASCII, at every place of an eight-byte window, against an escaper written
    /// here byte by byte from the rule.
    @Test func stringsEscapeEveryByteTheRuleNamesWhereverItStands() {
        func escaped(_ text: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0..<0x20, 0x7F:
                    let hex = Array("0123456789ABCDEF".utf8)
                    out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                default: out.append(byte)
                }
            }
            return out + [0x22]
        }
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", "é", "¶", "🇺🇸", " "]
        for special in specials {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 20 - offset)
                var writer = JSONWriter()
                writer.string(text)
                #expect(writer.bytes == escaped(text), "\(special) at \(offset)")
            }
        }
    }

    /// Past the indent a member's start is written with at once (32 levels), the indent is
    /// written in pieces.
    @Test func deepDocumentsIndentTwoSpacesALevel() {
        var writer = JSONWriter()
        var expected = ""
        for level in 0..<40 {
            writer.beginArray()
            expected += (level == 0 ? "" : "\n" + String(repeating: "  ", count: level)) + "["
        }
        writer.int(7)
        expected += "\n" + String(repeating: "  ", count: 40) + "7"
        for level in (0..<40).reversed() {
            writer.endArray()
            expected += "\n" + String(repeating: "  ", count: level) + "]"
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test func holesMarkWhereElementsGo() {
        let document = JSONValue.object([
            ("before", .int(1)), ("items", .hole(isEmpty: false)), ("after", .hole(isEmpty: true, name: "b")),
        ])
        let (segments, holes) = document.renderedAroundHoles()
        #expect(segments == ["{\n  \"before\": 1,\n  \"items\": [\n", "\n  ],\n  \"after\": []", "\n}"])
        #expect(holes.map(\.elementIndent) == [2, 2])
        #expect(holes.map(\.name) == ["", "b"])
    }
}
