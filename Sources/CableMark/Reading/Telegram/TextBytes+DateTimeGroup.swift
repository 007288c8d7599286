/// Dates as cables write them.
extension TextBytes {
    /// A date-time group line: "P 212107Z JUN 07", "O 231346Z OCT 00", "R 010101Z JAN 85".
    /// Returns the date it names.
    func dateTimeGroup(_ line: TextLine) -> CalendarDate? {
        var index = skipSpaces(line.start, line.end)
        // Precedence: one or two letters (Z, O, P, R, OO, PP).
        let precedenceStart = index
        while index < line.end, Self.isLetter(bytes[index]) { index += 1 }
        guard index > precedenceStart, index - precedenceStart <= 2, index < line.end, Self.isSpace(bytes[index]) else {
            return nil
        }
        index = skipSpaces(index, line.end)
        guard let group = number(at: index, line.end, maxDigits: 6), group.end - index == 6,
            group.end < line.end, Self.upper(bytes[group.end]) == UInt8(ascii: "Z")
        else { return nil }
        let day = group.value / 10000
        index = skipSpaces(group.end + 1, line.end)
        guard let month = monthNumber(at: index, line.end) else { return nil }
        index = skipSpaces(index + 3, line.end)
        guard let year = number(at: index, line.end, maxDigits: 4) else { return nil }
        return CalendarDate(year: TwoDigitYear.sent.fullYear(year.value, digits: year.end - index), month: month, day: day)
    }

    /// JAN…DEC at `index`, as 1…12.
    func monthNumber(at index: Int, _ end: Int) -> Int? {
        let months: [StaticString] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        for (offset, month) in months.enumerated() where matches(month, at: index, end) {
            return offset + 1
        }
        return nil
    }

    /// A date written M/D/Y (a two-digit year read as `years` says, or four digits) or Y/M/D or
    /// Y-M-D at `index`.
    func slashDate(at index: Int, _ end: Int, years: TwoDigitYear) -> (date: CalendarDate?, end: Int)? {
        guard let first = number(at: index, end, maxDigits: 4), first.end < end,
            bytes[first.end] == UInt8(ascii: "/") || bytes[first.end] == UInt8(ascii: "-"),
            let second = number(at: first.end + 1, end, maxDigits: 2), second.end < end,
            bytes[second.end] == bytes[first.end],
            let third = number(at: second.end + 1, end, maxDigits: 4)
        else { return nil }
        if first.end - index == 4 {
            return (CalendarDate(year: first.value, month: second.value, day: third.value), third.end)
        }
        let year = years.fullYear(third.value, digits: third.end - second.end - 1)
        return (CalendarDate(year: year, month: first.value, day: second.value), third.end)
    }
}
