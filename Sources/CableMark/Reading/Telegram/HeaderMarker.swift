/// The labelled fields of a cable's header and how each is written.
enum HeaderFieldKind {
    case executiveOrder
    case tags
    case subject
    case references
    case classifiedBy
    case derivedFrom

    /// Fields whose value may wrap onto following lines.
    var wraps: Bool {
        switch self {
        case .subject, .references, .classifiedBy, .derivedFrom, .tags: true
        // Only onto a line that starts with DECL: collapsed text breaks lines at double spaces
        // ("E.O. 12958:  DECL:  10/27/08").
        case .executiveOrder: true
        }
    }
}

/// A header field's label found at `start`, with its value starting at `valueStart`.
struct HeaderMarker {
    var kind: HeaderFieldKind
    var start: Int
    var valueStart: Int
}

extension TextBytes {
    /// A field label at `index`: "E.O. 12958:", "E.0. 12958", "EO 12958", "TAGS:", "SUBJECT:", "REF:", "REFS:",
    /// "Classified By:", "CLASSIFIED BY", "Derived From:". `atLineStart` allows the forms
    /// without a colon that would be ambiguous inside a line ("TAGS PGOV").
    func headerMarker(at index: Int, _ end: Int, atLineStart: Bool) -> HeaderMarker? {
        func value(after labelEnd: Int) -> Int {
            var position = skipSpaces(labelEnd, end)
            if position < end, bytes[position] == UInt8(ascii: ":") { position = skipSpaces(position + 1, end) }
            return position
        }
        guard index < end, Self.isLetter(bytes[index]) else { return nil }
        switch Self.upper(bytes[index]) {
        case UInt8(ascii: "E"):
            // "E.O. 12958", "E. O. 12958", "EO 12958": the order number must follow.
            var position = index
            // "E.0." (a zero for the O) is a typist's or a scan's.
            if matches("E.O.", at: index, end) || matches("E.0.", at: index, end) {
                position = index + 4
            } else if matches("E. O.", at: index, end) {
                position = index + 5
            } else if matchesWord("EO", at: index, end) {
                position = index + 2
            } else {
                return nil
            }
            let numberStart = skipSpaces(position, end)
            guard numberStart < end, Self.isDigit(bytes[numberStart]) || bytes[numberStart] == UInt8(ascii: ":")
            else { return nil }
            return HeaderMarker(kind: .executiveOrder, start: index, valueStart: numberStart)
        case UInt8(ascii: "T"):
            guard matches("TAGS", at: index, end) else { return nil }
            let after = index + 4
            if after < end, bytes[after] == UInt8(ascii: ":") {
                return HeaderMarker(kind: .tags, start: index, valueStart: value(after: after))
            }
            guard atLineStart, after < end, Self.isSpace(bytes[after]) else { return nil }
            return HeaderMarker(kind: .tags, start: index, valueStart: value(after: after))
        case UInt8(ascii: "S"):
            for label: StaticString in ["SUBJECT", "SUBJ"] where matches(label, at: index, end) {
                let after = skipSpaces(index + label.utf8CodeUnitCount, end)
                guard after < end, bytes[after] == UInt8(ascii: ":") else { continue }
                return HeaderMarker(kind: .subject, start: index, valueStart: value(after: after))
            }
            return nil
        case UInt8(ascii: "R"):
            for label: StaticString in ["REFERENCES", "REFERENCE", "REFTELS", "REFTEL", "REFS", "REF"] where matches(label, at: index, end) {
                let after = index + label.utf8CodeUnitCount
                let colon = skipSpaces(after, end)
                if colon < end, bytes[colon] == UInt8(ascii: ":") {
                    return HeaderMarker(kind: .references, start: index, valueStart: value(after: colon))
                }
                if atLineStart, after < end, Self.isSpace(bytes[after]) {
                    return HeaderMarker(kind: .references, start: index, valueStart: skipSpaces(after, end))
                }
            }
            return nil
        case UInt8(ascii: "C"):
            // "Classified By", "CLASSIFIED BY", and the odd "CLASSIFIED SECRET BY".
            guard matches("CLASSIFIED", at: index, end) else {
                // The label a page's preview cut ("Classif..."): a Classified By line cut to nothing.
                var cut = index
                let label = Array("CLASSIFIED".utf8)
                while cut < end, cut - index < label.count, Self.upper(bytes[cut]) == label[cut - index] { cut += 1 }
                guard cut - index >= 4, matches("...", at: cut, end) else { return nil }
                return HeaderMarker(kind: .classifiedBy, start: index, valueStart: cut)
            }
            var position = skipSpaces(index + 10, end)
            if !matchesWord("BY", at: position, end) {
                // One level word may stand between: "CLASSIFIED SECRET BY".
                var wordEnd = position
                while wordEnd < end, Self.isLetter(bytes[wordEnd]) { wordEnd += 1 }
                position = skipSpaces(wordEnd, end)
                guard wordEnd > index + 11, matchesWord("BY", at: position, end) else { return nil }
            }
            return HeaderMarker(kind: .classifiedBy, start: index, valueStart: value(after: position + 2))
        case UInt8(ascii: "D"):
            guard matches("DERIVED", at: index, end), matchesWord("FROM", at: skipSpaces(index + 7, end), end) else {
                return nil
            }
            return HeaderMarker(
                kind: .derivedFrom, start: index, valueStart: value(after: skipSpaces(index + 7, end) + 4))
        default:
            return nil
        }
    }

    /// A caption word (SIPDIS, SENSITIVE, NOFORN, …) at `index`: its name and end.
    func caption(at index: Int, _ end: Int) -> (name: String, end: Int)? {
        guard index < end, Self.isLetter(bytes[index]) else { return nil }
        for (name, word) in Self.captionWords where word.withUnsafeBufferPointer({ matches($0, at: index, end) }) {
            let after = index + word.count
            // Captions may be glued to what follows ("SIPDISE.O. 12958"), but not to a letter
            // that continues the word unless a field label starts there.
            if after < end, Self.isLetter(bytes[after]), headerMarker(at: after, end, atLineStart: false) == nil,
                caption(at: after, end) == nil
            {
                continue
            }
            return (name, after)
        }
        return nil
    }

    /// `Caption.known`, with the bytes `caption(at:_:)` compares.
    static let captionWords = Caption.known.map { ($0, Array($0.utf8)) }

    /// The next field label in `index..<end` that stands after a non-letter (or at `index`).
    /// "E.O." and "SUBJECT:" may follow a letter, when a line break was lost ("LONDON FOR
    /// TSOUE.O. 12958", "TAGS: PREL PGOVSUBJECT: …").
    func nextHeaderMarker(from index: Int, _ end: Int) -> HeaderMarker? {
        var position = index
        while position < end {
            if position == index || !Self.isLetter(bytes[position - 1]) || matches("E.O.", at: position, end)
                || matches("SUBJECT", at: position, end),
                let marker = headerMarker(at: position, end, atLineStart: false)
            {
                return marker
            }
            position += 1
        }
        return nil
    }
}
