import Testing

@testable import CableMark

@Suite struct JSONRecordReaderTests {
    typealias Support = ContainerTestSupport

    static let valid = #"""
        { "_id" : "", "origin" : "Embassy Rome", "date_time" : "11/2/2004 5:32", "classification" : "CONFIDENTIAL", "body" : "C O N F I D E N T I A L ROME 000001  SIPDIS  E.O. 12958: DECL: 10/26/2014 TAGS: PREL, ITSUBJECT: ITALY\'S \"NEW\" LINE  REF: ROME 2  Classified By: Amb. X, reasons 1.4 (b) and (d).  1.  (C) Summary: One.  Two.  2. (U) Three \\ \u00b6 end." }
        """#
    /// Not valid JSON: quotes inside the body are not escaped; "header" and "reference_id" follow.
    static let broken = #"""
        { "_id" : "06X1|06X2", "origin" : "Embassy Cairo", "date_time" : "2006-04-10 14:02", "classification" : "SECRET//NOFORN", "body" : "S E C R E T CAIRO 000118  1. (S) He called it the "hopeless situation", "they said" and left.", "header" : "VZCZCXYZ0001PP RUEHWEB", "reference_id" : "06CAIRO118" }
        """#
    static let file = valid + "\n" + broken + "\n\n" + #"{ "_id" : "", "origin" : "X" }"# + "\nnot json\n"

    @Test func collapsedLineBreaksComeBackSoHeaderFieldsHaveTheirOwnLines() throws {
        let items = Support.read(Self.file, as: .jsonRecord)
        #expect(items.count == 4)
        let cable = try Support.cable(items.first)
        #expect(
            Support.string(cable.text) == #"""
                C O N F I D E N T I A L ROME 000001
                SIPDIS
                E.O. 12958: DECL: 10/26/2014
                TAGS: PREL, IT
                SUBJECT: ITALY'S "NEW" LINE
                REF: ROME 2
                Classified By: Amb. X, reasons 1.4 (b) and (d).
                1.  (C) Summary: One.
                Two.
                2. (U) Three \ ¶ end.
                """#)
        #expect(cable.recordNumber == 1)
        #expect(Support.position(of: "SIPDIS", in: cable) == [1, 156])
        #expect(Support.position(of: "TAGS", in: cable) == [1, 193])
        #expect(Support.position(of: "SUBJECT", in: cable) == [1, 207])
        #expect(Support.position(of: "\"NEW", in: cable) == [1, 226])
        #expect(Support.position(of: "1.  (C)", in: cable) == [1, 301])
        #expect(Support.position(of: "¶", in: cable) == [1, 346])
        // A restored line break stands for the place of the text that follows it.
        let lineBreak = try #require(Support.index(of: "\nTwo.", in: cable))
        #expect(cable.lineIndex.position(ofOffset: cable.text.offset(at: lineBreak)).column == 324)
        #expect(Support.position(of: "Two.", in: cable) == [1, 324])
    }

    @Test func theFieldsGiveMetadata() throws {
        let cable = try Support.cable(Support.read(Self.file, as: .jsonRecord).first)
        #expect(cable.metadata.classification?.text == "CONFIDENTIAL")
        #expect(Support.span(cable.metadata.classification) == [1, 94, 1, 106])
        #expect(cable.metadata.origin?.text == "Embassy Rome")
        #expect(cable.metadata.date == CalendarDate(year: 2004, month: 11, day: 2))
        // "_id" holds a reference, not the cable's id.
        #expect(cable.metadata.referenceID == nil)
    }

    @Test func aLineWithUnescapedQuotesIsRecoveredUpToTheBodysTrueEnd() throws {
        let items = Support.read(Self.file, as: .jsonRecord)
        let cable = try Support.cable(items[1])
        #expect(
            Support.string(cable.text)
                == #"S E C R E T CAIRO 000118"# + "\n" + #"1. (S) He called it the "hopeless situation", "they said" and left."#)
        #expect(cable.recordNumber == 2)
        #expect(Support.position(of: "\"hopeless", in: cable) == [2, 183])
        #expect(cable.metadata.referenceID?.text == "06CAIRO118")
        #expect(Support.span(cable.metadata.referenceID) == [2, 284, 2, 294])
        #expect(cable.metadata.classification?.text == "SECRET//NOFORN")
        #expect(cable.metadata.date == CalendarDate(year: 2006, month: 4, day: 10))
        #expect(Support.span(cable.metadata.dateField) == [2, 67, 2, 83])
        #expect([cable.startOffset, cable.endOffset] == [360, 656])
    }

    @Test func linesWithoutABodyOrNotJSONAreUnreadable() {
        let items = Support.read(Self.file, as: .jsonRecord)
        var reasons: [String] = []
        var ranges: [[Int]] = []
        for item in items.dropFirst(2) {
            guard case .unreadable(let number, let range, let reason) = item else {
                Issue.record("expected unreadable, got \(item)")
                continue
            }
            reasons.append("\(number ?? 0): \(reason)")
            ranges.append([range.start.line, range.start.column, range.end.line, range.end.column])
        }
        #expect(
            reasons == [
                "3: JSON record 3: no \"body\" field",
                "4: JSON record 4: the line is not a JSON object of strings",
            ])
        #expect(ranges == [[4, 1, 4, 31], [5, 1, 5, 9]])
    }

    @Test func aSingleLineFileHasNoRecordNumber() throws {
        let items = Support.read(Self.valid + "\n", as: .jsonRecord)
        #expect(items.count == 1)
        #expect(try Support.cable(items.first).recordNumber == nil)
    }
}
