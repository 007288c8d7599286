/// A rule's examples: built when their rule set is loaded (a user's rule file, so that a broken
/// example fails the load with its message), or only when asked for (the built-in rule sets,
/// whose every example the test suite builds and verifies; `check` never needs them).
enum RuleExamples: Sendable {
    case built([RuleExample])
    case deferred([RuleExampleSource])

    /// The examples, built now when they were deferred; the error is the first that cannot be built.
    func built() throws(RuleSetError) -> [RuleExample] {
        switch self {
        case .built(let examples):
            return examples
        case .deferred(let sources):
            var examples: [RuleExample] = []
            for source in sources { examples.append(try source.build()) }
            return examples
        }
    }
}
