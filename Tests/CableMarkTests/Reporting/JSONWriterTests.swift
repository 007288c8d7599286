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
