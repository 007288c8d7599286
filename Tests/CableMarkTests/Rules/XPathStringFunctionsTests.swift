import Testing

@testable import CableMark

/// Our translate() and concat(): XPath 1.0's results, on characters, and their work charged to
/// the operation limit (libxml2's own charge one operation whatever their arguments).
@Suite struct XPathStringFunctionsTests {
    static let document = try! XMLDocument.parseXML(Array("<r><p>bar</p></r>".utf8), name: "t.xml")

    static func evaluate(_ source: String) throws -> String {
        let evaluator = try #require(XPathEvaluator(document: document))
        return try evaluator.string(XPathExpression(source))
    }

    /// translate() as the XPath 1.0 recommendation words it, one character at a time: the
    /// position of its first occurrence in `from` picks the character of `to`, or none.
    static func translatedBySpec(_ text: String, _ from: String, _ to: String) -> String {
        let from = Array(from.unicodeScalars)
        let to = Array(to.unicodeScalars)
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let position = from.firstIndex(of: scalar) else {
                result.append(scalar)
                continue
            }
            if position < to.count { result.append(to[position]) }
        }
        return String(result)
    }

    @Test func theRecommendationsExamples() throws {
        #expect(try Self.evaluate("translate('bar', 'abc', 'ABC')") == "BAr")
        #expect(try Self.evaluate("translate('--aaa--', 'abc-', 'ABC')") == "AAA")
        #expect(try Self.evaluate("translate(/r/p, 'abc', 'ABC')") == "BAr")
        #expect(try Self.evaluate("concat('a', 'b')") == "ab")
        #expect(try Self.evaluate("concat('a', /r/p, 1, true(), '')") == "abar1true")
    }

    @Test func charactersNotBytes() throws {
        #expect(try Self.evaluate("translate('Ünïcødé', 'ïøé', 'ioe')") == "Ünicode")
        // A combining accent is a character of its own in XPath, unlike in Swift's String.
        #expect(try Self.evaluate("translate('e\u{301}a', '\u{301}', '')") == "ea")
        #expect(try Self.evaluate("translate('a𝔸b', '𝔸', 'Ω')") == "aΩb")
        #expect(try Self.evaluate("concat('ü', '𝔸')") == "ü𝔸")
    }

    @Test func theFirstOccurrenceDecidesAndExtraCharactersAreIgnored() throws {
        #expect(try Self.evaluate("translate('aab', 'aa', 'xy')") == "xxb")
        #expect(try Self.evaluate("translate('abc', 'a', 'xyz')") == "xbc")
        #expect(try Self.evaluate("translate('abc', '', 'xyz')") == "abc")
        #expect(try Self.evaluate("translate('', 'a', 'b')") == "")
    }

    @Test func agreesWithTheRecommendationsWordingOnRandomStrings() {
        let alphabet = Array("abcAB-é\u{301}𝔸 ".unicodeScalars)
        var generator = SeededGenerator(seed: 11)
        func random(_ length: Int) -> String {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(alphabet.randomElement(using: &generator)!) }
            return String(scalars)
        }
        for _ in 0..<500 {
            let (text, from, to) = (random(Int.random(in: 0...12, using: &generator)), random(Int.random(in: 0...6, using: &generator)), random(Int.random(in: 0...6, using: &generator)))
            #expect(
                XPathStringFunctions.translate(text, from: from, to: to) == Self.translatedBySpec(text, from, to),
                "translate(\(text.debugDescription), \(from.debugDescription), \(to.debugDescription))")
        }
    }

    @Test func aWrongNumberOfArgumentsIsAnError() {
        for source in ["translate('a', 'b')", "translate('a', 'b', 'c', 'd')", "concat('a')"] {
            #expect(throws: XPathError.self, "\(source)") { try Self.evaluate(source) }
        }
    }

    @Test func theWorkIsChargedToTheLimit() throws {
        // One element of 1 MB of text: few nodes, but a long string for translate() to go over.
        let text = String(repeating: "abcdefgh", count: 131_072)
        let big = try XMLDocument.parseXML(Array("<r>\(text)</r>".utf8), name: "big.xml")
        let evaluator = try #require(XPathEvaluator(document: big))
        let stringValue = try evaluator.string(XPathExpression("string-length(/)"))
        #expect(stringValue == "\(text.utf8.count)")
        let afterStringLength = evaluator.operationsSpent
        let translated = try evaluator.string(XPathExpression("string-length(translate(/, 'abc', 'xy'))"))
        #expect(translated == "\(text.utf8.count - text.utf8.count / 8)")
        let charge = XPathOperationLimit.cost(ofFunctionOver: text.utf8.count + 5, limit: evaluator.operationLimit)
        #expect(charge > afterStringLength)
        #expect(evaluator.operationsSpent - afterStringLength >= charge)
        let afterTranslate = evaluator.operationsSpent
        _ = try evaluator.string(XPathExpression("concat(/, /)"))
        let concatCharge = XPathOperationLimit.cost(ofFunctionOver: 2 * text.utf8.count, limit: evaluator.operationLimit)
        #expect(evaluator.operationsSpent - afterTranslate >= concatCharge)
    }

    @Test func aCallOverTheLimitFailsWithTheLimitsError() throws {
        let text = String(repeating: "abcdefgh", count: 131_072)
        let big = try XMLDocument.parseXML(Array("<r>\(text)</r>".utf8), name: "big.xml")
        let evaluator = try #require(XPathEvaluator(document: big))
        let translate = try XPathExpression("string-length(translate(/, 'abc', ''))")
        let charge = XPathOperationLimit.cost(ofFunctionOver: text.utf8.count + 3, limit: evaluator.operationLimit)
        // Spend the limit on cheap evaluations until this call's charge no longer fits; libxml2's
        // own translate() would fit still, as a call costs it a few operations.
        let cheap = try XPathExpression("count(/r) = 1")
        while evaluator.operationsSpent + charge <= evaluator.operationLimit {
            #expect(try evaluator.boolean(cheap))
        }
        #expect(charge > 8)
        #expect {
            try evaluator.string(translate)
        } throws: { error in
            (error as? XPathError)?.exceededOperationLimit == true
        }
    }
}
