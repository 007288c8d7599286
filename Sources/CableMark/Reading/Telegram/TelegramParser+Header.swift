/// What the header scan leaves for the body: where its last field ended.
struct HeaderScan {
    /// Index of the last line a header field, caption or the classification line took.
    var lastLine = -1
}

extension HeaderScan {
    /// For a cable without numbered paragraphs: its one paragraph starts on the first line after
    /// the header fields.
    func bodyStartLine(after index: Int, limit: Int) -> Int? {
        let start = max(index, lastLine) + 1
        return start < limit ? start : nil
    }
}

extension TelegramParser {
    /// Reads captions and labelled fields between the classification line and the first
    /// paragraph. Fields may share a line when line breaks were lost ("SIPDISE.O. 12958: DECL:
    /// 01/22/2020TAGS: PGOV"), and wrapping fields (SUBJECT, REF, Classified By) run on until a
    /// blank line or the next label.
    func scanHeader(from first: Int, to end: Int, bannerEnd: Int?, into scan: inout HeaderScan, cable: inout Cable) {
        if bannerEnd != nil { scan.lastLine = first }
        var lineIndex = first
        // Where scanning resumes inside a line: after the banner, or at a label a wrapped field
        // ran into.
        var resumeAt = bannerEnd
        while lineIndex < end {
            let line = lines[lineIndex]
            let resuming = resumeAt != nil
            var position = text.skipSpaces(resumeAt ?? line.start, line.end)
            resumeAt = nil
            var atSegmentStart = true
            var atLineStart = !resuming
            var nextLine = lineIndex + 1
            scanning: while position < line.end {
                if atSegmentStart, text.matchesWord("REL", at: position, line.end),
                    text.matchesWord("TO", at: text.skipSpaces(position + 3, line.end), line.end)
                {
                    // "REL TO USA, GBR": the caption runs to the end of its line.
                    cable.captions.append(Caption(name: text.folded(position, line.end), range: range(position, line.end)))
                    scan.lastLine = max(scan.lastLine, lineIndex)
                    break scanning
                }
                if atSegmentStart, let caption = text.caption(at: position, line.end) {
                    cable.captions.append(Caption(name: caption.name, range: range(position, caption.end)))
                    scan.lastLine = max(scan.lastLine, lineIndex)
                    position = skipSeparators(caption.end, line.end)
                    atLineStart = false
                    continue
                }
                if atSegmentStart, var marker = text.headerMarker(at: position, line.end, atLineStart: atLineStart) {
                    // A stuttered label ("Classified By: Classified by A/DCM …") is one label.
                    if let again = text.headerMarker(at: marker.valueStart, line.end, atLineStart: false),
                        again.kind == marker.kind
                    {
                        marker.valueStart = again.valueStart
                    }
                    var valueEnd: Int
                    if let next = nextLabel(after: marker, from: marker.valueStart, line.end), next.start > marker.start {
                        valueEnd = trimmedEnd(next.start)
                        position = next.start
                    } else {
                        valueEnd = line.end
                        position = line.end
                        if marker.kind.wraps {
                            let wrapped = wrappedEnd(of: marker, after: lineIndex, limit: end)
                            if wrapped.lastLine > lineIndex {
                                valueEnd = wrapped.end
                                nextLine = wrapped.lastLine + 1
                                if let label = wrapped.label {
                                    // The next field starts on the field's last line.
                                    nextLine = wrapped.lastLine
                                    resumeAt = label
                                }
                            }
                        }
                    }
                    record(marker, valueEnd: valueEnd, into: &cable)
                    scan.lastLine = max(scan.lastLine, nextLine - 1)
                    atLineStart = false
                    continue
                }
                // Free text (an addressee line, say): a label may still follow later on the line.
                guard let next = text.nextHeaderMarker(from: position + 1, line.end) else { break scanning }
                position = next.start
                atSegmentStart = true
                atLineStart = false
            }
            lineIndex = nextLine
        }
    }

    /// Skips spaces and commas between captions ("NOFORN, SIPDIS").
    private func skipSeparators(_ index: Int, _ end: Int) -> Int {
        var position = index
        while position < end, TextBytes.isSpace(text.bytes[position]) || text.bytes[position] == UInt8(ascii: ",") {
            position += 1
        }
        return position
    }

