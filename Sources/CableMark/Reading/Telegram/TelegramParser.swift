/// Turns one cable's text (from any container) into a `Cable`: routing header, classification
/// line, captions, header fields and numbered paragraphs, each with its place in the input.
///
/// The parser sees through what releases added around the telegram: page boilerplate before it,
/// a header printed twice, page breaks that repeat the classification, pilcrows rendered as a
/// leading "1", and fields glued together when line breaks were lost.
struct TelegramParser {
    let source: CableText
    let path: String
    let text: TextBytes
    let lines: [TextLine]

    init(source: CableText, path: String) {
        self.source = source
        self.path = path
        text = TextBytes(readingCable: source.text.bytes)
        lines = text.lines()
    }

    private init(_ parser: TelegramParser, lines: [TextLine]) {
        source = parser.source
        path = parser.path
        text = parser.text
        self.lines = lines
    }

    func parse() -> ReadResult {
        var cable = Cable(
            format: source.format, path: path, recordNumber: source.recordNumber,
            range: source.lineIndex.range(ofOffsets: source.startOffset, source.endOffset))
        cable.metadata = source.metadata

        let (bannerLine, repeated) = findMainBanner()
        let bodyStart = bannerLine.map { $0.index } ?? 0
        let firstParagraph = firstParagraphLine(after: bodyStart)
        if let split = splittingInlineFirstParagraph(from: bodyStart + 1, to: firstParagraph ?? lines.count) {
            return split.parse()
        }
        if let bannerLine {
            cable.banner = banner(bannerLine.match, line: lines[bannerLine.index])
            for caption in bannerLine.match.captions {
                cable.captions.append(Caption(name: caption.name, range: range(caption.start, caption.end)))
            }
            cable.routing = routingHeader(before: bannerLine.index)
        } else {
            cable.routing = routingHeader(before: firstParagraph ?? lines.count)
        }

        var header = HeaderScan()
        let headerEnd = firstParagraph ?? lines.count
        scanHeader(from: bodyStart, to: repeated?.index ?? headerEnd, bannerEnd: bannerLine?.match.end, into: &header, cable: &cable)
        if let repeated {
            // The later copies of the header are read, not kept: their lines are no body.
            var copy = cable
            var rest = HeaderScan()
            scanHeader(from: repeated.index, to: headerEnd, bannerEnd: repeated.match.end, into: &rest, cable: &copy)
            header.lastLine = max(header.lastLine, rest.lastLine)
        }

        let paragraphStart = firstParagraph ?? header.bodyStartLine(after: bodyStart, limit: lines.count)
        if let paragraphStart {
            scanParagraphs(from: paragraphStart, numbered: firstParagraph != nil, into: &cable)
        }
        if cable.classifiedBy == nil, let first = cable.paragraphs.first {
            cable.classifiedBy = classifiedByInside(first)
        }
        cable.date = cableDate(cable)

        if cable.banner == nil, cable.executiveOrder == nil, cable.tagsLine == nil, cable.subject == nil,
            cable.paragraphs.allSatisfy({ $0.number == nil })
        {
            return .unrecognized(
                path: path, recordNumber: source.recordNumber, range: cable.range,
                reason: "no classification line, E.O. line, TAGS, SUBJECT or numbered paragraph found")
        }
        return .cable(cable)
    }

    // MARK: - Classification line

