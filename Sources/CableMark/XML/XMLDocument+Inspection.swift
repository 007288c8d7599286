import CLibXML2

extension XMLNode {
    /// Names of the element's attributes, in document order.
    public var attributeNames: [String] {
        var names: [String] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name { names.append(String(cString: name)) }
            attribute = current.pointee.next
        }
        return names
    }
}

extension XMLNode {
    /// The element that holds this node; nil for the root element.
    public var parent: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(pointer: parent, document: document)
    }
}

extension XMLDocument {
    /// Whether the document declares a DOCTYPE. Its entities are not expanded when parsing, but
    /// reading text through them would expand them; documents we read as data refuse one.
    public var hasDocumentTypeDeclaration: Bool { pointer.pointee.intSubset != nil }
}