    private func trimmedEnd(_ index: Int) -> Int {
        var end = index
        while end > 0, TextBytes.isSpace(text.bytes[end - 1]) { end -= 1 }
        return end
    }

    /// Where a wrapping field ends: the last line before a blank line, a label, a caption line,
    /// a paragraph start, a repeat note or `limit`, or a label inside a line ("C. 2008 STATE
    /// 115523  Classified By: …", when line breaks were lost): then `label` is where that label
    /// starts. In a double-spaced text (a blank line after every line, as some web extracts have
    /// it) one blank line does not end the field, unless the field itself wrapped without one.
    private func wrappedEnd(of marker: HeaderMarker, after lineIndex: Int, limit: Int) -> (lastLine: Int, end: Int, label: Int?) {
        var last = lineIndex
        var index = lineIndex + 1
        var doubleSpaced = isDoubleSpaced(around: lineIndex, limit: limit)
        while index < limit {
            var line = lines[index]
            if isPageBreak(line) {
                // A page break inside the field ("CONFIDENTIAL", "PAGE 02 VATICA 02748 181319Z"):
                // the field goes on after it and the blank lines around it.
                index += 1
                while index < limit, lines[index].isEmpty { index += 1 }
                continue
            }
            if line.isEmpty, doubleSpaced, index + 1 < limit, !lines[index + 1].isEmpty {
                index += 1
                if isPageBreak(lines[index]) { continue }
                line = lines[index]
            } else if !line.isEmpty {
                // A wrap with no blank line between: this field is not double-spaced.
                doubleSpaced = false
            }
            let start = text.skipSpaces(line.start, line.end)
            if line.isEmpty || start == line.end {
                if marker.kind == .subject, let continuation = subjectContinuation(after: last, blank: index, limit: limit) {
                    last = continuation
                }
                break
            }
            if text.headerMarker(at: start, line.end, atLineStart: true) != nil { break }
            if text.caption(at: start, line.end) != nil { break }
            if text.paragraphStart(line, expected: 1) != nil { break }
            if startsRepeatNote(start, line.end) { break }
            if marker.kind == .tags, !continuesTags(start, line.end) { break }
            if marker.kind == .executiveOrder, !continuesExecutiveOrder(line: index, start: start, after: lineIndex) { break }
            if let label = nextLabel(after: marker, from: start + 1, line.end) {
                return (index, trimmedEnd(label.start), label.start)
            }
            last = index
            index += 1
        }
        return (last, lines[last].end, nil)
    }

