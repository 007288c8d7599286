extension TelegramParser {
    /// The cable's date: its date-time group, else the source's date, else the date of the
    /// record a web extract holds for it, else every day of the year its id names (the
    /// container's id, or a file named after the cable).
    func cableDate(_ cable: Cable) -> CableDate? {
        if let day = cable.routing.dateTimeGroup.flatMap(dateTimeGroupDate) ?? cable.metadata.date {
            return CableDate(day)
        }
        let id = cable.metadata.referenceID?.text ?? fileNameID()
        if let day = recordDate(id: id) { return CableDate(day) }
        return id.flatMap(referenceYear)
    }

    private func dateTimeGroupDate(_ field: TextField) -> CalendarDate? {
        let bytes = TextBytes(bytes: Array(field.text.utf8))
        return bytes.dateTimeGroup(TextLine(start: 0, end: bytes.bytes.count))
    }

    /// "07LIMA3673" → every day of 2007: only the year is known.
    private func referenceYear(_ id: String) -> CableDate? {
        guard id.utf8.count > 2, let year = Int(id.prefix(2)) else { return nil }
        return CableDate(year: TwoDigitYear.sent.fullYear(year, digits: 2))
    }

    /// The file's name as a cable id ("09RABAT1018.txt" → 09RABAT1018) when the cable's text
    /// names that message ("RABAT 001018" on the classification line or a page line) or holds
    /// the id itself (a record pasted into a page): a web extract keeps the id in its file name.
    /// A name that is no id, or the id of a message the text does not name, is no id.
    private func fileNameID() -> String? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = Array((fileName.split(separator: ".").first.map(String.init) ?? fileName).utf8)
        guard let parts = TextBytes.cableIDParts(stem[...]) else { return nil }
        let serial = Array(parts.serial.drop { $0 == UInt8(ascii: "0") })
        guard !serial.isEmpty, namesMessage(origin: Array(parts.origin), serial: serial) || holdsWord(stem) else { return nil }
        return String(decoding: stem, as: UTF8.self)
    }

    /// Whether the text holds `word` with no letter or digit on either side.
    private func holdsWord(_ word: [UInt8]) -> Bool {
        let bytes = text.bytes
        let isWordByte = { (byte: UInt8) in TextBytes.isLetter(byte) || TextBytes.isDigit(byte) }
        var index = 0
        while index + word.count <= bytes.count {
            if bytes[index] == word[0], index == 0 || !isWordByte(bytes[index - 1]),
                bytes[index..<(index + word.count)].elementsEqual(word),
                index + word.count == bytes.count || !isWordByte(bytes[index + word.count])
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether the text holds the origin's letters (spaces between words aside) from a word's
    /// start, then the serial number, leading zeros aside: "THE HAGUE 002835" for THEHAGUE and
    /// 2835, "RABAT 00001018 001.2 OF 002" for RABAT and 1018.
    private func namesMessage(origin: [UInt8], serial: [UInt8]) -> Bool {
        let bytes = text.bytes
        let space = UInt8(ascii: " ")
        func upper(_ byte: UInt8) -> UInt8 { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte }
        for index in bytes.indices where upper(bytes[index]) == origin[0] && (index == 0 || !TextBytes.isLetter(bytes[index - 1])) {
            var position = index
            var matched = 0
            while matched < origin.count, position < bytes.count {
                if upper(bytes[position]) == origin[matched] {
                    matched += 1
                } else if bytes[position] != space || matched == 0 {
                    break
                }
                position += 1
            }
            guard matched == origin.count, position < bytes.count, bytes[position] == space else { continue }
            while position < bytes.count, bytes[position] == space { position += 1 }
            while position < bytes.count, bytes[position] == UInt8(ascii: "0") { position += 1 }
            let end = position + serial.count
            if end <= bytes.count, bytes[position..<end].elementsEqual(serial), end == bytes.count || !TextBytes.isDigit(bytes[end]) {
                return true
            }
        }
        return false
    }
}
