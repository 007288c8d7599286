/// Collects a cable's decoded text line by line and sees through the lines web pages add around a
/// telegram, turning those that state something about the cable into metadata:
///
/// - "Cable dated:2010-01-21T11:33:00" at a line start (often glued to the classification line,
///   sometimes after a database id "ID:247169 "): the prefix is removed, its date becomes
///   `metadata.date`.
/// - "Monday, 22 October 2007, 13:49" as the first line of the text: removed, a date likewise.
/// - Scoop's block "id: …", "date: 11/20/2007 13:37", "refid: …", "origin: …",
///   "classification: …", "destination: …", "header:": removed, its values become metadata.
/// - "----------------- header ends ----------------": removed.
/// - "=======================CABLE ENDS============================" and everything after it:
///   removed (page boilerplate).
///
/// Everything else is kept as it is: page titles, a header printed twice, "This record is a
/// partial extract ...". Metadata fields point at their exact input bytes.
struct CableTextBuilder: DecodedTextSink {
    private(set) var text = SourceText()
    private(set) var metadata = SourceMetadata()
    private let lineIndex: LineIndex
    /// The input the text comes from, to find where a metadata value ends in it.
    private let input: [UInt8]

    /// The line being collected while it may still be one of the lines above: its bytes and, per
    /// byte, the input offset (synthetic bytes are stored as `-(offset + 1)`).
    private var lineBytes: [UInt8] = []
    private var lineOrigins: [Int] = []
    /// How many spaces and tabs `lineBytes` starts with, kept as bytes arrive: found again for
    /// every byte, a line of a million blanks cost a million squared steps.
    private var lineBlanks = 0
    /// Once the current line's start shows it is ordinary text, its bytes go straight to `text`.
    private var passingThrough = false
    /// Scoop metadata lines held back until the block is complete.
    private var pendingBlock: [(bytes: [UInt8], origins: [Int], newline: Int?)] = []
    private var hasContent = false
    private var ended = false

    /// `expectedLength`: about how many bytes the text will have (the container bytes it is
    /// decoded from), reserved up front so the text does not grow by copying.
    init(lineIndex: LineIndex, input: [UInt8], expectedLength: Int) {
        self.lineIndex = lineIndex
        self.input = input
        text.reserveCapacity(expectedLength)
    }

    mutating func append(_ byte: UInt8, from origin: Int) {
        if byte == ContainerBytes.newline {
            endLine(newline: origin)
        } else if passingThrough {
            text.append(byte, from: origin)
        } else if !ended {
            collect(byte, origin)
        }
    }

    mutating func appendSynthetic(_ byte: UInt8, at origin: Int) {
        if byte == ContainerBytes.newline {
            endLine(newline: -(origin + 1))
        } else if passingThrough {
            text.appendSynthetic(byte, at: origin)
        } else if !ended {
            collect(byte, -(origin + 1))
        }
    }

    mutating func appendCopied(_ input: [UInt8], _ range: Range<Int>) {
        var index = range.lowerBound
        // A line starting with this run (nothing held back, the text begun) is judged on the
        // whole run, as `collect` would judge it byte by byte: what rules a line out stays ruled
        // out as it grows, so a run whose start rules out every line above passes straight
        // through (mostly its first byte does), and one that does not is held whole.
        if !passingThrough, !ended, lineBytes.isEmpty, pendingBlock.isEmpty, hasContent, index < range.upperBound {
            if Self.leadMayBeSpecial[Int(input[index])] {
                let blanks = Self.blankCount(input[range])
                if Self.mayBeSpecial(input[range], first: blanks, hasContent: true) {
                    // A loop, not append(contentsOf:): the generic append of a range allocated
                    // in the debug build the allocation ceilings are counted in.
                    for origin in range {
                        lineBytes.append(input[origin])
                        lineOrigins.append(origin)
                    }
                    lineBlanks = blanks
                    return
                }
            }
            passingThrough = true
        }
        // Byte by byte only until the line's start shows it is ordinary text.
        while index < range.upperBound, !passingThrough {
            guard !ended else { return }
            collect(input[index], index)
            index += 1
        }
        text.appendCopied(input, index..<range.upperBound)
    }

