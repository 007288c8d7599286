import Foundation

/// Reads the outline of a page written as page generators write them, in one pass over its
/// bytes, and gives up (nil) at the first thing libxml2's HTML parser might read another way.
///
/// libxml2 works through every byte of a Cablegate page at about 140 instructions a byte, most of
/// them in the navigation markup around the cable. On a page whose tags all nest and close, its
/// reading is plain: each start tag opens an element inside the open one, each end tag closes
/// it, comments, the document type and a leading `<?xml ...?>` are skipped, `<script>` and
/// `<style>` hold raw text. The scanner reads such a page the same way and gives up on anything
/// else, so that libxml2 parses it: an end tag that is not the open element's, a start tag that
/// libxml2 would let close the open element first, an element libxml2 does not know, a NUL or a
/// byte sequence that is not UTF-8, text where libxml2 would imply a paragraph, an entity or a
/// control character in a kept element's text, a malformed tag, comment or declaration.
/// Emptiness and closing are asked of libxml2 itself (HTMLElementFacts).
///
/// Lines are counted as libxml2 counts them: each line feed; an element's line is the line of
/// the `>` (or `/>`) that ends its start tag.
enum HTMLOutlineScanner {
    static func outline(_ bytes: [UInt8], keeping names: Set<String>, text textNames: Set<String>) -> HTMLOutline? {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0, isUTF8WithoutNUL(buffer) else { return nil }
            var scan = Scan(buffer, keeping: names, text: textNames)
            return scan?.run()
        }
    }

    /// Whether `bytes` are UTF-8 and hold no NUL: libxml2 ends a page at a NUL, and reads it on
    /// as Latin-1 after a byte that is not UTF-8.
    static func isUTF8WithoutNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var index = 0
        // Blocks of ASCII without a NUL (nearly all of a page) are passed over at once; the
        // bytes of a block that holds something else are walked up to `walkedTo`.
        var walkedTo = 0
        while index < count {
            if index >= walkedTo, index + ByteSearch.block <= count {
                let summary = ByteSearch.summary(of: bytes, from: index, to: index + ByteSearch.block)
                if summary.lowest > 0, summary.union < 0x80 {
                    index += ByteSearch.block
                    continue
                }
                walkedTo = index + ByteSearch.block
            }
            if index + 8 <= count {
                // Eight ASCII bytes, none of them NUL, at a time.
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if high == 0 && zero == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead == 0 { return false }
            if lead < 0x80 {
                index += 1
                continue
            }
            var length = 3
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: break
            case 0xED: second = 0x80...0x9F
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return false
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return false }
            var continuation = index + 2
            while continuation < index + length {
                guard bytes[continuation] & 0xC0 == 0x80 else { return false }
                continuation += 1
            }
            index += length
        }
        return true
    }

    private struct KeptName {
        let tag: HTMLTagName
        let name: String
    }

    /// A cached answer of libxml2's (structs, not tuples: a debug build looks a tuple type's
    /// metadata up, and allocates, on every access).
    private struct Opening {
        let pair: HTMLElementFacts.Pair
        let opens: Bool
    }

    private struct Emptiness {
        let name: HTMLTagName
        let isEmpty: Bool?
    }

    private struct Open {
        let name: HTMLTagName
        /// Its index among the kept elements; nil for one not kept.
        let kept: Int?
    }

    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The kept names (a handful: compared one by one, cheaper than hashing a name per tag).
        let keptNames: [KeptName]
        let textNames: [HTMLTagName]
        var index = 0
        var elements: [HTMLOutline.Element] = []
        var open: [Open] = []
        /// Open kept elements whose text is kept.
        var openWithText: [Int] = []
        /// The raw-text element (`<script>`, `<style>`) being read.
        var rawText: HTMLTagName?
        var sawElement = false
        var sawHead = false
        var sawBody = false
        /// Line feeds counted so far, up to `countedTo`.
        var lineFeeds = 0
        var countedTo = 0
        /// libxml2's answers, kept here in small direct-mapped caches in front of
        /// HTMLElementFacts (which takes a lock and a full hash).
        var emptiness = [Emptiness?](repeating: nil, count: Self.cacheSize)
        var openings = [Opening?](repeating: nil, count: Self.cacheSize)
        static let cacheSize = 64

        init?(_ bytes: UnsafeBufferPointer<UInt8>, keeping names: Set<String>, text: Set<String>) {
            var kept: [KeptName] = []
            for name in names {
                // A kept name the scanner cannot spell is one it could not find.
                guard let tag = HTMLTagName(name), tag.string == name else { return nil }
                kept.append(KeptName(tag: tag, name: name))
            }
            // Implied elements carry no line: a page that keeps them is libxml2's to read.
            guard !kept.contains(where: { [.html, .head, .body].contains($0.tag) }) else { return nil }
            let textTags = text.compactMap { HTMLTagName($0) }
            guard textTags.count == text.count else { return nil }
            self.bytes = bytes
            keptNames = kept
            textNames = textTags
        }

        mutating func run() -> HTMLOutline? {
            while index < bytes.count {
                let advanced: Bool
                if let raw = rawText {
                    advanced = skipRawText(of: raw)
                } else if bytes[index] != Byte.lessThan {
                    advanced = text()
                } else if index + 1 == bytes.count {
                    advanced = false
                } else {
                    switch bytes[index + 1] {
                    case Byte.slash: advanced = endTag()
                    case Byte.bang: advanced = declaration()
                    case Byte.question: advanced = processingInstruction()
                    case let next where Byte.isLetter(next): advanced = startTag()
                    default: advanced = false
                    }
                }
                guard advanced else { return nil }
            }
            guard rawText == nil, sawElement else { return nil }
            // libxml2 ends the elements still open at the end of the page.
            for open in open { if let kept = open.kept { elements[kept].end = elements.count } }
            return HTMLOutline(elements: elements)
        }

        // MARK: Text

        /// Text up to the next `<`. Where libxml2 would imply a paragraph for it (no element
        /// open, or the open one is `<html>` or `<head>`) only white space is read.
        mutating func text() -> Bool {
            let start = index
            let base = bytes.baseAddress!
            var end = bytes.count
            if let found = memchr(base + start, Int32(Byte.lessThan), bytes.count - start) {
                end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            let top = innermost?.name
            if top == nil || top == .html || top == .head {
                for offset in start..<end where !Byte.isBlank(bytes[offset]) { return false }
            }
            if !openWithText.isEmpty {
                // Text libxml2 hands over as it stands: printable ASCII, tabs and line feeds.
                for offset in start..<end {
                    let byte = bytes[offset]
                    guard (byte >= 0x20 && byte < 0x7F && byte != Byte.ampersand) || byte == 0x09 || byte == 0x0A
                    else { return false }
                }
                for position in openWithText.indices {
                    elements[openWithText[position]].text.append(contentsOf: bytes[start..<end])
                }
            }
            index = end
            return true
        }

        /// A `<script>` or `<style>` element's text runs to the first `</` and its name, in any
        /// case, as libxml2 reads it when recovering; the end tag is then read as any other.
        mutating func skipRawText(of name: HTMLTagName) -> Bool {
            var cursor = index
            while cursor + 1 < bytes.count {
                if bytes[cursor] == Byte.lessThan, bytes[cursor + 1] == Byte.slash {
                    let nameEnd = cursor + 2 + name.length
                    if nameEnd <= bytes.count, HTMLTagName(bytes, from: cursor + 2, to: nameEnd) == name {
                        // "</scripts>" would not end the script: libxml2 reads it another way.
                        guard nameEnd < bytes.count, Byte.isBlank(bytes[nameEnd]) || bytes[nameEnd] == Byte.greaterThan
                        else { return false }
                        index = cursor
                        rawText = nil
                        return true
                    }
                }
                cursor += 1
            }
            return false
        }

        // MARK: Tags

        mutating func startTag() -> Bool {
            let nameStart = index + 1
            var cursor = nameStart
            while cursor < bytes.count, Byte.isLetterOrDigit(bytes[cursor]) { cursor += 1 }
            // libxml2 also reads ':', '-', '_' and '.' in a name.
            guard cursor < bytes.count, Byte.isBlank(bytes[cursor]) || bytes[cursor] == Byte.greaterThan || bytes[cursor] == Byte.slash,
                let name = HTMLTagName(bytes, from: nameStart, to: cursor),
                let tagEnd = attributesEnd(from: cursor)
            else { return false }
            let selfClosing = bytes[tagEnd] == Byte.slash
            guard let isEmpty = isEmpty(name), opens(name) else { return false }
            sawElement = true
            if name == .head { sawHead = true }
            if name == .body { sawBody = true }
            var kept: Int?
            if let keptName = keptName(name) {
                elements.append(
                    HTMLOutline.Element(
                        name: keptName, line: line(at: tagEnd), ancestor: nearestKept,
                        isChildOfAncestor: innermost?.kept != nil, text: [], end: .max))
                kept = elements.count - 1
            }
            index = tagEnd + (selfClosing ? 2 : 1)
            if isEmpty || selfClosing {
                // libxml2 ends it at once.
                if let kept { elements[kept].end = elements.count }
                return true
            }
            open.append(Open(name: name, kept: kept))
            if let kept, keepsText(name) { openWithText.append(kept) }
            if name == .script || name == .style {
                // Its raw text would reach a kept element's text as libxml2 hands it over.
                guard openWithText.isEmpty else { return false }
                rawText = name
            }
            return true
        }

        /// Whether `name` opens inside the open elements as libxml2 opens it: as the page's
        /// `<html>`; as `<head>` or `<body>` inside it; inside an implied `<html>` and `<body>`
        /// when it is a fragment's first element; or inside any other element it does not close.
        mutating func opens(_ name: HTMLTagName) -> Bool {
            guard let top = innermost?.name else {
                guard !sawElement else { return false }
                if name == .html { return true }
                guard !Self.impliesHead.contains(name), !Self.readAnotherWay.contains(name) else { return false }
                open.append(Open(name: .html, kept: nil))
                open.append(Open(name: .body, kept: nil))
                sawBody = true
                return HTMLElementFacts.shared.nests(name, in: .body)
            }
            if top == .html { return (name == .head && !sawHead && !sawBody) || (name == .body && !sawBody) }
            let pair = HTMLElementFacts.Pair(parent: top, child: name)
            let slot = (top.quickHash &* 31 ^ name.quickHash) & (Self.cacheSize - 1)
            if let cached = openings[slot], cached.pair == pair { return cached.opens }
            let opens = !Self.readAnotherWay.contains(name) && HTMLElementFacts.shared.nests(name, in: top)
            openings[slot] = Opening(pair: pair, opens: opens)
            return opens
        }

        /// Elements libxml2 puts in an implied `<head>` when they open a page.
        static let impliesHead = Set(["script", "style", "meta", "link", "title", "base"].compactMap(HTMLTagName.init))

        /// Elements whose start libxml2 reads with steps of its own: the page's own; `<meta>`,
        /// which may switch the page's encoding; frames, which change what it implies.
        static let readAnotherWay = Set(
            ["html", "head", "body", "meta", "frameset", "frame", "noframes"].compactMap(HTMLTagName.init))

        mutating func endTag() -> Bool {
            let nameStart = index + 2
            var cursor = nameStart
            while cursor < bytes.count, Byte.isLetterOrDigit(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart, Byte.isLetter(bytes[nameStart]),
                let name = HTMLTagName(bytes, from: nameStart, to: cursor)
            else { return false }
            cursor = skipBlanks(from: cursor)
            guard cursor < bytes.count, bytes[cursor] == Byte.greaterThan, let closed = innermost, closed.name == name
            else { return false }
            open.removeLast()
            if let kept = closed.kept {
                elements[kept].end = elements.count
                if !openWithText.isEmpty, openWithText[openWithText.count - 1] == kept { openWithText.removeLast() }
            }
            index = cursor + 1
            return true
        }

        /// The index of the `>` or the `/` of `/>` that ends a start tag whose attributes begin at
        /// `start`; nil for a tag libxml2 might read another way.
        func attributesEnd(from start: Int) -> Int? {
            var cursor = skipBlanks(from: start)
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == Byte.greaterThan { return cursor }
                if byte == Byte.slash {
                    return cursor + 1 < bytes.count && bytes[cursor + 1] == Byte.greaterThan ? cursor : nil
                }
                guard Byte.isLetter(byte) || byte == Byte.underscore || byte == Byte.colon || byte == Byte.dot else {
                    return nil
                }
                let nameStart = cursor
                cursor += 1
                while cursor < bytes.count, Byte.isAttributeNameByte(bytes[cursor]) { cursor += 1 }
                // libxml2 cuts a name at 100 bytes.
                guard cursor - nameStart < 100 else { return nil }
                cursor = skipBlanks(from: cursor)
                if cursor < bytes.count, bytes[cursor] == Byte.equals {
                    cursor = skipBlanks(from: cursor + 1)
                    guard cursor < bytes.count else { return nil }
                    let quote = bytes[cursor]
                    if quote == Byte.quote || quote == Byte.apostrophe {
                        cursor += 1
                        while cursor < bytes.count, bytes[cursor] != quote { cursor += 1 }
                        guard cursor < bytes.count else { return nil }
                        cursor += 1
                    } else {
                        while cursor < bytes.count, !Byte.isBlank(bytes[cursor]), bytes[cursor] != Byte.greaterThan {
                            cursor += 1
                        }
                    }
                }
                cursor = skipBlanks(from: cursor)
            }
            return nil
        }

        // MARK: Comments and declarations

        /// A comment (to the first `-->` after its `<!--`, as libxml2 reads one), or the
        /// document type before the first element.
        mutating func declaration() -> Bool {
            if matches("<!--", at: index) {
                let body = index + 4
                // "<!-->", "<!--->" and "--!>" are comments libxml2 versions end differently.
                guard !matches(">", at: body), !matches("->", at: body) else { return false }
                var cursor = body
                while cursor + 2 < bytes.count {
                    if matches("--!>", at: cursor) { return false }
                    if matches("-->", at: cursor) {
                        index = cursor + 3
                        return true
                    }
                    cursor += 1
                }
                return false
            }
            guard open.isEmpty, !sawElement, index + 9 <= bytes.count,
                HTMLTagName(bytes, from: index + 2, to: index + 9) == HTMLTagName("doctype")
            else { return false }
            // To the first '>', outside quotes: a '>' inside a quoted identifier gives up.
            var quote: UInt8?
            var cursor = index + 9
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if let opened = quote {
                    if byte == opened { quote = nil }
                } else if byte == Byte.quote || byte == Byte.apostrophe {
                    quote = byte
                } else if byte == Byte.greaterThan {
                    index = cursor + 1
                    return true
                }
                if quote != nil, byte == Byte.greaterThan { return false }
                cursor += 1
            }
            return false
        }

        /// A processing instruction before the first element (`<?xml version='1.0' ?>`): libxml2
        /// reads an HTML one to the first `>`.
        mutating func processingInstruction() -> Bool {
            guard open.isEmpty, !sawElement, index + 2 < bytes.count, Byte.isLetter(bytes[index + 2]) else { return false }
            var cursor = index + 2
            while cursor < bytes.count, bytes[cursor] != Byte.greaterThan { cursor += 1 }
            guard cursor < bytes.count else { return false }
            index = cursor + 1
            return true
        }

        // MARK: Helpers

        // The per-tag lookups index the arrays themselves: `last`, `first(where:)` and `for in`
        // go through the generic collection methods, which allocate per call in a debug build
        // (the allocation ceilings count that build).

        /// The innermost open element.
        var innermost: Open? { open.isEmpty ? nil : open[open.count - 1] }

        /// The nearest open kept element's index.
        var nearestKept: Int? {
            var position = open.count - 1
            while position >= 0 {
                if let kept = open[position].kept { return kept }
                position -= 1
            }
            return nil
        }

        func keptName(_ tag: HTMLTagName) -> String? {
            var position = 0
            while position < keptNames.count {
                if keptNames[position].tag == tag { return keptNames[position].name }
                position += 1
            }
            return nil
        }

        func keepsText(_ tag: HTMLTagName) -> Bool {
            var position = 0
            while position < textNames.count {
                if textNames[position] == tag { return true }
                position += 1
            }
            return false
        }

        mutating func isEmpty(_ name: HTMLTagName) -> Bool? {
            let slot = name.quickHash & (Self.cacheSize - 1)
            if let cached = emptiness[slot], cached.name == name { return cached.isEmpty }
            let answer = HTMLElementFacts.shared.isEmpty(name)
            emptiness[slot] = Emptiness(name: name, isEmpty: answer)
            return answer
        }

        /// The 1-based line of `offset`; offsets are asked in increasing order.
        mutating func line(at offset: Int) -> Int {
            let base = bytes.baseAddress!
            while countedTo < offset, let found = memchr(base + countedTo, Int32(Byte.lineFeed), offset - countedTo) {
                lineFeeds += 1
                countedTo = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
            }
            countedTo = max(countedTo, offset)
            return lineFeeds + 1
        }

        func skipBlanks(from start: Int) -> Int {
            var cursor = start
            while cursor < bytes.count, Byte.isBlank(bytes[cursor]) { cursor += 1 }
            return cursor
        }

        func matches(_ literal: StaticString, at offset: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            let pointer = literal.utf8Start
            for position in 0..<count where bytes[offset + position] != pointer[position] { return false }
            return true
        }
    }

    private enum Byte {
        static let lessThan = UInt8(ascii: "<")
        static let greaterThan = UInt8(ascii: ">")
        static let slash = UInt8(ascii: "/")
        static let bang = UInt8(ascii: "!")
        static let question = UInt8(ascii: "?")
        static let equals = UInt8(ascii: "=")
        static let quote = UInt8(ascii: "\"")
        static let apostrophe = UInt8(ascii: "'")
        static let ampersand = UInt8(ascii: "&")
        static let underscore = UInt8(ascii: "_")
        static let colon = UInt8(ascii: ":")
        static let dot = UInt8(ascii: ".")
        static let lineFeed: UInt8 = 0x0A

        static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x30 && byte <= 0x39) }
        /// libxml2's blanks: space, tab, line feed, carriage return.
        static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        static func isAttributeNameByte(_ byte: UInt8) -> Bool {
            isLetterOrDigit(byte) || byte == underscore || byte == colon || byte == dot || byte == UInt8(ascii: "-")
        }
    }
}