    /// The classification line of the cable: the first line that reads as one and carries the
    /// message reference. When the header is printed more than once before the first paragraph,
    /// the last copy that holds every kind of field any copy holds: a page's preview comes first
    /// and is cut, a page that repeats the cable may repeat only its first lines. `repeated` is
    /// the copy after the chosen one, whose fields are not the cable's.
    private func findMainBanner() -> (main: (index: Int, match: BannerMatch)?, repeated: (index: Int, match: BannerMatch)?) {
        var first: (index: Int, match: BannerMatch)?
        for (index, line) in lines.enumerated() {
            guard let match = text.bannerMatch(line), !match.reference.isEmpty else { continue }
            first = (index, match)
            break
        }
        if first == nil { first = looseBanner() }
        guard let found = first else { return (nil, nil) }
        let paragraph = firstParagraphLine(after: found.index) ?? lines.count
        var copies = [found]
        for index in (found.index + 1)..<max(found.index + 1, paragraph) {
            if let match = text.bannerMatch(lines[index]), match.reference == found.match.reference,
                match.levelWord == found.match.levelWord
            {
                copies.append((index, match))
            }
        }
        // One copy, the usual case: nothing to compare.
        guard copies.count > 1 else { return (found, nil) }
        let fields = copies.indices.map { number in
            fieldKinds(from: copies[number].index, to: number + 1 < copies.count ? copies[number + 1].index : paragraph)
        }
        let all = fields.reduce(Set<HeaderFieldKind>()) { $0.union($1) }
        // Failing a complete copy, the one holding the most kinds (the last on a tie).
        let chosen = fields.lastIndex(of: all)
            ?? fields.indices.reversed().max { fields[$0].count < fields[$1].count } ?? 0
        return (copies[chosen], chosen + 1 < copies.count ? copies[chosen + 1] : nil)
    }

    /// The kinds of header field labelled in `start..<end`.
    private func fieldKinds(from start: Int, to end: Int) -> Set<HeaderFieldKind> {
        var kinds: Set<HeaderFieldKind> = []
        for line in lines[start..<max(start, end)] {
            let lineStart = text.skipSpaces(line.start, line.end)
            if let marker = text.headerMarker(at: lineStart, line.end, atLineStart: true) { kinds.insert(marker.kind) }
            var position = lineStart + 1
            while let marker = text.nextHeaderMarker(from: position, line.end) {
                kinds.insert(marker.kind)
                position = marker.valueStart + 1
            }
        }
        return kinds
    }

    /// A classification line without a message reference, or with misspelled level words: a line
    /// just above the captions or the E.O. line. Real level words win over a misspelled shape.
    private func looseBanner() -> (index: Int, match: BannerMatch)? {
        guard let eoLine = lines.indices.first(where: { index in
            let line = lines[index]
            let start = text.skipSpaces(line.start, line.end)
            return text.headerMarker(at: start, line.end, atLineStart: true)?.kind == .executiveOrder
        }) else { return nil }
        // The twelve lines with text above it: addressee lines double-spaced in a web extract
        // ("STATE FOR …", blank, "USDOC FOR …", blank) push the classification line further up.
        let window = Array((0..<eoLine).reversed().lazy.filter { text.skipSpaces(lines[$0].start, lines[$0].end) < lines[$0].end }.prefix(12))
            .filter { !isRecordClassification($0) }
        if let index = window.first(where: { text.bannerMatch(lines[$0]) != nil }) {
            return (index, text.bannerMatch(lines[index])!)
        }
        for index in window {
            if let shaped = text.misspelledBanner(lines[index]) { return (index, shaped) }
        }
        return nil
    }

    private func banner(_ match: BannerMatch, line: TextLine) -> Banner {
        Banner(
            line: field(text.skipSpaces(line.start, line.end), match.end),
            marking: text.folded(match.markingStart, match.markingEnd),
            level: match.level, isMisspelled: match.isMisspelled, isEFTO: match.isEFTO, isLOU: match.isLOU, compoundWords: match.compoundWords,
            section: match.section, sectionCount: match.sectionCount)
    }

    // MARK: - Routing header

    private func routingHeader(before end: Int) -> RoutingHeader {
        var routing = RoutingHeader()
        for line in lines[0..<end] {
            let start = text.skipSpaces(line.start, line.end)
            if text.matchesWord("ZNR", at: start, line.end) || text.matchesWord("ZNY", at: start, line.end) {
                let group = text.skipSpaces(start + 3, line.end)
                guard group + 5 <= line.end else { continue }
                let letters = text.lettersOnly(group, group + 5)
                let level: ClassificationLevel?
                switch letters {
                case "UUUUU", "EEEEE": level = .unclassified
                case "CCCCC": level = .confidential
                case "SSSSS": level = .secret
                case "TTTTT": level = .topSecret
                default: level = nil
                }
                routing.securityWarning = field(start, line.end)
                routing.securityWarningLevel = level
                routing.securityWarningIsEFTO = letters == "EEEEE"
            } else if text.dateTimeGroup(line) != nil {
                routing.dateTimeGroup = field(start, line.end)
            }
        }
        return routing
    }

