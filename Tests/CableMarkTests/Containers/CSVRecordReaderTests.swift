import Testing

@testable import CableMark

@Suite struct CSVRecordReaderTests {
    typealias Support = ContainerTestSupport

    /// A column-name line, a record with backslash escapes, one with a multi-line origin and CRLF.
    static let twoRecords = #"""
        "id","date","refid","origin","classification","references","header","content"
        "1","10/23/2000 13:46","00ROME1","Embassy Rome","CONFIDENTIAL","","R 231346Z OCT 00
        FM AMEMBASSY ROME
        ","C O N F I D E N T I A L ROME 000001 \#n
        SUBJECT: ITALY\'S \"NEW\" LINE
        1. (C) A \\ B.
        "

        """# + "\"2\",\"1/2/2001 9:00\",\"01ROME2\",\"Embassy\nRome\",\"UNCLASSIFIED\",\"00ROME1\",\"\","
        + "\"UNCLAS ROME 000002\r\n1. (U) Text.\r\n\"\r\n"

    @Test func eachRecordIsACableWithHeaderAndBodyUnescaped() throws {
        let items = Support.read(Self.twoRecords, as: .csvRecord)
        #expect(items.count == 2)
        let first = try Support.cable(items.first)
        #expect(
            Support.string(first.text) == """
                R 231346Z OCT 00
                FM AMEMBASSY ROME

                C O N F I D E N T I A L ROME 000001 \n
                SUBJECT: ITALY'S "NEW" LINE
                1. (C) A \\ B.

                """)
        #expect(first.recordNumber == 1)
        #expect(Support.position(of: "FM AMEMBASSY", in: first) == [3, 1])
        #expect(Support.position(of: "SUBJECT", in: first) == [6, 1])
        // An escaped character maps to itself, not to its backslash.
        #expect(Support.position(of: "\"NEW", in: first) == [6, 20])
        #expect(Support.position(of: "\\ B", in: first) == [7, 11])
        #expect([first.startOffset, first.endOffset] == [78, 268])
        #expect(first.lineIndex.position(ofOffset: first.endOffset) == SourcePosition(line: 8, column: 2, offset: 268))

        let second = try Support.cable(items.last)
        #expect(Support.string(second.text) == "UNCLAS ROME 000002\n1. (U) Text.\n")
        #expect(second.recordNumber == 2)
        #expect(Support.position(of: "UNCLAS", in: second) == [10, 36])
        #expect(Support.position(of: "1. (U)", in: second) == [11, 1])
        #expect([second.startOffset, second.endOffset] == [269, 378])
    }

    @Test func theColumnsGiveMetadataWithTheirPlaceInTheFile() throws {
        let items = Support.read(Self.twoRecords, as: .csvRecord)
        let first = try Support.cable(items.first).metadata
        #expect(first.referenceID?.text == "00ROME1")
        #expect(first.classification?.text == "CONFIDENTIAL")
        #expect(Support.span(first.classification) == [2, 50, 2, 62])
        #expect(first.date == CalendarDate(year: 2000, month: 10, day: 23))
        #expect(first.dateField?.text == "10/23/2000 13:46")
        #expect(Support.span(first.dateField) == [2, 6, 2, 22])
        let second = try Support.cable(items.last).metadata
        #expect(second.origin?.text == "Embassy Rome")
        #expect(Support.span(second.origin) == [9, 32, 10, 5])
        #expect(second.date == CalendarDate(year: 2001, month: 1, day: 2))
    }

    @Test func withoutAColumnLineTheDumpOrderIsAssumedAndBareFieldsAndDoubledQuotesWork() throws {
        let input = """
            93207,1/19/2007 16:27,07THEHAGUE105,"Embassy The
            Hague",CONFIDENTIAL,,"VZCZCXYZ0030
            ZNY CCCCC ZZH
            ","C O N F I D E N T I A L THE HAGUE 000105
            1. (C) ""Creative"" ways.
            "

