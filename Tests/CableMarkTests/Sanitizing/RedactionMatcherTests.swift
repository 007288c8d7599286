import Testing

@testable import CableMark

@Suite struct RedactionMatcherTests {
    /// The texts `matcher` finds in `text`.
    func found(_ matcher: TextMatcher, in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matcher.matches(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func emailAddresses() {
        #expect(
            found(.email, in: "Write to DoeJ@state.gov, or jane.doe+visa@embassy.example.org.")
                == ["DoeJ@state.gov", "jane.doe+visa@embassy.example.org"])
        #expect(found(.email, in: "SIPRNET: BallardKM@state.sgov.gov. The") == ["BallardKM@state.sgov.gov"])
        #expect(found(.email, in: "at 10 a.m. @ the ministry; user@localhost; a@b.c; name@") == [])
    }

    @Test func telephoneNumbersButNotDatesSerialsOrDecimals() {
        #expect(
            found(.phone, in: "Call +51 1 618-2000, (202) 647-4000, 202-647-4000, 202.647.4000 or 618-2001.")
                == ["+51 1 618-2000", "(202) 647-4000", "202-647-4000", "202.647.4000", "618-2001"])
        #expect(found(.phone, in: "dial 011-51-1-618-2000 or 202 647 4000") == ["011-51-1-618-2000", "202 647 4000"])
        let notPhones =
            "06-21-2017 1968-75 LIMA 002181 16.2 % USD 4.4 million 212107Z 2007 2008 2009 1.4(b) $202-647-4000"
        #expect(found(.phone, in: notPhones) == [])
    }

    @Test func passportNumbersWithTheirShapeOrTheirWord() {
        #expect(
            found(.passport, in: "passport C03005988 and AB1234567; his passport number is 123456789.")
                == ["C03005988", "AB1234567", "123456789"])
        #expect(found(.passport, in: "case 123456789 of 07LIMA3673, FY2007, ABC1234567, C030059, refAB1234567, 9C12345678") == [])
    }

    @Test func termsMatchWholeWordsAcrossWhiteSpaceAndCase() {
        let names = TextMatcher.terms(TermList(terms: ["Pilar Norza", "Norza"], caseSensitive: false))
        #expect(
            found(names, in: "Director PILAR  NORZA met Norza's aide, not Norzagaray.") == ["PILAR  NORZA", "Norza"])
        let code = TextMatcher.terms(TermList(terms: ["BLUEFIN"], caseSensitive: true))
        #expect(found(code, in: "BLUEFIN, not Bluefin") == ["BLUEFIN"])
    }

    @Test func regexRulesUseTheirPattern() throws {
        let expression = try #require(PatternExpression(pattern: "CASE-[0-9]{4}-[0-9]+", caseSensitive: false))
        #expect(
            found(.regex(expression), in: "Perú: files case-2008-0412 and CASE-2008-0413; CASE-1-2") == [
                "case-2008-0412", "CASE-2008-0413",
            ])
        #expect(PatternExpression(pattern: "([unclosed", caseSensitive: true) == nil)
    }

    @Test func theRedactorAppliesOperatorsAndPrefersTheEarliestLongestMatch() {
        let redactor = TextRedactor(redactions: [
            .init(
                ruleID: "marker", matcher: .terms(TermList(terms: ["SIPDIS"], caseSensitive: true)), operation: .remove),
            .init(ruleID: "email", matcher: .email, operation: .replace(label: "[EMAIL]")),
            .init(
                ruleID: "name", matcher: .terms(TermList(terms: ["jdoe"], caseSensitive: false)),
                operation: .mask(character: "*")),
        ])
        let result = redactor.redact("SIPDIS Write to jdoe@state.gov, jdoe. SIPDIS")
        #expect(result.text == "Write to [EMAIL], ****.")
        #expect(result.changes.map(\.ruleID) == ["marker", "email", "name", "marker"])
        #expect(result.changes.map(\.original) == ["SIPDIS", "jdoe@state.gov", "jdoe", "SIPDIS"])
        #expect(result.changes[1].range == 16..<30)
    }
}
