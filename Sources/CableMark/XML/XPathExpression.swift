import CLibXML2

/// A compiled XPath 1.0 expression, compiled once and evaluated against any number of documents.
public final class XPathExpression: @unchecked Sendable {
    // @unchecked: evaluation reads the compiled steps; each evaluation has its own context and
    // parser state, as libxslt relies on when stylesheets run on several threads.
    let pointer: xmlXPathCompExprPtr
    public let source: String

    /// Compiles `source`; a syntax error is reported with libxml2's message, nothing is printed.
    public init(_ source: String) throws(XPathError) {
        LibXML.initialize()
        guard let context = xmlXPathNewContext(nil) else { throw XPathError(message: "out of memory") }
        defer { xmlXPathFreeContext(context) }
        let collector = XMLErrorCollector()
        context.pointee.error = XMLErrorCollector.handler
        context.pointee.userData = collector.userData
        let compiled = collector.capturingThreadErrors { xmlXPathCtxtCompile(context, source) }
        guard let compiled, collector.entries.isEmpty else {
            if let compiled { xmlXPathFreeCompExpr(compiled) }
            throw XPathError(message: Self.describe(collector.entries.first?.message, in: source))
        }
        pointer = compiled
        self.source = source
    }

    deinit {
        xmlXPathFreeCompExpr(pointer)
    }

    static func describe(_ message: String?, in source: String) -> String {
        "\(message ?? "invalid XPath expression") in '\(source)'"
    }
}
