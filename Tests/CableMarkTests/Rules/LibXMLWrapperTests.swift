import Testing

@testable import CableMark

@Suite struct LibXMLWrapperTests {
    @Test func schemaViolationsComeWithTheirLines() throws {
        let schema = try XMLSchema(
            text: """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="a"><xs:complexType><xs:sequence>
                    <xs:element name="b" type="xs:integer" maxOccurs="unbounded"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """, name: "a.xsd")
        let document = try XMLDocument.parseXML(Array("<a>\n<b>1</b>\n<b>x</b>\n<c/>\n</a>".utf8), name: "a.xml")
        let violations = schema.violations(in: document)
        #expect(violations.map(\.line) == [3, 4])
        #expect(violations.allSatisfy { !$0.message.contains("\n") })
        let valid = try XMLDocument.parseXML(Array("<a><b>1</b></a>".utf8), name: "ok.xml")
        #expect(schema.violations(in: valid).isEmpty)
    }

    @Test func aBrokenSchemaIsAnError() {
        #expect(throws: XMLParseError.self) {
            try XMLSchema(text: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>", name: "bad.xsd")
        }
    }

    @Test func regularExpressionsMatchWholeValues() throws {
        let expression = try XMLRegularExpression(#"\(.{1,5}\).*"#)
        #expect(expression.matches("(C) SUBJECT"))
        #expect(!expression.matches("SUBJECT (C)"))
        #expect(throws: XMLRegularExpressionError.self) { try XMLRegularExpression("(unclosed") }
    }

    @Test func xpathEvaluatesWithVariablesAndReportsErrors() throws {
        let document = try XMLDocument.parseXML(Array("<r><p n='1'/><p n='2'/></r>".utf8), name: "r.xml")
        let evaluator = try #require(XPathEvaluator(document: document, variables: ["limit": "1"]))
        let nodes = try evaluator.nodes(XPathExpression("/r/p[@n > $limit]/@n"))
        #expect(nodes.map { $0.attribute("n") } == ["2"])
        #expect(try evaluator.string(XPathExpression("count(//p)")) == "2")
        #expect(throws: XPathError.self) { try XPathExpression("/r/[") }
        #expect(throws: XPathError.self) { try evaluator.boolean(XPathExpression("nope(1)")) }
    }

    @Test func dateOffsetsAndDayNumbers() throws {
        let leap = CalendarDate(year: 2008, month: 2, day: 29)!
        #expect(DateOffset("+1y")!.applied(to: leap) == CalendarDate(year: 2009, month: 2, day: 28))
        #expect(DateOffset("-2m")!.applied(to: leap) == CalendarDate(year: 2007, month: 12, day: 29))
        #expect(DateOffset("+1d")!.applied(to: leap) == CalendarDate(year: 2008, month: 3, day: 1))
        #expect(DateOffset("-1d")!.applied(to: CalendarDate(year: 2000, month: 1, day: 1)!) == CalendarDate(year: 1999, month: 12, day: 31))
        #expect(DateOffset("0")!.applied(to: leap) == leap)
        #expect(DateOffset("25y") == nil && DateOffset("+5w") == nil)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: day).dayNumber == day)
        }
    }

    @Test func oneEditApartIsLevenshteinDistanceOne() {
        #expect(ValueSet.isOneEdit(Array("KMARR".utf8), Array("MARR".utf8)))
        #expect(ValueSet.isOneEdit(Array("ECIN".utf8), Array("ECON".utf8)))
        #expect(!ValueSet.isOneEdit(Array("PREL".utf8), Array("PGOV".utf8)))
        #expect(!ValueSet.isOneEdit(Array("MARR".utf8), Array("MARR".utf8)))
        // Every pair of strings up to four letters over a three-letter alphabet, against the
        // textbook dynamic programme.
        let alphabet = Array("ABC".utf8)
        var words: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 1...4 {
            frontier = frontier.flatMap { word in alphabet.map { word + [$0] } }
            words += frontier
        }
        func distance(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
            var row = Array(0...rhs.count)
            for (index, left) in lhs.enumerated() {
                var next = [index + 1]
                for (column, right) in rhs.enumerated() {
                    next.append(Swift.min(row[column] + (left == right ? 0 : 1), row[column + 1] + 1, next[column] + 1))
                }
                row = next
            }
            return row[rhs.count]
        }
        var disagreements = 0
        for lhs in words {
            for rhs in words where ValueSet.isOneEdit(lhs, rhs) != (distance(lhs, rhs) == 1) { disagreements += 1 }
        }
        #expect(words.count == 121)
        #expect(disagreements == 0)
    }
}
