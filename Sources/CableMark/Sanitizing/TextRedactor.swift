/// Applies a policy's redactions to one piece of released text (a paragraph, the subject, the
/// references): handling markers removed, the cable's classifier named nowhere, every rule's
/// matches replaced by its operator.
struct TextRedactor: Sendable {
    /// One matcher with its rule id and operator, in priority order.
    struct Redaction: Sendable {
        var ruleID: String
        var matcher: TextMatcher
        var operation: RedactionOperator
    }

    /// A change made to the text: `range` in the original piece's bytes.
    struct Change: Sendable {
        var range: Range<Int>
        var original: String
        var replacement: String
        var ruleID: String
        var operation: RedactionOperator
    }

    static let handlingMarkerRule = "handling-marker"
    static let classifierRule = "classifier-name"
    static let classifierLabel = "[CLASSIFIER]"

    let redactions: [Redaction]

    init(redactions: [Redaction]) {
        self.redactions = redactions
    }

    /// The policy's redactions, and the cable's classifier in each of its spellings.
    init(policy: RedactionPolicy, classifierNames: [String]) {
        var redactions: [Redaction] = []
        if !policy.handlingMarkers.isEmpty {
            redactions.append(
                Redaction(
                    ruleID: Self.handlingMarkerRule,
                    matcher: .terms(TermList(terms: policy.handlingMarkers, caseSensitive: true)),
                    operation: .remove))
        }
        if !classifierNames.isEmpty {
            redactions.append(
                Redaction(
                    ruleID: Self.classifierRule, matcher: .terms(TermList(terms: classifierNames, caseSensitive: false)),
                    operation: .replace(label: Self.classifierLabel)))
        }
        for rule in policy.rules {
            redactions.append(Redaction(ruleID: rule.id, matcher: rule.matcher, operation: rule.operation))
        }
        self.redactions = redactions
    }

    /// `text` with every match replaced, and the changes in text order. Where matches of two
    /// rules overlap, the one that starts first wins, then the longer, then the earlier rule.
    func redact(_ text: String) -> (text: String, changes: [Change]) {
        let bytes = Array(text.utf8)
        var candidates: [(range: Range<Int>, rule: Int)] = []
        for (index, redaction) in redactions.enumerated() {
            for range in redaction.matcher.matches(in: bytes) { candidates.append((range, index)) }
        }
        guard !candidates.isEmpty else { return (text, []) }
        candidates.sort { lhs, rhs in
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            if lhs.range.count != rhs.range.count { return lhs.range.count > rhs.range.count }
            return lhs.rule < rhs.rule
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var changes: [Change] = []
        var position = 0
        for candidate in candidates where candidate.range.lowerBound >= position {
            let redaction = redactions[candidate.rule]
            let match = Array(bytes[candidate.range])
            let replacement = redaction.operation.replacement(for: match)
            output.append(contentsOf: bytes[position..<candidate.range.lowerBound])
            var next = candidate.range.upperBound
            if replacement.isEmpty {
                // A removed word takes one space with it: the one before, else the one after.
                if output.last == 0x20 {
                    output.removeLast()
                } else if next < bytes.count, bytes[next] == 0x20 {
                    next += 1
                }
            }
            output.append(contentsOf: replacement)
            changes.append(
                Change(
                    range: candidate.range, original: String(decoding: match, as: UTF8.self),
                    replacement: String(decoding: replacement, as: UTF8.self), ruleID: redaction.ruleID,
                    operation: redaction.operation))
            position = next
        }
        output.append(contentsOf: bytes[min(position, bytes.count)...])
        return (ContainerBytes.foldedString(output), changes)
    }
}
