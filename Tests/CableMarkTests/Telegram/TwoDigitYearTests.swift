import Testing

@testable import CableMark

/// A two-digit year is read in the century its kind of date can name: a cable's own dates from
/// 1950, its declassification date from 1970 ("66" is 1966 when sent, 2066 as a DECL date).
@Suite struct TwoDigitYearTests {
    @Test func readsEachKindInItsHundredYears() {
        #expect(TwoDigitYear.sent.fullYear(66, digits: 2) == 1966)
        #expect(TwoDigitYear.sent.fullYear(49, digits: 2) == 2049)
        #expect(TwoDigitYear.sent.fullYear(50, digits: 2) == 1950)
        #expect(TwoDigitYear.declassification.fullYear(66, digits: 2) == 2066)
        #expect(TwoDigitYear.declassification.fullYear(70, digits: 2) == 1970)
        #expect(TwoDigitYear.declassification.fullYear(17, digits: 2) == 2017)
        #expect(TwoDigitYear.sent.fullYear(1966, digits: 4) == 1966)
    }

    /// A cable sent in 1967 whose DECL line names 2067: the date-time group, the id of the file it
    /// is named after and the DECL line each read in their own century.
    static func cable(dateTimeGroup: String) -> String {
        """
        \(dateTimeGroup)
        FM AMEMBASSY OSLO
        TO SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L OSLO 000101

        E.O. 12958: DECL: 06/21/67
        TAGS: PREL PGOV NO
        SUBJECT: A SUBJECT

        1. (C) Text.
        """
    }

    @Test func aCableOf1967IsNotDatedInThe2060s() throws {
        let dated = try #require(parseTelegram(Self.cable(dateTimeGroup: "P 212107Z JUN 67")))
        #expect(dated.date?.day == CalendarDate(year: 1967, month: 6, day: 21))
        #expect(dated.executiveOrder?.declassification == .date(try #require(CalendarDate(year: 2067, month: 6, day: 21)), exemptions: []))
        // With no date-time group, the year of the id the file is named after.
        let undated = try #require(parseTelegram(Self.cable(dateTimeGroup: ""), path: "cables/67OSLO101.txt"))
        #expect(undated.date == CableDate(year: 1967))
    }

    @Test func aContainerRecordOf1966IsDated1966() {
        #expect(ContainerDate.parse(Array("10/12/66 13:46".utf8)) == CalendarDate(year: 1966, month: 10, day: 12))
        #expect(ContainerDate.parse(Array("10/12/03".utf8)) == CalendarDate(year: 2003, month: 10, day: 12))
    }
}