    // MARK: - Paragraphs

    /// The first line after `index` that starts paragraph 1 (or any marked paragraph), or a
    /// paragraph numbered past 1 ("18. OVERVIEW", keyed to a reference cable) that is marked or
    /// followed by the next number, and not by a marked paragraph 1 (then it lists contents).
    private func firstParagraphLine(after index: Int) -> Int? {
        guard index + 1 < lines.count else { return nil }
        for candidate in (index + 1)..<lines.count {
            if let start = text.paragraphStart(lines[candidate], expected: 1),
                start.number == 1 || start.mark != nil
            {
                return candidate
            }
            let line = lines[candidate]
            guard let written = text.number(at: text.skipSpaces(line.start, line.end), line.end, maxDigits: 3),
                written.value > 1, let start = text.paragraphStart(line, expected: written.value),
                start.number == written.value
            else { continue }
            if start.mark != nil { return candidate }
            let window = (candidate + 1)..<min(lines.count, candidate + Self.nextNumberWindow)
            // Unmarked numbers before a marked paragraph 1 list the cable's contents.
            if window.contains(where: { text.paragraphStart(lines[$0], expected: 1).map { $0.number == 1 && $0.mark != nil } == true }) {
                continue
            }
            if window.contains(where: { text.paragraphStart(lines[$0], expected: written.value + 1)?.number == written.value + 1 }) {
                return candidate
            }
        }
        return nil
    }

    /// A parser whose lines break before a paragraph 1 (marked, or unmarked inside a Classified
    /// By field) that a header field's line runs into when line breaks were lost ("REF: TRIPOLI 466  CLASSIFIED BY: … REASON: 1.4 (b), (d)
    /// 1. (C) Summary: …"): the field ends there and the paragraph is read as one. Nil when no
    /// header line in `start..<end` holds one.
    private func splittingInlineFirstParagraph(from start: Int, to end: Int) -> TelegramParser? {
        for index in start..<max(start, end) {
            let line = lines[index]
            let lineStart = text.skipSpaces(line.start, line.end)
            guard let marker = text.headerMarker(at: lineStart, line.end, atLineStart: true),
                let inside = text.paragraphStartInside(line, from: lineStart, expected: 1), inside.number == 1
            else { continue }
            // Unmarked text after a reason is still the paragraph: judged on its own, not hidden
            // in the field (fail closed).
            if let mark = inside.mark {
                guard !inside.markIsMisplaced, PortionMark(raw: mark.raw).isValid else { continue }
            } else if lastLabel(from: marker, before: inside.start, line.end).kind != .classifiedBy {
                continue
            }
            var split = lines
            split.replaceSubrange(
                index...index, with: [TextLine(start: line.start, end: inside.start), TextLine(start: inside.start, end: line.end)])
            return TelegramParser(self, lines: split)
        }
        return nil
    }

    /// The last field label on the line from `marker` that starts before `limit`.
    private func lastLabel(from marker: HeaderMarker, before limit: Int, _ end: Int) -> HeaderMarker {
        var last = marker
        while let next = text.nextHeaderMarker(from: last.valueStart, end), next.start < limit, next.start > last.start {
            last = next
        }
        return last
    }

    /// Lines within which a first paragraph numbered past 1 must be followed by the next number.
    static let nextNumberWindow = 80

    /// A numbered item of a quoted document while it is read: its start, pieces and last byte.
    private typealias OpenItem = (start: ParagraphStart, lastEnd: Int, pieces: [TextLine])