    private mutating func collect(_ byte: UInt8, _ origin: Int) {
        if lineBlanks == lineBytes.count, Self.isBlank(byte) { lineBlanks += 1 }
        lineBytes.append(byte)
        lineOrigins.append(origin)
        guard !Self.mayBeSpecial(lineBytes[...], first: lineBlanks, hasContent: hasContent) else { return }
        resolvePendingBlock(complete: false)
        emit(lineBytes, lineOrigins, from: 0, newline: nil)
        clearLine()
        passingThrough = true
    }

    /// The text and the metadata its page lines gave.
    mutating func finish() -> (text: SourceText, metadata: SourceMetadata) {
        if !lineBytes.isEmpty {
            processLine(newline: nil)
            clearLine()
        }
        resolvePendingBlock(complete: false)
        return (text, metadata)
    }

    private mutating func endLine(newline: Int) {
        if passingThrough {
            passingThrough = false
            if newline >= 0 {
                text.append(ContainerBytes.newline, from: newline)
            } else {
                text.appendSynthetic(ContainerBytes.newline, at: -newline - 1)
            }
            return
        }
        guard !ended else { return }
        processLine(newline: newline)
        clearLine()
    }

    private mutating func clearLine() {
        lineBytes.removeAll(keepingCapacity: true)
        lineOrigins.removeAll(keepingCapacity: true)
        lineBlanks = 0
    }

    /// Takes the held line, now whole: what a page line states, or the line itself as text.
    private mutating func processLine(newline: Int?) {
        guard !ended else { return }
        let (bytes, origins, first) = (lineBytes, lineOrigins, lineBlanks)
        if let key = Self.scoopKey(bytes) {
            pendingBlock.append((bytes, origins, newline))
            if key == "header" { resolvePendingBlock(complete: true) }
            return
        }
        resolvePendingBlock(complete: false)
        if Self.isDelimiterLine(bytes, from: first, rule: UInt8(ascii: "="), label: "cable ends") {
            ended = true
            return
        }
        if Self.isDelimiterLine(bytes, from: first, rule: UInt8(ascii: "-"), label: "header ends") {
            return
        }
        var start = 0
        let dated = Self.cableDatedStart(bytes, from: first)
        if ContainerBytes.matches(bytes, "cable dated:", at: dated) {
            start = takeCableDated(bytes, origins, from: dated + 12)
        } else if !hasContent, takeWeekdayDate(bytes, origins, from: first) {
            return
        }
        emit(bytes, origins, from: start, newline: newline)
    }

    private mutating func emit(_ bytes: [UInt8], _ origins: [Int], from start: Int, newline: Int?) {
        for index in start..<bytes.count {
            let origin = origins[index]
            if origin >= 0 {
                text.append(bytes[index], from: origin)
            } else {
                text.appendSynthetic(bytes[index], at: -origin - 1)
            }
            if !ContainerBytes.isWhitespace(bytes[index]) { hasContent = true }
        }
        guard let newline else { return }
        if newline >= 0 {
            text.append(ContainerBytes.newline, from: newline)
        } else {
            text.appendSynthetic(ContainerBytes.newline, at: -newline - 1)
        }
    }

    // MARK: - Scoop metadata block

    private static let scoopKeys: [(StaticString, String)] = [
        ("id:", "id"), ("date:", "date"), ("refid:", "refid"), ("origin:", "origin"),
        ("classification:", "classification"), ("destination:", "destination"), ("header:", "header"),
    ]

    /// The key a line starts with, at its very start and in lower case (a telegram's own "Date:"
    /// or "ORIGIN:" are not keys).
    private static func scoopKey(_ bytes: [UInt8]) -> String? {
        guard let lead = bytes.first, lead >= 0x61, lead <= 0x7A else { return nil }
        for (word, key) in scoopKeys where ContainerBytes.matchesExactly(bytes, word, at: 0) {
            return key
        }
        return nil
    }

