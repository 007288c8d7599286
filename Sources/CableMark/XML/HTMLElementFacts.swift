import CLibXML2
import Foundation

/// What libxml2's HTML parser does with an element, asked of libxml2 itself, once per name or
/// pair of names in a process: whether it knows the element and holds it empty (as `<br>`), and
/// whether an element started while another is open goes inside it or first closes it (libxml2
/// closes an open `<p>` when a `<div>` starts, a `<td>` when the next one does). Nothing here is
/// a table of our own that could drift from the libxml2 the reader runs on.
///
/// A pair is asked by parsing a page of two tags, about 36,000 instructions; the pairs are those
/// of the hundred-odd elements libxml2 knows, so even a page made of every pair costs a fraction
/// of a second, once.
final class HTMLElementFacts: @unchecked Sendable {
    // @unchecked: the answers are guarded by `lock`.
    static let shared = HTMLElementFacts()
    private let lock = NSLock()
    private var emptiness: [HTMLTagName: Bool?] = [:]
    private var nesting: [Pair: Bool] = [:]

    struct Pair: Hashable {
        let parent: HTMLTagName
        let child: HTMLTagName
    }

    /// Whether libxml2 holds the element empty; nil when it does not know the element.
    func isEmpty(_ name: HTMLTagName) -> Bool? {
        if let known = lock.withLock({ emptiness[name] }) { return known }
        let answer = htmlTagLookup(name.string).map { $0.pointee.empty != 0 }
        lock.withLock { emptiness[name] = .some(answer) }
        return answer
    }

    /// Whether libxml2 starts `child` inside an open `parent` (rather than closing the parent
    /// first). The parent is asked inside a body (the head when it is the head itself): the
    /// closing depends only on the two names, and the body keeps libxml2 from implying one.
    func nests(_ child: HTMLTagName, in parent: HTMLTagName) -> Bool {
        let pair = Pair(parent: parent, child: child)
        if let known = lock.withLock({ nesting[pair] }) { return known }
        let answer = Self.ask(child: child.string, parent: parent.string)
        lock.withLock { nesting[pair] = answer }
        return answer
    }

    private static func ask(child: String, parent: String) -> Bool {
        let opening =
            switch parent {
            case "head": "<html><head>"
            case "body": "<html><body>"
            default: "<html><body><\(parent)>"
            }
        let page = Array("\(opening)<\(child)>".utf8)
        guard let outline = HTMLOutline(parsingWithLibxml2: page, keeping: [parent, child], text: []),
            outline.elements.count == 2
        else { return false }
        let started = outline.elements[1]
        return started.ancestor == 0 && started.isChildOfAncestor
    }
}
