import CLibXML2

/// How many libxml2 XPath operations the expressions of one check may spend on one document
/// together: a fixed budget divided by the document's size.
///
/// libxml2 (2.9.14, xpath.c) counts one operation per node an axis visits
/// (xmlXPathNodeCollectAndTest) and per step it evaluates (xmlXPathCompOpEval), but nothing for
/// the work between those counts, which grows with the document (measured with libxml2 alone,
/// on cable views and on documents made for the purpose):
/// - a step taken from several context nodes merges each one's nodes into the result, searching
///   the result for duplicates (xmlXPathNodeSetMergeAndClear), so that one visited node can cost
///   a comparison with every node: `//paragraph/following::node()/preceding::node()/following::node()`
///   spent 10.7 million operations in 29 s on a view of 3,035 nodes;
/// - a union (`|`, xmlXPathNodeSetMerge) and a comparison of node sets are size × size:
///   `count(//tag | //tag)` spent 1.6 million operations in 318 s on 603,035 nodes;
/// - a string value is built whole: `//e[string-length(/) > 0]` spent 20,015 operations in
///   13.5 s on 4 MB of text.
/// So one operation may cost a comparison with every node or a pass over every byte: dividing
/// the budget by `1 + nodes / nodesPerUnit + textBytes / bytesPerUnit` keeps those evaluations
/// near what the budget's cheapest operations cost (about a second here). translate() and
/// concat() are ours (XPathStringFunctions), linear in their arguments, and charge their time.
enum XPathOperationLimit {
    /// Operations that cost no more than one visit each: this many take 0.9 s here
    /// (`count(//node()[count(//node()[count(//node()) > 0]) > 0])`, about 45 ns each).
    static let budget = 20_000_000
    /// Node comparisons in a merge that take as long as one counted operation (1.3 ns each:
    /// the chained axes above stopped at 165,000 operations took 0.67 s).
    static let nodesPerUnit = 32
    /// Bytes of a string value built in the time of one counted operation (string-length(/) as
    /// above: 267, contains(/, 'x') 245; half that, for a margin).
    static let bytesPerUnit = 128

    /// Bytes of arguments our translate() goes over in the time the whole budget's operations
    /// take (0.9 s, above): `string-length(translate(/, 'abc', 'xyz'))` over 4 MB of text took
    /// 0.12 to 0.21 s more than `string-length(/)` (30 to 50 ns a byte), so 45 ns a byte.
    /// concat() is faster (4 copies of the 4 MB, under 0.05 s) and charged the same.
    static let functionBytesPerBudget = 20_000_000

    /// What a call of our translate() or concat() over `bytes` bytes of arguments adds to the
    /// operation count under `limit`: its share of the limit is its share of the budget's time,
    /// since the limit already shrank with the document as the budget's operations' cost grew.
    static func cost(ofFunctionOver bytes: Int, limit: Int) -> Int {
        1 + bytes * limit / functionBytesPerBudget
    }

    /// The limit for a document of `nodes` nodes (elements, attributes, text) holding `textBytes`
    /// bytes of text and attribute values; at least 1, since libxml2 reads 0 as no limit.
    static func limit(nodes: Int, textBytes: Int) -> Int {
        max(1, budget / (1 + nodes / nodesPerUnit + textBytes / bytesPerUnit))
    }

    /// The limit for `document`.
    static func limit(for document: XMLDocument) -> Int {
        let (nodes, textBytes) = size(of: document)
        return limit(nodes: nodes, textBytes: textBytes)
    }

    /// The nodes of `document` (elements, attributes, text) and the bytes of its text and
    /// attribute values, counted in one walk over it.
    static func size(of document: XMLDocument) -> (nodes: Int, textBytes: Int) {
        var nodes = 0
        var textBytes = 0
        var next = xmlDocGetRootElement(document.pointer)
        while let node = next {
            nodes += 1
            if let content = node.pointee.content { textBytes += Int(xmlStrlen(content)) }
            if node.pointee.type == XML_ELEMENT_NODE {
                var attribute = node.pointee.properties
                while let current = attribute {
                    nodes += 1
                    if let value = current.pointee.children?.pointee.content { textBytes += Int(xmlStrlen(value)) }
                    attribute = current.pointee.next
                }
            }
            // Depth first: the first child, else the next sibling of the nearest node that has one.
            if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE {
                next = child
                continue
            }
            var current: xmlNodePtr? = node
            next = nil
            while let here = current, here.pointee.type != XML_DOCUMENT_NODE {
                if let sibling = here.pointee.next {
                    next = sibling
                    break
                }
                current = here.pointee.parent
            }
        }
        return (nodes, textBytes)
    }
}
