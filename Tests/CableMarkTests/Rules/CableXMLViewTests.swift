import Testing

@testable import CableMark

@Suite struct CableXMLViewTests {
    @Test func theViewNamesEveryPartWithItsPlace() throws {
        var cable = TestCable(routingLevel: .confidential, captions: ["SIPDIS"], marks: ["C//REL TO USA, GBR", "SBU-N"]).build()
        cable.paragraphs[1].text = "Quotes \"here\" & <there>"
        let view = CableXMLView(cable: cable)
        let lines = view.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        #expect(lines[1] == #"<cable format="raw-telegram" path="test.txt" date="2007-06-21" level="C">"#)
        #expect(lines.contains(#"  <routing level="C" line="1" column="1">ZNY CCCCC ZZH</routing>"#))
        #expect(lines.contains(#"  <banner classification="CONFIDENTIAL" level="C" marking="CONFIDENTIAL" line="2" column="1">CONFIDENTIAL LIMA 000123</banner>"#))
        #expect(lines.contains(#"    <caption name="SIPDIS" line="3" column="1"/>"#))
        #expect(lines.contains(#"  <decl kind="date" date="2017-06-21" line="4" column="19">06/21/2017</decl>"#))
        #expect(lines.contains(#"  <classified-by classifier="Ambassador J. Curtis Struble" reason="1.4" section="1.4" categories="bd" line="7" column="1">Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)</classified-by>"#))
        #expect(lines.contains(#"  <paragraph number="1" mark="C//REL TO USA, GBR" level="C" rel-to="USA GBR" line="9" column="4">Paragraph 1.</paragraph>"#))
        #expect(lines.contains(#"  <paragraph number="2" mark="SBU-N" sbu="true" noforn="true" line="10" column="4">Quotes &quot;here&quot; &amp; &lt;there&gt;</paragraph>"#))
        let document = try #require(view.document())
        #expect(document.root?.name == "cable")
    }

    @Test func everyElementFindsItsPlaceInTheInput() throws {
        let cable = TestCable(captions: ["SIPDIS"]).build()
        let view = CableXMLView(cable: cable)
        let document = try #require(view.document())
        let evaluator = try #require(XPathEvaluator(document: document))
        let paragraph = try #require(try evaluator.nodes(XPathExpression("/cable/paragraph[2]")).first)
        #expect(view.place(of: paragraph)?.range == cable.paragraphs[1].markRange)
        // The cable itself stands at its classification line; the captions wrapper at the cable.
        let captions = try #require(try evaluator.nodes(XPathExpression("/cable/captions")).first)
        #expect(view.place(of: captions)?.range == cable.banner?.line.range)
    }

    @Test func controlCharactersCannotBreakTheView() throws {
        var cable = TestCable(marks: ["C"]).build()
        cable.paragraphs[0].text = "a\u{1}b\nc"
        let view = CableXMLView(cable: cable)
        #expect(view.document() != nil)
        #expect(view.text.contains(">a b c</paragraph>"))
    }
}
