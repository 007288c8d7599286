import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// A parsed XML or HTML document, freed with its last reference. Every libxml2 call of the
/// project goes through this file and its siblings in XML/.
public final class XMLDocument: @unchecked Sendable {
    // @unchecked: the document is immutable once parsed; libxml2 allows concurrent reads of it.
    let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Parses XML with no network access, no DTD loading and no entity expansion (so neither
    /// external entities nor entity bombs are possible). `name` is used in error messages.
    public static func parseXML(_ bytes: [UInt8], name: String) throws(XMLParseError) -> XMLDocument {
        LibXML.initialize()
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue)
        guard let context = xmlNewParserCtxt() else {
            throw XMLParseError(file: name, line: 0, message: "out of memory")
        }
        defer { xmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        if let document, context.pointee.wellFormed != 0 {
            return XMLDocument(pointer: document)
        }
        if let document { xmlFreeDoc(document) }
        throw XMLParseError.last(of: context, file: name)
    }

    /// Parses an HTML page leniently, as browsers do; nil only for input libxml2 cannot use. The
    /// readers take an `HTMLOutline` instead; the tests check it against this tree.
    public static func parseHTML(_ bytes: [UInt8]) -> XMLDocument? {
        LibXML.initialize()
        guard !bytes.isEmpty else { return nil }
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        return document.map(XMLDocument.init(pointer:))
    }

    public var root: XMLNode? {
        xmlDocGetRootElement(pointer).map { XMLNode(pointer: $0, document: self) }
    }
}

/// An element, text or other node of an `XMLDocument`; keeps its document alive.
public struct XMLNode: @unchecked Sendable {
    let pointer: xmlNodePtr
    let document: XMLDocument

    init(pointer: xmlNodePtr, document: XMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Local name of an element ("rule"), or libxml2's name for other nodes ("text").
    public var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// Line of the input where the node starts.
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    public var children: [XMLNode] {
        var nodes: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            nodes.append(XMLNode(pointer: current, document: document))
            child = current.pointee.next
        }
        return nodes
    }

    public var elementChildren: [XMLNode] { children.filter(\.isElement) }

    public func elements(named name: String) -> [XMLNode] {
        elementChildren.filter { $0.name == name }
    }

    /// All descendant elements with this name, in document order: one walk over the tree, one
    /// array, whatever its depth.
    public func descendants(named name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        let target = Array(name.utf8CString)
        var node = pointer.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, let nodeName = current.pointee.name,
                strcmp(nodeName, target) == 0
            {
                found.append(XMLNode(pointer: current, document: document))
            }
            // Depth first: down, else along, else up until a next sibling is found.
            if let child = current.pointee.children, current.pointee.type == XML_ELEMENT_NODE {
                node = child
                continue
            }
            var climb: xmlNodePtr? = current
            node = nil
            while let up = climb, up != pointer {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climb = up.pointee.parent
            }
        }
        return found
    }

    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { cablemark_xml_free(value) }
        return String(cString: value)
    }

    /// The concatenated text of the node and its descendants, entities decoded.
    public var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { cablemark_xml_free(content) }
        return String(cString: content)
    }
}

/// A document that is not well-formed XML: the file, the line, and libxml2's message.
public struct XMLParseError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }

    static func last(of context: xmlParserCtxtPtr, file: String) -> XMLParseError {
        guard let error = xmlCtxtGetLastError(context) else {
            return XMLParseError(file: file, line: 0, message: "not well-formed XML")
        }
        return XMLParseError(
            file: file, line: Int(error.pointee.line), message: LibXML.message(of: error.pointee))
    }
}

enum LibXML {
    /// libxml2 must be initialised once before threads use it.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }

    /// libxml2's message, on one line, without its trailing newline.
    static func message(of error: xmlError) -> String {
        let text = error.message.map { String(cString: $0) } ?? "XML error"
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingSpaces()
    }
}
