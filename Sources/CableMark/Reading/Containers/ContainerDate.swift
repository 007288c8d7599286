/// Dates as containers write them: "10/23/2000 13:46" (cables.csv, JSON, Scoop), "2006-03-14
/// 20:08" (Cablegate), "2010-01-21T11:33:00" ("Cable dated:"), "Monday, 22 October 2007, 13:49".
enum ContainerDate {
    /// The calendar day at the start of `bytes`; a time after it is ignored.
    static func parse(_ bytes: [UInt8]) -> CalendarDate? {
        var index = 0
        if let weekdayEnd = weekdayEnd(bytes, from: 0) { index = weekdayEnd }
        guard let (first, afterFirst) = number(bytes, from: index) else { return nil }
        guard afterFirst < bytes.count else { return nil }
        switch bytes[afterFirst] {
        case UInt8(ascii: "/"):
            guard let (day, afterDay) = number(bytes, from: afterFirst + 1), afterDay < bytes.count,
                bytes[afterDay] == UInt8(ascii: "/"), let (year, afterYear) = number(bytes, from: afterDay + 1)
            else { return nil }
            return CalendarDate(year: TwoDigitYear.sent.fullYear(year, digits: afterYear - afterDay - 1), month: first, day: day)
        case UInt8(ascii: "-"):
            guard afterFirst - index == 4, let (month, afterMonth) = number(bytes, from: afterFirst + 1),
                afterMonth < bytes.count, bytes[afterMonth] == UInt8(ascii: "-"),
                let (day, _) = number(bytes, from: afterMonth + 1)
            else { return nil }
            return CalendarDate(year: first, month: month, day: day)
        case ContainerBytes.space:
            guard let (month, afterMonth) = monthName(bytes, from: afterFirst + 1), afterMonth < bytes.count,
                bytes[afterMonth] == ContainerBytes.space,
                let (year, afterYear) = number(bytes, from: afterMonth + 1), afterYear - afterMonth - 1 == 4
            else { return nil }
            return CalendarDate(year: year, month: month, day: first)
        default:
            return nil
        }
    }

    /// End of "2010-01-21", "2010-01-21T11:33" or "2010-01-21T11:33:00" at `index`; `index` when
    /// there is no such date.
    static func isoDateTimeEnd(_ bytes: [UInt8], from index: Int) -> Int {
        let date: [Character] = ["d", "d", "d", "d", "-", "d", "d", "-", "d", "d"]
        guard fits(bytes, at: index, shape: date) else { return index }
        var end = index + date.count
        if fits(bytes, at: end, shape: ["T", "d", "d", ":", "d", "d"]) {
            end += 6
            if fits(bytes, at: end, shape: [":", "d", "d"]) { end += 3 }
        }
        return end
    }

    /// End of "Monday, 22 October 2007" (and of a ", 13:49" after it) at `index`, or nil.
    static func weekdayDateEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        guard let afterWeekday = weekdayEnd(bytes, from: index),
            let (_, afterDay) = number(bytes, from: afterWeekday), afterDay - afterWeekday <= 2,
            afterDay < bytes.count, bytes[afterDay] == ContainerBytes.space,
            let (_, afterMonth) = monthName(bytes, from: afterDay + 1), afterMonth < bytes.count,
            bytes[afterMonth] == ContainerBytes.space,
            let (_, afterYear) = number(bytes, from: afterMonth + 1), afterYear - afterMonth - 1 == 4
        else { return nil }
        if fits(bytes, at: afterYear, shape: [",", " ", "d", "d", ":", "d", "d"]) { return afterYear + 7 }
        if fits(bytes, at: afterYear, shape: [",", " ", "d", ":", "d", "d"]) { return afterYear + 6 }
        return afterYear
    }

    static let weekdays: [StaticString] = [
        "monday, ", "tuesday, ", "wednesday, ", "thursday, ", "friday, ", "saturday, ", "sunday, ",
    ]

    private static let months: [StaticString] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// Index after "Monday, " at `index`, or nil.
    private static func weekdayEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        for name in weekdays where ContainerBytes.matches(bytes, name, at: index) {
            return index + name.utf8CodeUnitCount
        }
        return nil
    }

    private static func monthName(_ bytes: [UInt8], from index: Int) -> (Int, Int)? {
        for (offset, name) in months.enumerated() where ContainerBytes.matches(bytes, name, at: index) {
            let end = index + name.utf8CodeUnitCount
            guard end == bytes.count || !ContainerBytes.isLetter(bytes[end]) else { continue }
            return (offset + 1, end)
        }
        return nil
    }

    /// Up to four digits at `index`: their value and the index after them.
    private static func number(_ bytes: [UInt8], from index: Int) -> (Int, Int)? {
        var value = 0
        var position = index
        while position < bytes.count, position - index < 4, ContainerBytes.isDigit(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        return position > index ? (value, position) : nil
    }

    /// Whether `bytes` at `index` has `shape`: "d" for a digit, any other character literally.
    private static func fits(_ bytes: [UInt8], at index: Int, shape: [Character]) -> Bool {
        guard index + shape.count <= bytes.count else { return false }
        for (offset, character) in shape.enumerated() {
            let byte = bytes[index + offset]
            if character == "d" {
                guard ContainerBytes.isDigit(byte) else { return false }
            } else if byte != character.asciiValue {
                return false
            }
        }
        return true
    }
}