            """
        let items = Support.read(input, as: .csvRecord)
        #expect(items.count == 1)
        let cable = try Support.cable(items.first)
        #expect(
            Support.string(cable.text)
                == "VZCZCXYZ0030\nZNY CCCCC ZZH\n\nC O N F I D E N T I A L THE HAGUE 000105\n1. (C) \"Creative\" ways.\n")
        #expect(cable.recordNumber == nil)
        #expect(cable.metadata.referenceID?.text == "07THEHAGUE105")
        #expect(cable.metadata.origin?.text == "Embassy The Hague")
        #expect(Support.span(cable.metadata.classification) == [2, 8, 2, 20])
        #expect(Support.position(of: "\"Creative", in: cable) == [5, 9])
    }

    static let columns = #""id","date","refid","origin","classification","destination","header","body""# + "\n"

    @Test func anUnterminatedQuoteMakesTheRecordUnreadable() {
        let input = Self.columns + #""1","1/1/2000 1:00","00X1","O","SECRET","","","S E C R E T X 000001"# + "\n1. (S) never closed\n"
        let items = Support.read(input, as: .csvRecord)
        #expect(items.count == 1)
        guard case .unreadable(let number, let range, let reason) = items.first else {
            Issue.record("expected unreadable, got \(items)")
            return
        }
        #expect(number == nil)
        #expect(reason == "CSV record 1: field 8 has no closing quote")
        #expect([range.start.line, range.start.column, range.end.line, range.end.column] == [2, 1, 4, 1])
    }

    @Test func aRecordWithTheWrongFieldCountIsUnreadableAndTheNextIsRead() throws {
        let input = Self.columns + "\"1\",\"x\"\n"
            + #""2","1/1/2000 1:00","00X2","O","SECRET","","","S E C R E T X 000002""# + "\n"
        let items = Support.read(input, as: .csvRecord)
        #expect(items.count == 2)
        guard case .unreadable(let number, let range, let reason) = items.first else {
            Issue.record("expected unreadable, got \(items)")
            return
        }
        #expect(number == 1)
        #expect(reason == "CSV record 1: 2 fields where the file has 8 columns")
        #expect([range.start.line, range.end.line, range.end.column] == [2, 2, 8])
        let second = try Support.cable(items.last)
        #expect(second.recordNumber == 2)
        #expect(Support.string(second.text) == "S E C R E T X 000002")
        #expect(Support.position(of: "X 000002", in: second) == [3, 60])
    }

    @Test func theScannerStreamsRecordsWithTheirLines() {
        var scanner = CSVRecordScanner(bytes: Array("a,\"b\nc\"\r\n\r\nd,e\n".utf8))
        let first = scanner.next()
        #expect(first?.fields.count == 2)
        #expect(first?.firstLine == 1)
        #expect(scanner.line == 3)
        let second = scanner.next()
        #expect(second?.firstLine == 4)
        #expect(second.map { [$0.start, $0.end] } == [11, 14])
        #expect(scanner.next() == nil)
    }

    /// The scanner passes over eight bytes at a time between quotes and escapes, and counts line
    /// breaks eight at a time: each escape, doubled quote and line break at every place of a word.
    @Test func theScannerFindsEscapesAndLineBreaksAtEveryPlaceOfAWord() {
        var failures: [String] = []
        for escape in [#"\""#, #"\\"#, #"\'"#, "\"\"", "\n", "\r\n"] {
            for before in 0..<17 {
                for after in 0..<9 {
                    let content = String(repeating: "a", count: before) + escape + String(repeating: "b", count: after)
                    let length = content.utf8.count
                    var scanner = CSVRecordScanner(bytes: Array(("\"" + content + "\",z\nnext,\"line\"\n").utf8))
                    let fields = scanner.next()?.fields.map { [$0.start, $0.end] }
                    let second = scanner.next()
                    let lineBreaks = escape.utf8.contains(0x0A) ? 1 : 0
                    if fields != [[1, 1 + length], [length + 3, length + 4]] || second?.firstLine != 2 + lineBreaks
                        || second?.fields.count != 2 || scanner.next() != nil
                    {
                        failures.append("\(escape.debugDescription) after \(before): \(fields ?? [])")
                    }
                }
            }
        }
        #expect(failures == [])
    }

    /// The decoder copies runs eight bytes at a time between escapes, quotes and line ends: at
    /// every place of a word, each is undone or passed on one byte at a time, and no copied run
    /// holds one (a sink sees every line start).
    @Test func theDecoderStopsAtEveryEscapeAndLineEndAtEveryPlaceOfAWord() {
        struct RecordingSink: DecodedTextSink {
            var bytes: [UInt8] = []
            var copiedStopBytes = 0
            mutating func append(_ byte: UInt8, from origin: Int) { bytes.append(byte) }
            mutating func appendSynthetic(_ byte: UInt8, at origin: Int) { bytes.append(byte) }
            mutating func appendCopied(_ input: [UInt8], _ range: Range<Int>) {
                copiedStopBytes += input[range].filter { [0x0A, 0x0D, 0x22, 0x5C].contains($0) }.count
                bytes += input[range]
            }
        }
        var failures: [String] = []
        for (escape, decoded) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\'"#, "'"), ("\"\"", "\""), ("\n", "\n"), ("\r\n", "\n")] {
            for before in 0..<17 {
                for after in 0..<9 {
                    let content = String(repeating: "a", count: before) + escape + String(repeating: "b", count: after)
                    let input = Array(content.utf8)
                    var sink = RecordingSink()
                    CSVRecordScanner.decode(
                        CSVRecordScanner.Field(start: 0, end: input.count, isQuoted: true), in: input, into: &sink)
                    let expected = String(repeating: "a", count: before) + decoded + String(repeating: "b", count: after)
                    if sink.bytes != Array(expected.utf8) || sink.copiedStopBytes != 0 {
                        failures.append("\(escape.debugDescription) after \(before)")
                    }
                }
            }
        }
        #expect(failures == [])
    }
}