    private func scanParagraphs(from firstLine: Int, numbered: Bool, into cable: inout Cable) {
        var current: (start: ParagraphStart?, textStart: Int, lastEnd: Int, pieces: [TextLine], items: [OpenItem])?
        // The next item's number while the open paragraph quotes a document numbered again from 1.
        var nextItem: Int?
        // Numbering may start past 1 (see `firstParagraphLine`).
        let first = lines[firstLine]
        var expected = 1
        if numbered, text.paragraphStart(first, expected: 1) == nil,
            let written = text.number(at: text.skipSpaces(first.start, first.end), first.end, maxDigits: 3)
        {
            expected = written.value
        }
        // The text before the next line closes a sentence, or a blank line stands between.
        var atBoundary = true
        // What the scan adds to the cable, held apart and stored at the end: the functions below
        // do not capture the inout cable, which cost a copy of its fields per paragraph.
        var paragraphs = cable.paragraphs
        var sectionBanners = cable.sectionBanners
        var entireTextLevel = cable.entireTextLevel
        let mainBanner = cable.banner
        cable.paragraphs = []
        cable.sectionBanners = []
        defer {
            cable.paragraphs = paragraphs
            cable.sectionBanners = sectionBanners
            cable.entireTextLevel = entireTextLevel
        }

        func close() {
            guard let open = current else { return }
            // Read once: each `open.start?.…` copied the whole start (its strings retained).
            let start = open.start
            let numberStart = start?.start ?? open.textStart
            let mark = start?.mark
            let markRange = mark.map { range($0.start, $0.end) } ?? range(numberStart, numberStart)
            var paragraph = Paragraph(
                number: start?.number, mark: mark.map { PortionMark(raw: $0.raw) },
                markRange: markRange, range: range(numberStart, open.lastEnd), text: text.folded(open.pieces))
            if let start {
                paragraph.numberRange = range(start.digits.start, start.digits.end)
                if let leadIn = start.leadIn { paragraph.leadIn = text.folded(leadIn.start, leadIn.end) }
                if let second = start.secondMark { paragraph.addSecondMark(PortionMark(raw: second.raw)) }
            }
            paragraph.quotedItems = open.items.map { item in
                QuotedItem(
                    number: item.start.number, range: range(item.start.digits.start, item.lastEnd),
                    text: text.folded(item.pieces))
            }
            paragraphs.append(paragraph)
            current = nil
            nextItem = nil
        }

        /// Opens the paragraph `start` on `line`, then splits off every paragraph that starts
        /// later on the same line.
        func open(_ start: ParagraphStart, on line: TextLine) {
            close()
            expected = start.number + 1
            if paragraphs.isEmpty, entireTextLevel == nil {
                entireTextLevel = text.entireTextLevel(at: start.textStart, line.end)
            }
            current = (start, start.textStart, line.end, Self.newPieces(), [])
            append(TextLine(start: start.textStart, end: line.end))
        }

        /// Opens the quoted item `start` on `line` inside the open paragraph.
        func openItem(_ start: ParagraphStart, on line: TextLine) {
            current?.items.append((start, line.end, Self.newPieces()))
            nextItem = start.number + 1
            append(TextLine(start: start.textStart, end: line.end))
        }

        /// Adds `piece` to the open paragraph, ending it where another paragraph starts inside.
        func append(_ piece: TextLine) {
            if numbered, let inside = text.paragraphStartInside(piece, from: piece.start, expected: expected) {
                var before = TextLine(start: piece.start, end: inside.start)
                while before.end > before.start, TextBytes.isSpace(text.bytes[before.end - 1]) { before.end -= 1 }
                if !before.isEmpty { addPiece(before) }
                open(inside, on: TextLine(start: inside.start, end: piece.end))
                return
            }
            addPiece(piece)
        }

        func addPiece(_ piece: TextLine) {
            if current == nil { current = (nil, text.skipSpaces(piece.start, piece.end), piece.end, Self.newPieces(), []) }
            if let last = current?.items.indices.last {
                current?.items[last].pieces.append(piece)
                current?.items[last].lastEnd = piece.end
            } else {
                current?.pieces.append(piece)
                current?.lastEnd = piece.end
            }
        }

        for index in firstLine..<lines.count {
            let line = lines[index]
            if line.isEmpty {
                atBoundary = true
                continue
            }
            if numbered, let item = quotedItem(at: index, next: nextItem, in: current?.start, expected: expected) {
                openItem(item, on: line)
                atBoundary = text.endsSentence(before: line.end, from: line.start)
                continue
            }
            if numbered, let start = text.paragraphStart(line, expected: expected, afterBoundary: atBoundary) {
                open(start, on: line)
                atBoundary = text.endsSentence(before: line.end, from: line.start)
                continue
            }
            if let repeated = sectionBanner(line, main: mainBanner) {
                sectionBanners.append(repeated)
                atBoundary = true
                continue
            }
            if text.isPageMarker(line) {
                atBoundary = true
                continue
            }
            append(line)
            atBoundary = text.endsSentence(before: line.end, from: line.start)
        }
        close()
    }

