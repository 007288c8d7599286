/// A database record a page holds besides the telegram: row number, date, cable id, origin,
/// classification, one value a line ("250363", "2010-02-24", "10KABUL677", "Embassy Kabul",
/// "CONFIDENTIAL"; blank lines between them in some extracts), or the same values as one
/// cables.csv row ("12055,11/12/2003 16:26,03THEHAGUE2835,\"Embassy The Hague\",SECRET//NOFORN,…").
/// Its date is the day the cable was sent; its classification is the source's, not a
/// classification line.
extension TelegramParser {
    /// The date of the record the text holds for cable `id` (any cable id when `id` is nil): a
    /// line holding only a date, the next line with text only that id; or a row opening
    /// "number,date,id,". A date anywhere else in the text is no record's.
    func recordDate(id: String?) -> CalendarDate? {
        let bytes = text.bytes
        for index in lines.indices {
            let line = lines[index]
            let start = text.skipSpaces(line.start, line.end)
            guard start < line.end, TextBytes.isDigit(bytes[start]) else { continue }
            if let row = rowRecord(start, line.end) {
                if id == nil || row.id == id { return row.date }
                continue
            }
            guard let date = recordDay(start, line.end),
                let idLine = lineWithText(from: index + 1, step: 1),
                let recordID = cableID(lines[idLine].start, lines[idLine].end), id == nil || recordID == id
            else { continue }
            return date
        }
        return nil
    }

    /// Whether line `index` is the classification of a record one value a line: the lines with
    /// text above it are the origin, the cable id and the date.
    func isRecordClassification(_ index: Int) -> Bool {
        guard let originLine = lineWithText(from: index - 1, step: -1),
            let idLine = lineWithText(from: originLine - 1, step: -1),
            cableID(lines[idLine].start, lines[idLine].end) != nil,
            let dateLine = lineWithText(from: idLine - 1, step: -1)
        else { return false }
        return recordDay(lines[dateLine].start, lines[dateLine].end) != nil
    }

    /// "12055,11/12/2003 16:26,03THEHAGUE2835,…" from `start`: the row's date and cable id.
    private func rowRecord(_ start: Int, _ end: Int) -> (date: CalendarDate, id: String)? {
        let comma = UInt8(ascii: ",")
        guard let rowNumber = text.number(at: start, end), rowNumber.end < end, text.bytes[rowNumber.end] == comma,
            let dateEnd = text.bytes[(rowNumber.end + 1)..<end].firstIndex(of: comma),
            let date = recordDay(rowNumber.end + 1, dateEnd),
            let idEnd = text.bytes[(dateEnd + 1)..<end].firstIndex(of: comma),
            let id = cableID(dateEnd + 1, idEnd)
        else { return nil }
        return (date, id)
    }

    /// The day `start..<end` holds and nothing else but a time after it: "2010-02-24",
    /// "11/12/2003 16:26", "2003-11-12 12:34:56".
    private func recordDay(_ start: Int, _ end: Int) -> CalendarDate? {
        let from = text.skipSpaces(start, end)
        guard let (date, dateEnd) = text.slashDate(at: from, end, years: .sent), let date else { return nil }
        var position = text.skipSpaces(dateEnd, end)
        guard position == end || position > dateEnd else { return nil }
        // A time: hours, then minutes and seconds after colons.
        var parts = 0
        while position < end, let part = text.number(at: position, end, maxDigits: 2) {
            parts += 1
            position = part.end
            guard position < end, text.bytes[position] == UInt8(ascii: ":"), parts < 3 else { break }
            position += 1
        }
        return text.skipSpaces(position, end) == end && parts != 1 ? date : nil
    }

    /// "10KABUL677" alone in `start..<end` (spaces aside), in the shape `TextBytes.cableIDParts` reads.
    private func cableID(_ start: Int, _ end: Int) -> String? {
        let from = text.skipSpaces(start, end)
        var to = end
        while to > from, TextBytes.isSpace(text.bytes[to - 1]) { to -= 1 }
        let id = text.bytes[from..<to]
        guard TextBytes.cableIDParts(id) != nil else { return nil }
        return String(decoding: id, as: UTF8.self)
    }

    /// The first line with text from `index` on, going by `step` (1 down, -1 up).
    private func lineWithText(from index: Int, step: Int) -> Int? {
        var position = index
        while lines.indices.contains(position) {
            if text.skipSpaces(lines[position].start, lines[position].end) < lines[position].end { return position }
            position += step
        }
        return nil
    }
}
