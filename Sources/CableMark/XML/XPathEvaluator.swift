import CLibXML2

/// Evaluates compiled expressions over one document, with string variables bound, printing
/// nothing, within `operationLimit` for all its evaluations together. Not shareable: make one
/// per document and thread.
final class XPathEvaluator {
    /// libxml2's XPath operations (steps, and nodes visited) this evaluator may spend: see
    /// `XPathOperationLimit` for why it shrinks as the document grows.
    let operationLimit: Int

    /// The operations its evaluations have spent so far, out of `operationLimit`.
    var operationsSpent: Int { Int(context.pointee.opCount) }

    private let document: XMLDocument
    private let context: xmlXPathContextPtr
    private let collector = XMLErrorCollector()

    /// `variables` are visible to expressions as `$name`, all as strings.
    init?(document: XMLDocument, variables: [String: String] = [:]) {
        guard let context = xmlXPathNewContext(document.pointer) else { return nil }
        self.document = document
        self.context = context
        context.pointee.error = XMLErrorCollector.handler
        context.pointee.userData = collector.userData
        operationLimit = XPathOperationLimit.limit(for: document)
        context.pointee.opLimit = UInt(operationLimit)
        XPathStringFunctions.register(in: context)
        for (name, value) in variables {
            // The context owns the value object from here on and frees it with itself.
            xmlXPathRegisterVariable(context, name, xmlXPathNewCString(value))
        }
    }

    deinit {
        xmlXPathFreeContext(context)
    }

    /// The nodes an expression selects, in document order; a node that is not an element
    /// (an attribute, a text node) stands for the element that holds it.
    func nodes(_ expression: XPathExpression, at node: XMLNode? = nil) throws(XPathError) -> [XMLNode] {
        let result = try evaluate(expression, at: node)
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET else {
            throw XPathError(message: "'\(expression.source)' does not select nodes")
        }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        var found: [XMLNode] = []
        found.reserveCapacity(Int(set.pointee.nodeNr))
        for index in 0..<Int(set.pointee.nodeNr) {
            guard var current = set.pointee.nodeTab[index] else { continue }
            while current.pointee.type != XML_ELEMENT_NODE, let parent = current.pointee.parent {
                current = parent
            }
            if current.pointee.type == XML_ELEMENT_NODE {
                found.append(XMLNode(pointer: current, document: document))
            }
        }
        return found
    }

    /// The expression's value converted to a boolean, as XPath's boolean() does.
    func boolean(_ expression: XPathExpression, at node: XMLNode? = nil) throws(XPathError) -> Bool {
        let result = try evaluate(expression, at: node)
        defer { xmlXPathFreeObject(result) }
        return xmlXPathCastToBoolean(result) != 0
    }

    /// The expression's value converted to a string, as XPath's string() does.
    func string(_ expression: XPathExpression, at node: XMLNode? = nil) throws(XPathError) -> String {
        let result = try evaluate(expression, at: node)
        defer { xmlXPathFreeObject(result) }
        guard let text = xmlXPathCastToString(result) else { return "" }
        defer { cablemark_xml_free(text) }
        return String(cString: text)
    }

    private func evaluate(_ expression: XPathExpression, at node: XMLNode?) throws(XPathError) -> xmlXPathObjectPtr {
        context.pointee.node = node?.pointer ?? xmlDocGetRootElement(document.pointer)
        let before = collector.entries.count
        let result = collector.capturingThreadErrors { xmlXPathCompiledEval(expression.pointer, context) }
        if collector.entries.count > before || result == nil {
            if let result { xmlXPathFreeObject(result) }
            let entry = collector.entries.count > before ? collector.entries[before] : nil
            // libxml2 reports XPath errors offset into its own error range.
            if entry?.code == Int32(XML_XPATH_EXPRESSION_OK.rawValue + XPATH_OP_LIMIT_EXCEEDED.rawValue) {
                throw XPathError(
                    message: "'\(expression.source)' needs more than \(operationLimit) XPath operations, the limit for a cable of this size",
                    exceededOperationLimit: true)
            }
            throw XPathError(message: XPathExpression.describe(entry?.message, in: expression.source))
        }
        return result!
    }
}
