import Testing

@testable import CableMark

/// Load-time checks of what rule sets and policies bring: regular expressions that backtrack
/// exponentially, XPath functions that reach outside the cable.
@Suite struct HostilePatternTests {
    @Test(arguments: [
        ("(\\w+\\s?)*$X", "(\\w+\\s?)*"), ("(.*a){25}", "(.*a){25}"), ("(a+)+b", "(a+)+"),
        ("((ab)*c)+", "((ab)*c)+"), ("(?:x|y+){2,}", "(?:x|y+){2,}"), ("((a?))*", "((a?))*"),
    ])
    func nestedQuantifiersAreFound(_ pattern: String, _ group: String) {
        #expect(NestedQuantifier.first(in: pattern) == group)
    }

    @Test(arguments: [
        "\\((U|SBU|C|S|TS)(/[^)]*)?\\).*", "MULTIPLE SOURCES\\.?", "[A-Z]{2}", "[A-Z][A-Z'\\-]*, [A-Z][A-Z.' \\-]*",
        "(ab){3}", "(a{3}){2}", "([(]+)", "\\(+\\)*", "(a|b)*", "(?i)(foo)?bar+",
    ])
    func patternsWithoutNestingPass(_ pattern: String) {
        #expect(NestedQuantifier.first(in: pattern) == nil)
    }

    @Test func onlyCoreFunctionsMayBeCalled() {
        #expect(XPathFunctionCalls.firstNonCore(in: "document('/etc/passwd')") == "document")
        #expect(XPathFunctionCalls.firstNonCore(in: "count(x) > 0 and exsl:node-set($v)") == "exsl:node-set")
        #expect(
            XPathFunctionCalls.firstNonCore(
                in: "//paragraph/following::node()/preceding-sibling::text()[contains(., 'document(')]") == nil)
        #expect(XPathFunctionCalls.firstNonCore(in: "not(/cable/captions/caption[@name = 'NOFORN'])") == nil)
        #expect(XPathFunctionCalls.firstNonCore(in: "$as-of > string(@date)") == nil)
    }

    @Test func everyShippedRuleSetLoads() throws {
        #expect(try RuleSet.builtIn().count == 3)
        #expect(try RedactionPolicyLoader.builtIn().rules.isEmpty == false)
    }
}
