/// The notice that stands for a withheld portion, FOIA-style: its mark and, for classified
/// information, the order and the reason the cable cites — "[withheld: (C), E.O. 12958 1.4(d)]".
/// SBU has no classification reason: "[withheld: (SBU)]".
struct WithholdingNotice {
    /// "E.O. 12958 1.4(b)(d)", "E.O. 12958", "1.4(d)", or empty when the cable cites neither.
    let reason: String

    init(cable: Cable) {
        var parts: [String] = []
        if let order = cable.executiveOrder?.order { parts.append("E.O. \(order)") }
        if let classifiedBy = cable.classifiedBy, let section = classifiedBy.reasonSection {
            let categories = classifiedBy.reasonCategories.filter { ("a"..."h").contains($0) }
            parts.append(section + categories.map { "(\($0))" }.joined())
        }
        reason = parts.joined(separator: " ")
    }

    func notice(mark: String, sensitivity: Sensitivity) -> String {
        guard sensitivity.isClassified, !reason.isEmpty else { return "[withheld: (\(mark))]" }
        return "[withheld: (\(mark)), \(reason)]"
    }

    /// The mark a notice made by `notice(mark:sensitivity:)` states; nil for any other text.
    static func mark(of notice: String) -> String? {
        guard notice.hasPrefix("[withheld: ("), let close = notice.firstIndex(of: ")") else { return nil }
        return String(notice[notice.index(notice.startIndex, offsetBy: 12)..<close])
    }
}
