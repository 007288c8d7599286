import Testing

@testable import CableMark

@Suite struct FormatDetectorTests {
    @Test(arguments: [
        ("VZCZCXYZ0001\nZNY CCCCC ZZH\nC O N F I D E N T I A L ROME 000001\nE.O. 12958: DECL: 1/1/2019\n", CableFormat.rawTelegram),
        ("\r\nINFO  LOG-00   AF-00\r\nR 251550Z AUG 09\r\nUNCLAS USEU BRUSSELS 001177\r\nTAGS: OTRA\r\n", .rawTelegram),
        ("Cablegate: A title\nC O N F I D E N T I A L LIMA 004377\nSIPDIS\nTAGS: PREL PE US\n", .webExtract),
        ("<code><pre>UNCLAS ROME 000001\nTAGS: <a href='/tag/X_0.html'>X</a>\n1. (U) Text.</pre></code>\n", .webExtract),
        ("VZCZCXYZ0001\nZNY CCCCC ZZH\nC O N F I D E N T I A L ROME 000001\nTAGS: [PREL](#)\n", .webExtract),
        // A misspelled classification line still counts as one.
        ("<code><pre>UNCLASSIFEID ROME 000001\n1. (U) Text.</pre></code>\n", .webExtract),
        ("<div><table class='cable'><tr><th>Reference ID</th></tr></table><code><pre>UNCLAS</pre></code></div>", .cablegateHTML),
        ("<code><pre>UNCLAS ROME 000001 &#x000A;&#x000A;TAGS: X</pre></code>", .cablegateHTML),
        ("\"id\",\"date\",\"refid\",\"origin\",\"classification\",\"references\",\"header\",\"content\"\n\"1\",\"x\"\n", .csvRecord),
        ("\"1316\",\"10/12/2000 7:18\",\"00BANDARSERIBEGAWAN695\",\"Embassy\",\"UNCLASSIFIED\",\"\",\"h\",\"b\"\n", .csvRecord),
        ("93207,1/19/2007 16:27,07THEHAGUE105,\"Embassy The Hague\",CONFIDENTIAL,,\"h\",\"b\"\n", .csvRecord),
        ("{ \"_id\" : \"\", \"origin\" : \"Embassy\", \"body\" : \"UNCLAS X 000001  TEXT\" }\n", .jsonRecord),
    ])
    func recognisesEachContainerByContent(input: String, format: CableFormat) {
        #expect(FormatDetector.detect(Array(input.utf8)) == format)
    }

    @Test(arguments: [
        "",
        "  \n\r\n\t",
        "Dear colleague,\nthe secret plans are attached.\nRegards\n",
        "UNCLASSIFIED\n",
        "<html><head><title>Page</title></head><body><p>Hello</p><pre>code</pre></body></html>",
        "{ \"name\" : \"x\", \"value\" : \"y\" }\n",
        "1,2,3\n4,5,6\n",
        "a,b,c\n\"1\",\"2\",\"3\"\n",
    ])
    func textWithoutCableMarkersIsNoCable(input: String) {
        #expect(FormatDetector.detect(Array(input.utf8)) == nil)
    }

    @Test func binaryDataIsNoCable() {
        // A NUL byte among text, as in a PDF stream or UTF-16.
        let withNul = Array("UNCLAS ROME 000001\nTAGS: X\n".utf8) + [0] + Array("SUBJECT: Y\n".utf8)
        #expect(FormatDetector.detect(withNul) == nil)
        // Mostly bytes that are not UTF-8 (continuation bytes with no lead), with no NUL at all.
        let noise = (0..<4096).map { UInt8(0x80 + $0 % 0x40) }
        #expect(FormatDetector.detect(Array("UNCLAS ROME 000001\nTAGS: X\n".utf8) + noise) == nil)
    }

    /// Control bytes other than white space count wherever they stand, beside line breaks too;
    /// white space control bytes (tab, form feed, CR) never do.
    @Test func controlBytesCountAtEveryPlaceOfAWord() {
        let telegram = Array("UNCLAS ROME 000001\nTAGS: X\n1. (U) Text of the cable.\n".utf8)
        let text = Array((0..<40).map { _ in telegram }.joined())
        for place in 0..<16 {
            for (control, binary) in [(UInt8(0x01), true), (0x1F, true), (0x7F, true), (0x0C, false), (0x09, false)] {
                var bytes = text
                for index in stride(from: place, to: bytes.count, by: 16) where bytes[index] != 0x0A { bytes[index] = control }
                let format = FormatDetector.detect(bytes)
                #expect((format == nil) == binary, "control \(control) from \(place): \(String(describing: format))")
            }
        }
    }

    @Test func aLonePilcrowByteDoesNotMakeATelegramBinary() {
        let input = Array("VZCZCXYZ0001\r\nUNCLAS ROME 000001\r\n".utf8) + [0xB6] + Array("1. (U) Text.\r\n".utf8)
        #expect(FormatDetector.detect(input) == .rawTelegram)
    }

    @Test func aCSVFileWithOnlyItsColumnLineYieldsOneUnreadableItem() {
        let input = Array("\"id\",\"date\",\"refid\",\"origin\",\"classification\",\"destination\",\"header\",\"body\"\n".utf8)
        #expect(FormatDetector.detect(input) == .csvRecord)
        let items = ContainerReaders.read(input, format: .csvRecord)
        guard items.count == 1, case .unreadable(nil, _, let reason) = items[0] else {
            Issue.record("expected one unreadable item, got \(items)")
            return
        }
        #expect(reason == "the file holds no cable record")
    }
}
