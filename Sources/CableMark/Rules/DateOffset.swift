/// A signed distance between calendar days, as rule parameters write it: "0", "+25y", "+6m", "-1d".
struct DateOffset: Sendable, Hashable, CustomStringConvertible {
    enum Unit: Sendable, Hashable {
        case years, months, days
    }

    var amount: Int
    var unit: Unit

    init?(_ text: String) {
        if text == "0" {
            amount = 0
            unit = .days
            return
        }
        guard text.count >= 3, let sign = text.first, sign == "+" || sign == "-",
            let magnitude = Int(text.dropFirst().dropLast())
        else { return nil }
        switch text.last {
        case "y": unit = .years
        case "m": unit = .months
        case "d": unit = .days
        default: return nil
        }
        amount = sign == "-" ? -magnitude : magnitude
    }

    var description: String {
        guard amount != 0 else { return "0" }
        let suffix = switch unit {
        case .years: "y"
        case .months: "m"
        case .days: "d"
        }
        return (amount > 0 ? "+" : "") + String(amount) + suffix
    }

    /// `date` moved by this offset; a day that does not exist in the target month becomes the
    /// month's last day (29 February + 1y = 28 February).
    func applied(to date: CalendarDate) -> CalendarDate {
        switch unit {
        case .years:
            return date.adding(years: amount)
        case .months:
            let total = date.year * 12 + (date.month - 1) + amount
            let year = total >= 0 ? total / 12 : (total - 11) / 12
            let month = total - year * 12 + 1
            let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
            return CalendarDate(year: year, month: month, day: day)!
        case .days:
            return CalendarDate(dayNumber: date.dayNumber + amount)
        }
    }
}

extension CalendarDate {
    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (a continuous count).
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let shiftedMonth = (month + 9) % 12  // March = 0
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    /// The day `dayNumber` counts to (inverse of `dayNumber`).
    init(dayNumber: Int) {
        let era = (dayNumber >= 0 ? dayNumber : dayNumber - 146_096) / 146_097
        let dayOfEra = dayNumber - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)!
    }
}
