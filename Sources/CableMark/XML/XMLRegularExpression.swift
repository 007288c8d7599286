import CLibXML2

/// A regular expression in the XML Schema dialect, compiled by libxml2. It matches whole values
/// (as XSD `pattern` facets do): write `.*WORD.*` to find WORD anywhere. Where the pattern is
/// plain enough, a `PatternAutomaton` of it matches instead of libxml2.
public final class XMLRegularExpression: @unchecked Sendable {
    // @unchecked: matching reads the compiled automaton and keeps its state on the stack, so one
    // expression may be matched on several threads at once.
    private let pointer: xmlRegexpPtr
    private let automaton: PatternAutomaton?
    public let pattern: String

    /// Compiles `pattern`; the error is libxml2's message on one line.
    public init(_ pattern: String) throws(XMLRegularExpressionError) {
        LibXML.initialize()
        let collector = XMLErrorCollector()
        let compiled = collector.capturingThreadErrors { xmlRegexpCompile(pattern) }
        guard let compiled else {
            throw XMLRegularExpressionError(
                pattern: pattern, message: collector.entries.first?.message ?? "invalid regular expression")
        }
        pointer = compiled
        automaton = PatternAutomaton(pattern)
        self.pattern = pattern
    }

    deinit {
        xmlRegFreeRegexp(pointer)
    }

    /// True when the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        automaton?.matches(text) ?? matchesWithLibxml2(text)
    }

    /// Whether the pattern is matched without libxml2 (but for a value too costly for the
    /// automaton: `PatternAutomaton.workPerByte`).
    var hasAutomaton: Bool { automaton != nil }

    /// The automaton's answer alone: nil without one, or for a value too costly for it.
    func matchesWithAutomaton(_ text: String) -> Bool? {
        automaton?.matches(text)
    }

    /// libxml2's answer: the automaton's oracle in the tests, on the rule sets' patterns.
    func matchesWithLibxml2(_ text: String) -> Bool {
        xmlRegexpExec(pointer, text) == 1
    }
}

public struct XMLRegularExpressionError: Error, Sendable, CustomStringConvertible {
    public var pattern: String
    public var message: String

    public var description: String { "invalid regular expression '\(pattern)': \(message)" }
}
