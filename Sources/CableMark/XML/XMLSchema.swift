import CLibXML2

/// A compiled W3C XML Schema (XSD 1.0) that validates parsed documents and reports each violation
/// with its line, printing nothing.
public final class XMLSchema: @unchecked Sendable {
    // @unchecked: a compiled schema is read-only once parsed; every validation uses its own
    // validation context, which libxml2 allows on several threads at once.
    private let pointer: xmlSchemaPtr

    /// One violation of the schema: the document's line and libxml2's message, on one line.
    public struct Violation: Sendable, Hashable {
        public var line: Int
        public var message: String
    }

    /// Compiles the schema in `text`; `name` is used in error messages. A schema that does not
    /// compile is reported as an `XMLParseError` with the schema's own line.
    public init(text: String, name: String) throws(XMLParseError) {
        LibXML.initialize()
        let collector = XMLErrorCollector()
        var bytes = Array(text.utf8)
        bytes.append(0)
        let schema: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                guard let parser = xmlSchemaNewMemParserCtxt(characters, Int32(buffer.count - 1)) else {
                    return nil
                }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, XMLErrorCollector.handler, collector.userData)
                return collector.capturingThreadErrors { xmlSchemaParse(parser) }
            }
        }
        guard let schema else {
            let first = collector.entries.first
            throw XMLParseError(
                file: name, line: first?.line ?? 0, message: first?.message ?? "the schema does not compile")
        }
        pointer = schema
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Every violation of the schema in `document`, in document order; empty when it is valid.
    public func violations(in document: XMLDocument) -> [Violation] {
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [Violation(line: 0, message: "out of memory")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLErrorCollector()
        xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.handler, collector.userData)
        let status = collector.capturingThreadErrors { xmlSchemaValidateDoc(context, document.pointer) }
        let found = collector.entries.map { Violation(line: $0.line, message: $0.message) }
        if status != 0, found.isEmpty {
            return [Violation(line: 0, message: "the document does not match the schema")]
        }
        return found
    }
}
