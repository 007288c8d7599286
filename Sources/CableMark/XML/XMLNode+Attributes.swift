import CLibXML2

extension XMLNode {
    /// The element's attributes, names and values, in document order.
    var attributes: [(name: String, value: String)] {
        var found: [(name: String, value: String)] = []
        var property = pointer.pointee.properties
        while let current = property {
            if let name = current.pointee.name.map({ String(cString: $0) }), let value = attribute(name) {
                found.append((name, value))
            }
            property = current.pointee.next
        }
        return found
    }

    /// The text of the node's own text and CDATA children, not of its elements.
    var ownText: String {
        children.filter { $0.pointer.pointee.type == XML_TEXT_NODE || $0.pointer.pointee.type == XML_CDATA_SECTION_NODE }
            .map(\.textContent).joined()
    }
}
