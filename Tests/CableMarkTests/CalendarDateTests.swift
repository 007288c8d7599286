import Testing

@testable import CableMark

@Suite struct CalendarDateTests {
    /// ISO 8601 with the year to four digits and month and day to two, zeros in front; a year
    /// past four digits, or before year 1, keeps its own digits and sign.
    @Test(arguments: [
        (2007, 6, 21, "2007-06-21"), (1, 1, 5, "0001-01-05"), (99, 12, 31, "0099-12-31"), (1975, 10, 1, "1975-10-01"),
        (12345, 1, 1, "12345-01-01"), (-5, 3, 1, "00-5-03-01"), (0, 2, 29, "0000-02-29"),
    ])
    func describesTheDayPadded(year: Int, month: Int, day: Int, text: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.description == text)
        #expect("\(date)" == text)
    }
}