    /// An empty list for a paragraph's pieces, with room for the lines most paragraphs have, so
    /// that it does not grow by copying line after line.
    private static func newPieces() -> [TextLine] {
        var pieces: [TextLine] = []
        pieces.reserveCapacity(8)
        return pieces
    }

    /// The item of a document quoted in the paragraph `parent` that starts line `index`: numbered
    /// `next` (1 for the first), unmarked, with `expected` the number of the paragraph after
    /// `parent`. Where the reading is not certain the item must be followed by the next one
    /// before the next paragraph: at the restart (so that a lone "1." stays text) and at the
    /// number the next paragraph would have (so that an unmarked paragraph after the list is one).
    private func quotedItem(at index: Int, next: Int?, in parent: ParagraphStart?, expected: Int) -> ParagraphStart? {
        guard let parent, parent.number >= 2, let item = text.quotedItemStart(lines[index], number: next ?? 1)
        else { return nil }
        guard next == nil || item.number == expected else { return item }
        for later in (index + 1)..<min(lines.count, index + Self.nextNumberWindow) {
            if text.quotedItemStart(lines[later], number: item.number + 1) != nil { return item }
            if text.paragraphStart(lines[later], expected: expected) != nil { return nil }
        }
        return nil
    }

    /// A repeat of the classification line at a section or page break: with SECTION n OF m, the
    /// same message reference, or the level alone on its line.
    private func sectionBanner(_ line: TextLine, main: Banner?) -> Banner? {
        guard let match = text.bannerMatch(line) else { return nil }
        let alone = text.skipSpaces(match.end, line.end) == line.end && match.reference.isEmpty
        let sameReference = !match.reference.isEmpty && main.map { $0.line.text.hasSuffix(match.reference) } == true
        guard match.section != nil || sameReference || alone else { return nil }
        return banner(match, line: line)
    }

    /// "1. (U) CLASSIFIED SECRET BY … REASON 1.5 (C)": a classifier named inside paragraph 1.
    private func classifiedByInside(_ paragraph: Paragraph) -> ClassifiedBy? {
        let bytes = TextBytes(bytes: Array(paragraph.text.utf8))
        let end = min(bytes.bytes.count, 200)
        guard let marker = bytes.nextHeaderMarker(from: 0, end), marker.kind == .classifiedBy else { return nil }
        var valueEnd = marker.valueStart
        // The statement ends at the first full stop after the reason's section number.
        let upper = bytes.bytes.count
        while valueEnd < upper, valueEnd < marker.valueStart + 160 {
            if bytes.bytes[valueEnd] == UInt8(ascii: "."), valueEnd + 1 < upper, bytes.bytes[valueEnd + 1] == 0x20,
                ClassifiedByParser.find(Array("1.".utf8), in: Array(bytes.bytes[marker.valueStart..<valueEnd])) != nil
            {
                break
            }
            valueEnd += 1
        }
        let value = bytes.folded(marker.valueStart, valueEnd)
        let parsed = ClassifiedByParser.parse(value: value)
        let line = TextField(text: bytes.folded(marker.start, valueEnd), range: paragraph.range)
        return ClassifiedBy(
            line: line, classifier: parsed.classifier,
            reason: parsed.reason.map { TextField(text: $0, range: paragraph.range) },
            reasonSection: parsed.section, reasonCategories: parsed.categories, isDerivative: parsed.isDerivative)
    }

    // MARK: - Ranges

    func range(_ start: Int, _ end: Int) -> SourceRange {
        let startOffset = source.text.offset(at: start)
        let endOffset = end > start ? source.text.offset(at: end - 1) + 1 : startOffset
        return source.lineIndex.range(ofOffsets: startOffset, endOffset)
    }

    func field(_ start: Int, _ end: Int) -> TextField {
        TextField(text: text.folded(start, end), range: range(start, end))
    }
}
