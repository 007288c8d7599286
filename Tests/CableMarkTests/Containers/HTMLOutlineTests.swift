import Testing

@testable import CableMark

/// The outline is read from libxml2's parse events; the tree libxml2 builds from the same parse is
/// its oracle. Each page puts its elements on lines of their own, so a line names an element.
struct HTMLOutlineTests {
    static let names = ["table", "tr", "th", "td", "pre"]

    static let pages = [
        // End tags left out, as on hand-written pages.
        "<table>\n<tr>\n<th>Reference ID\n<th>Origin\n<tr>\n<td>a\n<td>b\n</table>",
        // A table inside a cell of another.
        "<table>\n<tr>\n<td>\n<table>\n<tr>\n<th>Reference ID</th>\n</tr>\n<tr>\n<td>x</td>\n</tr>\n</table>\n</td>\n</tr>\n</table>",
        // Markup inside a comment, a script and an attribute is no element.
        "<!-- <pre>hidden</pre> -->\n<script>document.write('<pre>');</script>\n<div title='<pre>'>\n<pre>shown</pre>\n</div>",
        // A <pre> inside a <p> closes it; a <pre> inside a <pre> nests.
        "<p>text\n<pre>in p</pre>\n</p>\n<pre>\n<pre>nested</pre>\n</pre>",
        // Header text from the cell's descendants, entities decoded, white space folded.
        "<table>\n<tr>\n<th>Reference <b>ID</b></th>\n<th>A &amp; B</th>\n<th> Created\n</th>\n</tr>\n<tr>\n<td>1</td>\n<td>2</td>\n<td>3</td>\n</tr>\n</table>",
        // A page cut off inside its table.
        "<html><body>\n<table>\n<tr>\n<th>Reference ID\n<tr>\n<td>09BELGRADE841",
        // Cells and rows outside any table, a header cell in a value row.
        "<tr>\n<td>loose</td>\n</tr>\n<table>\n<td>\n<th>odd</th>\n</td>\n</table>",
        // Text that is not HTML at all.
        "just text\nno markup",
    ]

    @Test(arguments: pages)
    func theOutlineHoldsWhatLibxml2sTreeHolds(page: String) throws {
        let bytes = Array(page.utf8)
        let root = try #require(XMLDocument.parseHTML(bytes)?.root)
        let outline = try #require(HTMLOutline(bytes, keeping: Set(Self.names), text: ["th"]))
        for name in Self.names {
            let nodes = root.descendants(named: name)
            let outlined = outline.descendants(of: nil, named: name)
            #expect(outlined.map { outline.elements[$0].line } == nodes.map(\.line), "\(name) elements")
            for (node, index) in zip(nodes, outlined) {
                for inner in Self.names {
                    #expect(
                        outline.descendants(of: index, named: inner).map { outline.elements[$0].line }
                            == node.descendants(named: inner).map(\.line),
                        "\(inner) inside the \(name) on line \(node.line)")
                    #expect(
                        outline.children(of: index, named: inner).map { outline.elements[$0].line }
                            == node.elements(named: inner).map(\.line),
                        "\(inner) children of the \(name) on line \(node.line)")
                }
                if name == "th" {
                    #expect(
                        ContainerBytes.foldedString(outline.elements[index].text)
                            == ContainerBytes.foldedString(Array(node.textContent.utf8)))
                }
            }
        }
    }

    @Test func anEmptyPageHasNoOutline() {
        #expect(HTMLOutline([], keeping: ["pre"], text: []) == nil)
    }
}
