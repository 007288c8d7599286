@testable import CableMark

/// One defect of one rule as a drafter or a release makes it, written into a real cable's file in
/// that file's own bytes (its line breaks, its quoting): which cables it applies to, and the bytes
/// that put it in.
struct RuleInjection: Sendable {
    var rule: String
    /// Rules a finding of which the defect also brings, by design (see each injection's comment).
    var companions: Set<String> = []
    /// A rule off by default runs only when the injection enables it.
    var enables: Set<String> = []
    /// The run date; nil: the suite's, before every cable.
    var asOf: CalendarDate? = nil
    /// The injected file, nil when the cable has no place for this defect.
    var inject: @Sendable (Cable, [UInt8]) -> [UInt8]?
}

/// Byte surgery on a cable's file, and the facts of a cable that injections select on.
enum InjectionBytes {
    static func replacing(_ bytes: [UInt8], _ range: Range<Int>, with text: String) -> [UInt8] {
        var copy = bytes
        copy.replaceSubrange(range, with: Array(text.utf8))
        return copy
    }

    static func span(_ range: SourceRange) -> Range<Int> { range.start.offset..<range.end.offset }

    /// The first `needle` inside `range` of the file's bytes.
    static func find(_ needle: String, in bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let pattern = Array(needle.utf8)
        let end = min(range.upperBound, bytes.count)
        guard end - range.lowerBound >= pattern.count else { return nil }
        for start in range.lowerBound...(end - pattern.count)
        where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start..<(start + pattern.count)
        }
        return nil
    }

    static func find(_ needle: String, in bytes: [UInt8], _ range: SourceRange) -> Range<Int>? {
        find(needle, in: bytes, span(range))
    }

    static func has(_ bytes: [UInt8], _ text: String, at offset: Int) -> Bool {
        let pattern = Array(text.utf8)
        return offset >= 0 && offset + pattern.count <= bytes.count
            && bytes[offset..<(offset + pattern.count)].elementsEqual(pattern)
    }

    /// The line break the container writes right after `offset` (spaces before it skipped): a
    /// Cablegate page's entity (with the backslash early pages put before it), CRLF, LF, or the
    /// two spaces a collapsed record (JSON) puts between lines. Nil when the line does not end
    /// at `offset`.
    static func lineBreak(after offset: Int, in bytes: [UInt8]) -> (at: Int, text: String)? {
        var position = offset
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        for form in ["\\&#x000A;", "&#x000A;", "&#10;", "\r\n", "\n"] where has(bytes, form, at: position) {
            return (offset, form)
        }
        if position - offset >= 2 { return (offset, "  ") }
        return nil
    }

    /// `text` on a line of its own after the line that ends at `offset`.
    static func insertingLine(_ text: String, after offset: Int, in bytes: [UInt8]) -> [UInt8]? {
        guard let lineBreak = lineBreak(after: offset, in: bytes) else { return nil }
        return replacing(bytes, lineBreak.at..<lineBreak.at, with: lineBreak.text + text)
    }

    /// True when `range` is a line of its own: a line break (or the record's start) before it and
    /// after it, so that removing it leaves the lines around it as they were.
    static func isOwnLine(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard lineBreak(after: range.upperBound, in: bytes) != nil else { return false }
        var before = range.lowerBound
        while before > 0, bytes[before - 1] == 0x20 || bytes[before - 1] == 0x09 { before -= 1 }
        if before == 0 || bytes[before - 1] == 0x0A || bytes[before - 1] == UInt8(ascii: "\"") { return true }
        if has(bytes, "&#x000A;", at: before - 8) || has(bytes, "&#10;", at: before - 5) { return true }
        return range.lowerBound - before >= 2
    }

    /// The (first) cable read from a file's bytes.
    static func cable(_ bytes: [UInt8], path: String = "injected") -> Cable? {
        for case .cable(let cable) in CableReader.read(bytes: bytes, path: path) { return cable }
        return nil
    }

    static func isClassified(_ cable: Cable) -> Bool { cable.level?.isClassified ?? false }

    static func dated(_ cable: Cable, after year: Int) -> Bool { (cable.date?.earliest.year ?? 0) > year }

    static func numbered(_ cable: Cable) -> [Paragraph] { cable.paragraphs.filter { $0.number != nil } }

    /// Every numbered paragraph carries a mark (so that a rule that turns on SBU material finds
    /// no unmarked paragraph to add a finding of its own about).
    static func fullyMarked(_ cable: Cable) -> Bool {
        let numbered = numbered(cable)
        return !numbered.isEmpty && numbered.allSatisfy { $0.mark != nil && $0.leadIn == nil }
    }

    static func firstMarked(_ cable: Cable, _ raw: String) -> Paragraph? {
        cable.paragraphs.first { $0.number != nil && $0.mark?.raw == raw }
    }

    /// The first paragraph marked `raw` when another one keeps that mark, so that changing it
    /// leaves the cable's highest mark as it was.
    static func firstOfSeveral(_ cable: Cable, _ raw: String) -> Paragraph? {
        cable.paragraphs.filter { $0.number != nil && $0.mark?.raw == raw }.count >= 2 ? firstMarked(cable, raw) : nil
    }

    /// The bytes of a paragraph's mark, parentheses included.
    static func markBytes(_ paragraph: Paragraph, in bytes: [UInt8]) -> Range<Int>? {
        guard let mark = paragraph.mark else { return nil }
        return find("(\(mark.raw))", in: bytes, paragraph.markRange)
    }

    static func declDate(_ cable: Cable) -> TextField? {
        guard let line = cable.executiveOrder, case .date = line.declassification else { return nil }
        return line.instruction
    }

    /// The year at the end of a month-first DECL date ("06/21/2017"), four digits only.
    static func declYear(_ cable: Cable, _ bytes: [UInt8]) -> Range<Int>? {
        guard let decl = declDate(cable), decl.text.split(separator: "/").count == 3,
            decl.text.split(separator: "/").first.map({ $0.count <= 2 }) == true
        else { return nil }
        let end = decl.range.end.offset
        guard end - 4 >= decl.range.start.offset, (end - 4..<end).allSatisfy({ TextBytes.isDigit(bytes[$0]) }),
            bytes[end - 5] == UInt8(ascii: "/")
        else { return nil }
        return end - 4..<end
    }

    /// A level's words as classification lines write them, spaced and unspaced, longest first.
    static let levelForms: [(level: ClassificationLevel, form: String)] = [
        (.topSecret, "T O P S E C R E T"), (.topSecret, "TOP SECRET"),
        (.confidential, "C O N F I D E N T I A L"), (.confidential, "CONFIDENTIAL"),
        (.secret, "S E C R E T"), (.secret, "SECRET"),
        (.unclassified, "UNCLASSIFIED"), (.unclassified, "UNCLAS"),
    ]

    /// Where the level words of a classification line stand in the file, and how they are written.
    static func levelWords(_ banner: Banner, in bytes: [UInt8]) -> (range: Range<Int>, form: String)? {
        for (level, form) in levelForms where level == banner.level {
            if let range = find(form, in: bytes, banner.line.range) { return (range, form) }
        }
        return nil
    }

    /// `form` written for `level`, spaced when `form` is.
    static func form(of level: ClassificationLevel, like form: String) -> String {
        let spaced = form.contains("C O") || form.contains("S E") || form.contains("T O")
        switch level {
        case .unclassified: return "UNCLASSIFIED"
        case .confidential: return spaced ? "C O N F I D E N T I A L" : "CONFIDENTIAL"
        case .secret: return spaced ? "S E C R E T" : "SECRET"
        case .topSecret: return spaced ? "T O P S E C R E T" : "TOP SECRET"
        }
    }
}
