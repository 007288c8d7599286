/// The notice that stands for a portion withheld at a level, in the policy's style, and the
/// FOIA exemption the withholding claims.
///
/// - classification: the mark and, for classified information, the order and the reason the
///   cable cites: "[withheld: (C), E.O. 12958 1.4(d)]".
/// - foia: the exemption at the place of the deletion, as 5 U.S.C. 552(b) asks ("the exemption
///   under which the deletion is made shall be indicated at the place in the record where such
///   deletion is made"), and, for (b)(1), the section 1.4 categories, the way the Department of
///   State marks its FOIA releases ("(b)(1)" with "1.4(b) Foreign government information",
///   "1.4(d) Foreign relations …" in the letter's list of exemptions): "[(b)(1) 1.4(b),(d)]".
///
/// Information that is not classified claims no exemption here (which one fits, if any, is
/// the reviewer's call), so its notice states its mark in both styles: "[withheld: (SBU)]".
struct WithholdingNotice {
    /// The FOIA exemption for information an executive order keeps secret, 5 U.S.C. 552(b)(1).
    private static let classifiedExemption = "(b)(1)"

    private let style: NoticeStyle
    /// The cable's citation (`citation(of:)`).
    private let citation: String
    /// The categories the cable's reason cites, as FOIA notices write them: "1.4(b),(d)", "1.4",
    /// or empty.
    private let categories: String

    init(cable: Cable, style: NoticeStyle) {
        self.style = style
        citation = Self.citation(of: cable)
        categories = Self.reason(of: cable).map { Self.categoriesSection + $0.categories.joined(separator: ",") } ?? ""
    }

    /// The section that lists the classification categories a (b)(1) claim cites today (E.O.
    /// 13526 1.4). A cable's "1.5" is the same list: E.O. 12958 named the categories (a)–(g) in
    /// section 1.5 until E.O. 13292 (2003) renumbered it 1.4, letters unchanged, and added (h).
    private static let categoriesSection = "1.4"

    /// The order and the reason the cable cites: "E.O. 12958 1.4(b)(d)", "E.O. 12958", "1.4(d)",
    /// or empty when it cites neither.
    static func citation(of cable: Cable) -> String {
        var parts: [String] = []
        if let order = cable.executiveOrder?.order { parts.append("E.O. \(order)") }
        if let reason = reason(of: cable) { parts.append(reason.section + reason.categories.joined()) }
        return parts.joined(separator: " ")
    }

    /// The section ("1.4") and the categories a–h ("(b)", "(d)") of the cable's Classified By line.
    private static func reason(of cable: Cable) -> (section: String, categories: [String])? {
        guard let classifiedBy = cable.classifiedBy, let section = classifiedBy.reasonSection else { return nil }
        return (section, classifiedBy.reasonCategories.filter { ("a"..."h").contains($0) }.map { "(\($0))" })
    }

    /// The exemption withholding a portion of `sensitivity` claims; nil when it claims none.
    static func exemption(for sensitivity: Sensitivity) -> String? {
        sensitivity.isClassified ? classifiedExemption : nil
    }

    /// The notice for a portion withheld at `mark` (as `PortionJudge.noticeMark` writes it).
    func notice(mark: String, sensitivity: Sensitivity) -> String {
        guard let exemption = Self.exemption(for: sensitivity) else { return "[withheld: (\(mark))]" }
        switch style {
        case .classification:
            return citation.isEmpty ? "[withheld: (\(mark))]" : "[withheld: (\(mark)), \(citation)]"
        case .foia:
            return categories.isEmpty ? "[\(exemption)]" : "[\(exemption) \(categories)]"
        }
    }
}