    /// A held-back run of "key: value" lines is Scoop's metadata block when it is complete (ends
    /// with "header:") or has at least three lines including "refid:"; otherwise it is text.
    private mutating func resolvePendingBlock(complete: Bool) {
        guard !pendingBlock.isEmpty else { return }
        let block = pendingBlock
        pendingBlock.removeAll()
        let keys = block.map { Self.scoopKey($0.bytes) ?? "" }
        guard complete || (block.count >= 3 && keys.contains("refid")) else {
            for line in block { emit(line.bytes, line.origins, from: 0, newline: line.newline) }
            return
        }
        for (line, key) in zip(block, keys) {
            let valueStart = key.utf8.count + 1
            guard let field = field(line.bytes, line.origins, from: valueStart)
            else { continue }
            switch key {
            case "refid": metadata.referenceID = metadata.referenceID ?? field
            case "origin": metadata.origin = metadata.origin ?? field
            case "classification": metadata.classification = metadata.classification ?? field
            case "date": noteDate(field)
            default: break
            }
        }
    }

    // MARK: - Dates

    /// Where "Cable dated:" would start: at `index`, or after a database id "ID:247169 " there.
    private static func cableDatedStart(_ bytes: [UInt8], from index: Int) -> Int {
        guard ContainerBytes.matchesExactly(bytes, "ID:", at: index) else { return index }
        var position = index + 3
        while position < bytes.count, ContainerBytes.isDigit(bytes[position]) { position += 1 }
        while position < bytes.count, bytes[position] == ContainerBytes.space { position += 1 }
        return position
    }

    /// Reads "2010-01-21T11:33:00" after "Cable dated:"; returns where the rest of the line starts.
    private mutating func takeCableDated(_ bytes: [UInt8], _ origins: [Int], from index: Int) -> Int {
        var start = index
        while start < bytes.count, bytes[start] == ContainerBytes.space { start += 1 }
        let end = ContainerDate.isoDateTimeEnd(bytes, from: start)
        if end > start, let origin = origins[start..<end].first(where: { $0 >= 0 }) {
            let endOffset = ContainerBytes.endOfCharacter(input, at: Self.offset(origins[end - 1]))
            noteDate(
                TextField(
                    text: String(decoding: bytes[start..<end], as: UTF8.self),
                    range: lineIndex.range(ofOffsets: origin, endOffset)))
        }
        return end
    }

    /// "Monday, 22 October 2007, 13:49" alone on a line: the date a page shows for the cable.
    private mutating func takeWeekdayDate(_ bytes: [UInt8], _ origins: [Int], from index: Int) -> Bool {
        guard index < bytes.count, let end = ContainerDate.weekdayDateEnd(bytes, from: index),
            bytes[end...].allSatisfy(ContainerBytes.isWhitespace),
            let field = field(bytes, origins, from: index)
        else { return false }
        noteDate(field)
        return true
    }

    /// The first date a page line gives is the one kept.
    private mutating func noteDate(_ field: TextField) {
        guard metadata.dateField == nil else { return }
        metadata.setDate(field)
    }

    /// The value `bytes[start...]` of a line, trimmed, as a field with its input range.
    private func field(_ bytes: [UInt8], _ origins: [Int], from start: Int) -> TextField? {
        guard let field = ContainerBytes.field(bytes, from: start, to: bytes.count) else { return nil }
        let end = ContainerBytes.endOfCharacter(input, at: Self.offset(origins[field.span.upperBound - 1]))
        return TextField(
            text: field.text, range: lineIndex.range(ofOffsets: Self.offset(origins[field.span.lowerBound]), end))
    }

    // MARK: - Line shapes

