/// An element's place in the raw bytes of an HTML page, for an element of its HTMLOutline: the
/// outline tells only the line an element starts on, so the start tag is looked up on that line
/// and the content taken from the raw bytes, to be decoded with its offsets.
struct RawHTMLElement {
    /// Its content: after the start tag's ">" up to the tag that ends it.
    var contentStart: Int
    var contentEnd: Int
    /// 1-based lines of the start tag's "<" and ">".
    var line: Int
    var lastLine: Int

    /// The raw elements for the outline's elements on `lines` (named `name`, in document order):
    /// for each, the next start tag whose lines hold its line. One with no such tag is left out.
    static func locate(
        lines: [Int], named name: StaticString, endingAt stops: [StaticString], in bytes: [UInt8]
    ) -> [RawHTMLElement] {
        guard let lastLine = lines.last else { return [] }
        let candidates = startTags(named: name, endingAt: stops, in: bytes, through: lastLine)
        var located: [RawHTMLElement] = []
        var next = 0
        for line in lines {
            while next < candidates.count, candidates[next].lastLine < line { next += 1 }
            guard next < candidates.count, candidates[next].line <= line else { continue }
            located.append(candidates[next])
            next += 1
        }
        return located
    }

    /// Every start tag `<name ...>` in the bytes that is not inside the content of the one before,
    /// in order, its content ending where `stops` say, up to the last that starts on line
    /// `lastLine` or before (one after it can be no element's: the rest of the page is not read).
    private static func startTags(
        named name: StaticString, endingAt stops: [StaticString], in bytes: [UInt8], through lastLine: Int
    ) -> [RawHTMLElement] {
        var tags: [RawHTMLElement] = []
        var line = 1
        var counted = 0
        var search = 0
        let length = name.utf8CodeUnitCount
        while let open = ContainerBytes.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: search, to: bytes.count) {
            search = open + 1
            guard ContainerBytes.matches(bytes, name, at: open + 1), open + 1 + length < bytes.count else { continue }
            let after = bytes[open + 1 + length]
            guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || ContainerBytes.isWhitespace(after),
                let contentStart = MarkupDecoder.markupEnd(bytes, at: open, end: bytes.count, mode: .html)
            else { continue }
            line += ContainerBytes.count(of: ContainerBytes.newline, in: bytes, from: counted, to: open)
            counted = open
            if line > lastLine { break }
            let end = contentEnd(in: bytes, from: contentStart, stops: stops)
            tags.append(
                RawHTMLElement(
                    contentStart: contentStart, contentEnd: end, line: line,
                    lastLine: line + ContainerBytes.count(of: ContainerBytes.newline, in: bytes, from: open, to: contentStart)))
            // A start tag inside this content (nested <pre>s) is part of it, not an element of its
            // own: taking it too would decode the same bytes again, once per level of nesting.
            search = max(contentStart, end)
        }
        return tags
    }

    /// Where the content starting at `index` ends: at the first tag that `stops` names (end tags
    /// written "/name"), or at the end of the file.
    static func contentEnd(in bytes: [UInt8], from index: Int, stops: [StaticString]) -> Int {
        var search = index
        while let open = ContainerBytes.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: search, to: bytes.count) {
            for stop in stops where ContainerBytes.matches(bytes, stop, at: open + 1) {
                let after = open + 1 + stop.utf8CodeUnitCount
                if after >= bytes.count || !ContainerBytes.isLetter(bytes[after]) { return open }
            }
            search = open + 1
        }
        return bytes.count
    }
}
