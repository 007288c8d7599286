/// Schematron-style tests over the cable's XML view (see `CableXMLView`): for every node the
/// `context` expression selects (default /cable), each `<assert test=>` fires when its test is
/// false and each `<report test=>` when it is true. Their text is the message; a `{...}` in it
/// is an XPath expression evaluated at the context node ("{@number}"). `$as-of` is the run date.
///
/// ```xml
/// <check kind="xpath" context="/cable/paragraph[@level = 'S']">
///   <report test="not(/cable/captions/caption[@name = 'NOFORN'])">paragraph {@number} ...</report>
/// </check>
/// ```
struct XPathCheck: CheckKind {
    static let name = "xpath"
    static let variables: Set<String> = []
    private static let contextParameter = CheckParameter(
        "context", .xpath, "the nodes each test is evaluated at (default /cable)")
    private static let assertParameter = CheckParameter(
        "assert", .xpathTest, "fires, with its text as the message, where its test is false")
    private static let reportParameter = CheckParameter(
        "report", .xpathTest, "fires, with its text as the message, where its test is true")
    static let parameters = [contextParameter, assertParameter, reportParameter]
    let context: XPathExpression
    let tests: [Test]

    struct Test: Sendable {
        let expression: XPathExpression
        /// True for report (fires when the test holds), false for assert.
        let firesWhenTrue: Bool
        let message: [MessagePart]
        /// Line of the `<assert>` or `<report>` in the rule set.
        let line: Int
    }

    enum MessagePart: Sendable {
        case literal(String)
        case expression(XPathExpression)
    }

    var writesOwnMessages: Bool { true }
    var needsXMLView: Bool { true }

    init(_ element: CheckElement) throws(RuleSetError) {
        let contextSource = element.string(Self.contextParameter) ?? "/cable"
        context = try Self.compile(contextSource, element, line: element.node.line)
        // In the order they are written, asserts and reports mixed.
        let names = [Self.assertParameter.name, Self.reportParameter.name]
        var tests: [Test] = []
        for child in element.node.elementChildren where names.contains(child.name) {
            let expression = try Self.compile(child.attribute("test") ?? "", element, line: child.line)
            let message = try Self.message(child.textContent.trimmingSpaces(), element, line: child.line)
            tests.append(
                Test(expression: expression, firesWhenTrue: child.name == Self.reportParameter.name, message: message, line: child.line))
        }
        guard !tests.isEmpty else { throw element.error("check kind 'xpath' needs at least one <assert> or <report>") }
        self.tests = tests
        try tryOnSample(element)
    }

    private static func compile(_ source: String, _ element: CheckElement, line: Int) throws(RuleSetError) -> XPathExpression {
        if let function = XPathFunctionCalls.firstNonCore(in: source) {
            throw element.error(
                "bad XPath: \(function)() is not one of XPath 1.0's core functions, the only ones a rule may call, in '\(source)'",
                at: line)
        }
        do {
            return try XPathExpression(source)
        } catch {
            throw element.error("bad XPath: \(error.message)", at: line)
        }
    }

    private static func message(_ text: String, _ element: CheckElement, line: Int) throws(RuleSetError) -> [MessagePart] {
        var parts: [MessagePart] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if !rest[..<open].isEmpty { parts.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw element.error("unclosed '{' in message", at: line)
            }
            let source = String(rest[rest.index(after: open)..<close])
            parts.append(.expression(try compile(source, element, line: line)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return parts
    }

    /// libxml2 resolves function names only when it evaluates them: run every expression once
    /// over a view with every element, so that an unknown function fails loading, not checking.
    private func tryOnSample(_ element: CheckElement) throws(RuleSetError) {
        guard let document = SampleCable.view.document(),
            let evaluator = XPathEvaluator(document: document, variables: Self.variables(asOf: SampleCable.date))
        else { return }
        let node: XMLNode?
        do {
            node = try evaluator.nodes(context).first
        } catch {
            throw element.error("bad XPath: \(error.message)")
        }
        for test in tests {
            do {
                _ = try evaluator.boolean(test.expression, at: node)
                for case .expression(let expression) in test.message {
                    _ = try evaluator.string(expression, at: node)
                }
            } catch {
                throw element.error("bad XPath: \(error.message)", at: test.line)
            }
        }
    }

    static func variables(asOf: CalendarDate) -> [String: String] { ["as-of": asOf.description] }

    func hits(in facts: CableFacts) throws(CheckFailure) -> [CheckHit] {
        guard let (view, document) = facts.view,
            let evaluator = XPathEvaluator(document: document, variables: Self.variables(asOf: facts.asOf))
        else { return [] }
        var hits: [CheckHit] = []
        do {
            for node in try evaluator.nodes(context) {
                for test in tests where try evaluator.boolean(test.expression, at: node) == test.firesWhenTrue {
                    var message = ""
                    for part in test.message {
                        switch part {
                        case .literal(let text): message += text
                        case .expression(let expression): message += try evaluator.string(expression, at: node)
                        }
                    }
                    let place = view.place(of: node) ?? FieldValue(text: "", range: facts.cable.range.startOnly, context: "")
                    hits.append(CheckHit(range: place.range, context: place.context, message: message))
                }
            }
        } catch {
            // Over the operation limit, or (rarely, after the sample run at load time) an error:
            // no finding, partial or not, since the check did not finish.
            throw CheckFailure(message: error.message)
        }
        return hits
    }
}