    /// Whether a line starting with `lineBytes` could still turn out to be one of the lines this
    /// builder removes (`hasContent`: the text has begun); false as soon as its start rules them
    /// all out, and false for every longer start once false for one. `first`: how many blanks
    /// the line starts with.
    private static func mayBeSpecial(_ lineBytes: ArraySlice<UInt8>, first: Int, hasContent: Bool) -> Bool {
        guard first < lineBytes.count else { return true }
        let lead = lineBytes[lineBytes.startIndex + first]
        if lead == UInt8(ascii: "="), mayBeDelimiterLine(lineBytes, from: first, rule: lead, label: "cable ends") {
            return true
        }
        if lead == UInt8(ascii: "-"), mayBeDelimiterLine(lineBytes, from: first, rule: lead, label: "header ends") {
            return true
        }
        if first == 0, lead >= 0x61, lead <= 0x7A,
            scoopKeys.contains(where: { startsCompatibly(lineBytes, from: 0, with: $0.0) })
        {
            return true
        }
        if startsCompatibly(lineBytes, from: first, with: "cable dated:", ignoringCase: true)
            || startsCompatibly(lineBytes, from: first, with: "ID:")
        {
            return true
        }
        guard !hasContent else { return false }
        return ContainerDate.weekdays.contains {
            startsCompatibly(lineBytes, from: first, with: $0, ignoringCase: true)
        }
    }

    /// `mayBeSpecial` of each one-byte line once the text has begun, by byte.
    private static let leadMayBeSpecial: [Bool] = (0...UInt8.max).map {
        mayBeSpecial([$0], first: isBlank($0) ? 1 : 0, hasContent: true)
    }

    /// Whether the bytes `start` bytes into `bytes` and `word` agree on their common length.
    private static func startsCompatibly(
        _ bytes: ArraySlice<UInt8>, from start: Int, with word: StaticString, ignoringCase: Bool = false
    ) -> Bool {
        let count = min(bytes.count - start, word.utf8CodeUnitCount)
        let pointer = word.utf8Start
        let base = bytes.startIndex + start
        for offset in 0..<count {
            let byte = ignoringCase ? ContainerBytes.lowercased(bytes[base + offset]) : bytes[base + offset]
            if byte != pointer[offset] { return false }
        }
        return true
    }

    /// Whether a line whose start, `start` bytes into `bytes`, may still be `isDelimiterLine`'s.
    /// A rule and blanks longer than `delimiterLookahead` keep it held to its end: judged again
    /// for every byte, reading them all cost the square of the line's length.
    private static func mayBeDelimiterLine(
        _ bytes: ArraySlice<UInt8>, from start: Int, rule: UInt8, label: StaticString
    ) -> Bool {
        let ruleStart = bytes.startIndex + start
        let limit = min(bytes.endIndex, ruleStart + delimiterLookahead)
        var position = ruleStart
        while position < limit, bytes[position] == rule { position += 1 }
        guard position < limit else { return true }
        guard position - ruleStart >= 3 else { return false }
        while position < limit, bytes[position] == ContainerBytes.space { position += 1 }
        guard position < limit else { return true }
        return startsCompatibly(bytes, from: position - bytes.startIndex, with: label, ignoringCase: true)
    }

    /// How far into a line starting with "=" or "-" `mayBeDelimiterLine` looks: a typed line.
    private static let delimiterLookahead = 80

    /// How many spaces and tabs `bytes` starts with.
    private static func blankCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var position = bytes.startIndex
        while position < bytes.endIndex, isBlank(bytes[position]) { position += 1 }
        return position - bytes.startIndex
    }

    private static func offset(_ origin: Int) -> Int { origin >= 0 ? origin : -origin - 1 }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == ContainerBytes.space || byte == ContainerBytes.tab }

    /// "=====CABLE ENDS=====", "---- header ends ----": a rule of at least three `rule`
    /// characters, then `label`.
    private static func isDelimiterLine(_ bytes: [UInt8], from index: Int, rule: UInt8, label: StaticString) -> Bool {
        var position = index
        while position < bytes.count, bytes[position] == rule { position += 1 }
        guard position - index >= 3 else { return false }
        while position < bytes.count, bytes[position] == ContainerBytes.space { position += 1 }
        return ContainerBytes.matches(bytes, label, at: position)
    }
}
