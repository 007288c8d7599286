import CLibXML2

/// The elements of an HTML page that a reader asks for, as libxml2's HTML parser finds them (its
/// tokenizer, its error recovery, its implied and omitted tags), without building the page's tree.
///
/// The outline keeps only the elements named in `keeping`, each with its line, its nearest kept
/// ancestor and whether that ancestor is its parent, and the text of those named in `text`. On a
/// plain page (tags that nest and close) HTMLOutlineScanner reads it from the bytes; libxml2's
/// parser reads every other page, reporting each element's start and end through SAX callbacks.
/// A Cablegate page's navigation markup is most of its bytes: building and freeing a node for
/// each of its elements and texts cost as much as parsing them, and parsing them costs eight times
/// what the scanner does.
///
/// Lines are exact. A tree node stores at most 65,535; on longer pages the outline is the truer.
struct HTMLOutline: Equatable {
    struct Element: Equatable {
        let name: String
        /// 1-based line of the start tag's end, where libxml2 reports the element.
        let line: Int
        /// The nearest enclosing kept element's index.
        let ancestor: Int?
        /// Whether `ancestor` is the element's parent (no other element between them).
        let isChildOfAncestor: Bool
        /// The element's text and its descendants' (entities decoded), for names in `text`.
        var text: [UInt8]
        /// The index after its last kept descendant: they are the elements from its own index to
        /// this one, a subtree being contiguous in document order.
        var end: Int
    }

    /// The kept elements in document order.
    private(set) var elements: [Element] = []

    init(elements: [Element]) {
        self.elements = elements
    }

    /// The outline of `bytes` read as UTF-8 HTML, leniently, as browsers do, keeping the elements
    /// named in `keeping`, and the text of those also named in `text`. Nil when libxml2 finds no
    /// element at all (an empty page, or one it cannot use).
    ///
    /// HTMLOutlineScanner reads the page when every step of it is one libxml2 takes the same way;
    /// libxml2 parses the rest.
    init?(_ bytes: [UInt8], keeping names: Set<String>, text textNames: Set<String>) {
        if let scanned = HTMLOutlineScanner.outline(bytes, keeping: names, text: textNames) {
            self = scanned
        } else {
            self.init(parsingWithLibxml2: bytes, keeping: names, text: textNames)
        }
    }

    /// The outline as libxml2's HTML parser reads `bytes`.
    init?(parsingWithLibxml2 bytes: [UInt8], keeping names: Set<String>, text textNames: Set<String>) {
        LibXML.initialize()
        guard !bytes.isEmpty, let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        guard let handler = context.pointee.sax else { return nil }
        let collector = Collector(keeping: names, text: textNames)
        handler.pointee = htmlSAXHandler()
        handler.pointee.startElement = { context, name, _ in Collector.of(context)?.start(name, context) }
        handler.pointee.endElement = { context, _ in Collector.of(context)?.end(context) }
        // The callbacks receive the parser context (libxml2's default user data); the collector
        // rides in the field libxml2 leaves to its users.
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        // The context holds the collector unretained: it must live until the parse returns.
        let document = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        // With no tree-building callbacks there is no document; free one should libxml2 make it.
        if let document { xmlFreeDoc(document) }
        guard collector.sawElement else { return nil }
        // An element libxml2 never ended (it ends them all at the end of the page) ends there.
        elements = collector.elements.map { element in
            var element = element
            element.end = min(element.end, collector.elements.count)
            return element
        }
    }

    /// The kept elements named `name` inside the element at `index` (anywhere in the page for
    /// nil), in document order. Only the element's own subtree is read, so a query per row of a
    /// table costs the rows' cells, not the page.
    func descendants(of index: Int?, named name: String) -> [Int] {
        let inside = index.map { ($0 + 1)..<elements[$0].end } ?? elements.indices
        return inside.filter { elements[$0].name == name }
    }

    /// The kept elements named `name` whose parent is the element at `index`, in document order.
    func children(of index: Int, named name: String) -> [Int] {
        descendants(of: index, named: name).filter {
            elements[$0].ancestor == index && elements[$0].isChildOfAncestor
        }
    }

    /// Gathers the outline from the parser's callbacks (one parse, one thread).
    private final class Collector {
        let names: Set<String>
        let textNames: Set<String>
        var elements: [Element] = []
        var sawElement = false
        /// Each open element's index in `elements`, nil for one not kept.
        private var open: [Int?] = []
        /// Open elements whose text is kept.
        private var openWithText: [Int] = []

        init(keeping names: Set<String>, text textNames: Set<String>) {
            self.names = names
            self.textNames = textNames
        }

        /// Text reaches the collector only while an element whose text is kept is open: the
        /// handler is set when the first opens and cleared when the last closes.
        private static let receiveText: charactersSAXFunc = { context, characters, length in
            Collector.of(context)?.append(characters, Int(length))
        }

        private func receivesText(_ receiving: Bool, _ context: UnsafeMutableRawPointer?) {
            guard let handler = context?.assumingMemoryBound(to: htmlParserCtxt.self).pointee.sax else { return }
            handler.pointee.characters = receiving ? Self.receiveText : nil
            handler.pointee.cdataBlock = receiving ? Self.receiveText : nil
        }

        static func of(_ context: UnsafeMutableRawPointer?) -> Collector? {
            guard let parser = context?.assumingMemoryBound(to: htmlParserCtxt.self),
                let collector = parser.pointee._private
            else { return nil }
            return Unmanaged<Collector>.fromOpaque(collector).takeUnretainedValue()
        }

        func start(_ name: UnsafePointer<xmlChar>?, _ context: UnsafeMutableRawPointer?) {
            sawElement = true
            guard let name, let parser = context?.assumingMemoryBound(to: htmlParserCtxt.self) else {
                open.append(nil)
                return
            }
            let elementName = String(cString: name)
            guard names.contains(elementName) else {
                open.append(nil)
                return
            }
            let ancestor = open.last { $0 != nil } ?? nil
            let isChild = !open.isEmpty && open[open.count - 1] != nil
            let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
            elements.append(
                Element(
                    name: elementName, line: line, ancestor: ancestor, isChildOfAncestor: isChild, text: [],
                    end: .max))
            open.append(elements.count - 1)
            if textNames.contains(elementName) {
                if openWithText.isEmpty { receivesText(true, context) }
                openWithText.append(elements.count - 1)
            }
        }

        /// libxml2 ends elements in the reverse order it starts them, implied ends included, so
        /// an end closes the innermost open element, as its own tree builder does.
        func end(_ context: UnsafeMutableRawPointer?) {
            guard let closed = open.popLast(), let closed else { return }
            elements[closed].end = elements.count
            guard openWithText.last == closed else { return }
            openWithText.removeLast()
            if openWithText.isEmpty { receivesText(false, context) }
        }

        func append(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
            guard !openWithText.isEmpty, let characters, length > 0 else { return }
            let piece = UnsafeBufferPointer(start: characters, count: length)
            for index in openWithText { elements[index].text.append(contentsOf: piece) }
        }
    }
}