    /// The line after a blank one that still belongs to a subject, as a reviewer reads it when
    /// the release broke the subject with a blank line ("…REPATRIATION OF CATEGORY ONE", blank,
    /// "REFUGEES"): the subject's line is full (the next line's first word would not have fit on
    /// it), and the next line is a short fragment standing alone before a blank line, in the
    /// subject's case, and no label, caption, paragraph, page break or repeat note.
    private func subjectContinuation(after last: Int, blank: Int, limit: Int) -> Int? {
        let next = blank + 1
        guard next < limit else { return nil }
        let line = lines[next]
        let start = text.skipSpaces(line.start, line.end)
        guard start < line.end, next + 1 == limit || lines[next + 1].isEmpty,
            text.headerMarker(at: start, line.end, atLineStart: true) == nil, text.caption(at: start, line.end) == nil,
            text.paragraphStart(line, expected: 1) == nil, !startsRepeatNote(start, line.end), !isPageBreak(line),
            let width = lineWidth(), line.end - start <= width / 2
        else { return nil }
        let subjectLine = lines[last]
        let isLower = { (byte: UInt8) in byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        if !text.bytes[subjectLine.start..<subjectLine.end].contains(where: isLower),
            text.bytes[start..<line.end].contains(where: isLower)
        {
            return nil
        }
        let firstWord = text.bytes[start..<line.end].prefix { !TextBytes.isSpace($0) }.count
        guard subjectLine.end - subjectLine.start + 1 + firstWord > width else { return nil }
        return next
    }

    /// The width the cable's lines wrap at: the length the longest tenth of its lines reach
    /// (a few overlong lines, a glued header or a table, do not set it); nil for a text of
    /// fewer than ten lines, whose width cannot be told.
    private func lineWidth() -> Int? {
        let lengths = lines.filter { !$0.isEmpty }.map { $0.end - $0.start }.sorted(by: >)
        guard lengths.count >= 10 else { return nil }
        return lengths[lengths.count / 10]
    }

    /// The next label after `marker`'s value starts; an order named inside a classifier's
    /// reason ("REASON E.O. 12958 1.5 (B,D)") is part of the reason, not a new field, unless a
    /// declassification instruction follows it ("… 1.4 (d) E.O. 12958: DECL: 01/04/2016").
    private func nextLabel(after marker: HeaderMarker, from index: Int, _ end: Int) -> HeaderMarker? {
        var position = index
        var found: HeaderMarker?
        while let next = text.nextHeaderMarker(from: position, end) {
            guard marker.kind == .classifiedBy || marker.kind == .derivedFrom, next.kind == .executiveOrder,
                !startsDeclassification(next, end)
            else {
                found = next
                break
            }
            position = next.valueStart
        }
        if marker.kind == .executiveOrder, let tags = gluedTags(from: index, before: found?.start ?? end, end) { return tags }
        return found
    }

    /// "TAGS:" glued to the word before it when a line break was lost ("DECL: OADRTAGS: PGOV",
    /// "N/ATAGS:"): no instruction holds that label, so on an E.O. line it starts the next field
    /// whatever letter comes before it.
    private func gluedTags(from index: Int, before limit: Int, _ end: Int) -> HeaderMarker? {
        var position = index
        while position < limit {
            if position > index, TextBytes.isLetter(text.bytes[position - 1]), text.matches("TAGS:", at: position, end),
                let marker = text.headerMarker(at: position, end, atLineStart: false)
            {
                return marker
            }
            position += 1
        }
        return nil
    }

    /// True when the order's number is followed by DECL or N/A ("12958: DECL:", "12958 N/A").
    private func startsDeclassification(_ order: HeaderMarker, _ end: Int) -> Bool {
        var position = order.valueStart
        if let number = text.number(at: position, end) { position = number.end }
        while position < end, TextBytes.isSpace(text.bytes[position]) || text.bytes[position] == UInt8(ascii: ":") {
            position += 1
        }
        return text.matches("DECL", at: position, end) || text.matches("N/A", at: position, end)
    }

    /// The field at `start..<end`, its text without the lines of a page break it runs across
    /// (see `wrappedEnd`).
    private func fieldWithoutPageBreaks(_ start: Int, _ end: Int) -> TextField {
        guard text.bytes[start..<end].contains(0x0A) else { return field(start, end) }
        // The first line that ends after `start`.
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].end < start { low = middle + 1 } else { high = middle }
        }
        // The field's part of every line, folded into one text as a paragraph's lines are.
        var pieces: [TextLine] = []
        for line in lines[low...] {
            guard line.start < end else { break }
            if isPageBreak(line) { continue }
            pieces.append(TextLine(start: max(start, line.start), end: min(end, line.end)))
        }
        return TextField(text: text.folded(pieces), range: range(start, end))
    }

    /// A line a page break puts into the text: a page marker, or the classification alone.
    private func isPageBreak(_ line: TextLine) -> Bool {
        if text.isPageMarker(line) { return true }
        guard let match = text.bannerMatch(line) else { return false }
        return match.reference.isEmpty && match.section == nil && text.skipSpaces(match.end, line.end) == line.end
    }

    /// The note a repeated cable opens with ("THE FOLLOWING IS A REPEAT OF NEW DELHI 6920 …",
    /// then "QUOTE" on its own line): no part of a field it follows when line breaks were lost.
    private func startsRepeatNote(_ start: Int, _ end: Int) -> Bool {
        text.matches("THE FOLLOWING IS A REPEAT", at: start, end)
            || (text.matchesWord("QUOTE", at: start, end) && text.skipSpaces(start + 5, end) == end)
    }

    /// True when the lines before `lineIndex` alternate text and blank lines.
    private func isDoubleSpaced(around lineIndex: Int, limit: Int) -> Bool {
        let window = lines[max(0, lineIndex - 8)..<lineIndex]
        let pairs = zip(window, window.dropFirst())
        let alternating = pairs.filter { $0.isEmpty != $1.isEmpty }.count
        return window.count >= 6 && alternating >= window.count - 2
    }

    private func record(_ marker: HeaderMarker, valueEnd: Int, into cable: inout Cable) {
        // A label followed at once by the next one ("TAGS: SUBJECT:") has an end trimmed back
        // before its value's start: the value is empty.
        let valueEnd = max(marker.valueStart, valueEnd)
        // Each built only where the kind of field reads it.
        var value: TextField { fieldWithoutPageBreaks(marker.valueStart, valueEnd) }
        var whole: TextField { fieldWithoutPageBreaks(marker.start, valueEnd) }
        switch marker.kind {
        case .executiveOrder:
            guard cable.executiveOrder == nil else { return }
            cable.executiveOrder = executiveOrderLine(whole, valueStart: marker.valueStart, valueEnd: valueEnd)
        case .tags:
            guard cable.tagsLine == nil else { return }
            cable.tagsLine = whole
            cable.tags = tags(from: marker.valueStart, to: valueEnd)
        case .subject:
            if cable.subject == nil { cable.subject = value }
        case .references:
            if cable.references == nil { cable.references = value }
        case .classifiedBy:
            guard cable.classifiedBy == nil else { return }
            let valueText = value.text
            let parsed = ClassifiedByParser.parse(value: valueText)
            let reasonStart = (marker.valueStart..<valueEnd).first { index in
                text.matches("REASON", at: index, valueEnd) || text.matches("1.4", at: index, valueEnd)
                    || text.matches("1.5", at: index, valueEnd)
            }
            cable.classifiedBy = ClassifiedBy(
                line: whole, classifier: parsed.classifier,
                reason: reasonStart.map { fieldWithoutPageBreaks($0, valueEnd) }, reasonSection: parsed.section,
                reasonCategories: parsed.categories, isDerivative: parsed.isDerivative,
                isCut: reasonStart == nil && valueText.hasSuffix("..."))
        case .derivedFrom:
            if cable.derivedFrom == nil { cable.derivedFrom = value }
        }
    }

    /// "12958: DECL: 06/21/2017", "12958: N/A", "12356: DECL:OADR", "12958 DECL: 08/30/2016".
    private func executiveOrderLine(_ whole: TextField, valueStart: Int, valueEnd: Int) -> ExecutiveOrderLine {
        var position = valueStart
        let order = text.number(at: position, valueEnd)
        if let order { position = order.end }
        while position < valueEnd,
            TextBytes.isSpace(text.bytes[position]) || text.bytes[position] == UInt8(ascii: ":")
                || text.bytes[position] == UInt8(ascii: ";") || text.bytes[position] == 0x0A
        {
            position += 1
        }
        if text.matches("DECL", at: position, valueEnd) {
            position += 4
            while position < valueEnd,
                TextBytes.isSpace(text.bytes[position]) || text.bytes[position] == UInt8(ascii: ":")
                    || text.bytes[position] == UInt8(ascii: ".")
            {
                position += 1
            }
        }
        // A stray backslash or semicolon after the instruction is no part of it.
        var instructionEnd = valueEnd
        while instructionEnd > position,
            TextBytes.isSpace(text.bytes[instructionEnd - 1]) || text.bytes[instructionEnd - 1] == UInt8(ascii: "\\")
                || text.bytes[instructionEnd - 1] == UInt8(ascii: ";")
        {
            instructionEnd -= 1
        }
        let instruction = position < instructionEnd ? field(position, instructionEnd) : nil
        return ExecutiveOrderLine(
            line: whole, order: order.map { String($0.value) }, instruction: instruction,
            declassification: instruction.map { DeclassParser.parse($0.text) } ?? .missing)
    }

    /// Tags split on commas and spaces alike, as lines mix them ("TAGS: VT, CH, PREL PGOV"), and
    /// on line ends when the line wrapped. On a line that separates its items with commas, an
    /// item in mixed case or with a word longer than a tag ("Human Rights", "COUNTER TERRORISM",
    /// "Earthquake: USAID/DART Situation Report") is one item, not its words.
    private func tags(from start: Int, to end: Int) -> [TextField] {
        var tags: [TextField] = []
        var itemStart = start
        let usesCommas = text.bytes[start..<end].contains(UInt8(ascii: ","))
        for index in start...end where index == end || text.bytes[index] == UInt8(ascii: ",") {
            let item = trimmedRange(itemStart, index)
            itemStart = index + 1
            guard item.lowerBound < item.upperBound else { continue }
            if usesCommas, isOneItem(item) {
                tags.append(field(item.lowerBound, item.upperBound))
                continue
            }
            var tokenStart = item.lowerBound
            for position in item.lowerBound...item.upperBound
            where position == item.upperBound || TextBytes.isSpace(text.bytes[position]) || text.bytes[position] == 0x0A {
                let token = trimmedRange(tokenStart, position)
                if token.lowerBound < token.upperBound { tags.append(field(token.lowerBound, token.upperBound)) }
                tokenStart = position + 1
            }
        }
        return tags
    }

    /// True for an item in mixed case, or one of several words with a word longer than the
    /// four letters of a subject or program tag.
    private func isOneItem(_ item: Range<Int>) -> Bool {
        if item.contains(where: { text.bytes[$0] >= 0x61 && text.bytes[$0] <= 0x7A }) { return true }
        let words = text.bytes[item].split { TextBytes.isSpace($0) || $0 == 0x0A }
        return words.count > 1 && words.contains { $0.count > 4 }
    }

    /// `start..<end` without white space (line ends included) at either end.
    private func trimmedRange(_ start: Int, _ end: Int) -> Range<Int> {
        var from = start
        var to = end
        while from < to, TextBytes.isSpace(text.bytes[from]) || text.bytes[from] == 0x0A { from += 1 }
        while to > from, TextBytes.isSpace(text.bytes[to - 1]) || text.bytes[to - 1] == 0x0A { to -= 1 }
        return from..<to
    }

    /// Collapsed text breaks lines at double spaces ("E.O. 12958:  DECL:  10/27/08", "DECL:  OADR"):
    /// the E.O. line continues onto a line that starts with DECL, and after a bare "DECL:" onto a
    /// date or onto one instruction-shaped word ("OADR", "MR", "X1", "N/A") standing alone or
    /// before the next label.
    fileprivate func continuesExecutiveOrder(line index: Int, start: Int, after lineIndex: Int) -> Bool {
        let line = lines[index]
        if index == lineIndex + 1, text.matches("DECL", at: start, line.end) { return true }
        guard index <= lineIndex + 2, TextBytes.isDigit(text.bytes[start]) || isInstructionWord(start, line.end)
        else { return false }
        let previous = lines[index - 1]
        var end = previous.end
        while end > previous.start, TextBytes.isSpace(text.bytes[end - 1]) || text.bytes[end - 1] == UInt8(ascii: ":") {
            end -= 1
        }
        return end - previous.start >= 4 && text.matches("DECL", at: end - 4, end)
    }

    /// One word of capitals, digits, "/", "-" or "." at `start`, ending the line or followed by
    /// a field label ("OADR", "X1 TAGS: PREL").
    private func isInstructionWord(_ start: Int, _ end: Int) -> Bool {
        var wordEnd = start
        while wordEnd < end, !TextBytes.isSpace(text.bytes[wordEnd]) {
            let byte = text.bytes[wordEnd]
            guard (byte >= 0x41 && byte <= 0x5A) || TextBytes.isDigit(byte) || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
            wordEnd += 1
        }
        let rest = text.skipSpaces(wordEnd, end)
        return wordEnd > start && (rest == end || text.headerMarker(at: rest, end, atLineStart: false) != nil)
    }

    /// A line that continues a wrapped TAGS line: tag-shaped words only (upper-case letters,
    /// digits, "/", "-"), separated by spaces and commas.
    fileprivate func continuesTags(_ start: Int, _ end: Int) -> Bool {
        var position = start
        var words = 0
        while position < end {
            let byte = text.bytes[position]
            if TextBytes.isSpace(byte) || byte == UInt8(ascii: ",") {
                position += 1
                continue
            }
            var wordEnd = position
            while wordEnd < end, !TextBytes.isSpace(text.bytes[wordEnd]), text.bytes[wordEnd] != UInt8(ascii: ",") {
                let letter = text.bytes[wordEnd]
                guard (letter >= 0x41 && letter <= 0x5A) || TextBytes.isDigit(letter) || letter == UInt8(ascii: "/")
                    || letter == UInt8(ascii: "-")
                else { return false }
                wordEnd += 1
            }
            guard wordEnd - position <= 8 else { return false }
            words += 1
            position = wordEnd
        }
        return words > 0
    }
}
