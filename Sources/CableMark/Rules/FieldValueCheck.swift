/// A check that judges each value of one field on its own and fires on those it finds wrong:
/// allowed-values, forbidden-values, forbidden-field, pattern.
protocol FieldValueCheck: CheckKind {
    var field: CableField { get }
    /// What the message names for a hit on `value` of a cable dated `date`; nil: no hit.
    func hitValues(for value: FieldValue, on date: CableDate?) -> [String: String]?
}

extension FieldValueCheck {
    func hits(in facts: CableFacts) -> [CheckHit] {
        let date = facts.cable.date
        return facts.values(of: field).compactMap { value in
            hitValues(for: value, on: date).map { CheckHit(value, values: $0) }
        }
    }
}
