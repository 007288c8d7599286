/// The `when` attribute of a check: terms separated by spaces must all hold; a term is one or
/// more alternatives separated by "|"; "!" before an alternative negates it.
///
/// An alternative is a cable property (classified, unclassified, sensitive, sbu, portion-marked,
/// entire-text, one-paragraph, dated, derivative, classified-by-cut), a marker (portion:NF holds when some paragraph has it, header:SIPDIS,
/// banner:EFTO), a field name (holds when the field has a value), or FIELD=V1,V2 (some value of
/// the field is one of these; case is ignored and a trailing * matches any rest). Conditions
/// are compared by what they test, so that the engine evaluates each distinct one once per cable.
struct CableCondition: Sendable, Hashable {
    private let terms: [[Alternative]]

    static let always = CableCondition(terms: [])

    /// True for the condition of a check without `when`.
    var isAlways: Bool { terms.isEmpty }

    private struct Alternative: Sendable, Hashable {
        var negated: Bool
        var predicate: Predicate
    }

    private enum Predicate: Sendable, Hashable {
        case property(Property)
        case marker(Marker)
        case present(CableField)
        case value(CableField, [ValuePattern])
    }

    private enum Property: String, Sendable, CaseIterable {
        case classified, unclassified, sensitive, sbu, dated, derivative
        case portionMarked = "portion-marked"
        case oneParagraph = "one-paragraph"
        case entireText = "entire-text"
        case classifiedByCut = "classified-by-cut"
    }

    /// A value to compare with, upper-cased; `prefix` when it ended in "*".
    private struct ValuePattern: Sendable, Hashable {
        var text: String
        var prefix: Bool

        func matches(_ value: String) -> Bool {
            let value = value.uppercased()
            return prefix ? value.hasPrefix(text) : value == text
        }
    }

    private init(terms: [[Alternative]]) {
        self.terms = terms
    }

    /// Parses the attribute; the error names the alternative that is not understood.
    init(parsing text: String) throws(ConditionError) {
        var terms: [[Alternative]] = []
        for term in text.split(separator: " ") {
            var alternatives: [Alternative] = []
            for alternative in term.split(separator: "|", omittingEmptySubsequences: false) {
                alternatives.append(try Self.parse(alternative))
            }
            terms.append(alternatives)
        }
        self.init(terms: terms)
    }

    struct ConditionError: Error {
        var message: String
    }

    private static func parse(_ text: Substring) throws(ConditionError) -> Alternative {
        let negated = text.hasPrefix("!")
        let body = negated ? text.dropFirst() : text
        let predicate: Predicate
        if let property = Property(rawValue: String(body)) {
            predicate = .property(property)
        } else if body.contains(":") {
            guard let marker = Marker(body) else {
                throw ConditionError(message: "unknown marker '\(body)' in when: \(Marker.syntaxHelp)")
            }
            predicate = .marker(marker)
        } else if let equals = body.firstIndex(of: "=") {
            let name = String(body[..<equals])
            guard let field = CableField(rawValue: name) else { throw unknown(name) }
            let patterns = body[body.index(after: equals)...].split(separator: ",").map { value in
                value.hasSuffix("*")
                    ? ValuePattern(text: value.dropLast().uppercased(), prefix: true)
                    : ValuePattern(text: value.uppercased(), prefix: false)
            }
            guard !patterns.isEmpty else {
                throw ConditionError(message: "'\(body)' in when names no value after '='")
            }
            predicate = .value(field, patterns)
        } else if let field = CableField(rawValue: String(body)) {
            predicate = .present(field)
        } else {
            throw unknown(String(body))
        }
        return Alternative(negated: negated, predicate: predicate)
    }

    private static func unknown(_ name: String) -> ConditionError {
        let properties = Property.allCases.map(\.rawValue).joined(separator: ", ")
        return ConditionError(
            message: "unknown condition '\(name)' in when: use a property (\(properties)), a marker, "
                + "a field name or FIELD=VALUE")
    }

    func holds(for facts: CableFacts) -> Bool {
        terms.allSatisfy { alternatives in
            alternatives.contains { $0.negated != Self.holds($0.predicate, facts) }
        }
    }

    private static func holds(_ predicate: Predicate, _ facts: CableFacts) -> Bool {
        switch predicate {
        case .property(let property):
            switch property {
            case .classified: return facts.cable.level?.isClassified ?? false
            case .unclassified: return facts.cable.level == .unclassified
            case .sensitive: return facts.cable.isSensitive
            case .sbu: return facts.isSBU
            case .dated: return facts.cable.date != nil
            case .derivative: return facts.cable.derivedFrom != nil || facts.cable.classifiedBy?.isDerivative == true
            case .portionMarked: return facts.anyPortion.contains(.marked)
            case .entireText: return facts.cable.entireTextLevel != nil
            case .oneParagraph: return facts.cable.paragraphs.count == 1
            case .classifiedByCut: return facts.cable.classifiedBy?.isCut == true
            }
        case .marker(let marker):
            return facts.has(marker)
        case .present(let field):
            return !facts.values(of: field).isEmpty
        case .value(let field, let patterns):
            return facts.values(of: field).contains { value in
                patterns.contains { $0.matches(value.text) }
            }
        }
    }
}
