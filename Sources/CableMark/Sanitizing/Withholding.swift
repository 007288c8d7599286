/// A decision to withhold a portion, with the facts the public version, the manifest, the Vaughn
/// index and the HTML report are made from; nothing downstream reads them back from the notice.
struct Withholding: Equatable {
    /// What the public version carries instead.
    var notice: String
    /// The sanitizer's rule that withheld it (withhold-above-release, withhold-repeated-text …).
    var rule: String
    var reason: String
    /// The mark it was withheld at, as notices state it (C, S, TS, SBU, SBU-N, LOU); nil when
    /// it was withheld for what it holds or how it reads, at no level (repeated text, an
    /// unreadable mark in a cable at or below the release level).
    var mark: String?
    /// The FOIA exemption claimed ("(b)(1)" for classified information); nil when none is.
    var exemption: String?

    /// A portion withheld at a level: its notice in the policy's style, its mark and exemption.
    init(mark: String, sensitivity: Sensitivity, notices: WithholdingNotice, rule: String, reason: String) {
        notice = notices.notice(mark: mark, sensitivity: sensitivity)
        self.rule = rule
        self.reason = reason
        self.mark = mark
        exemption = WithholdingNotice.exemption(for: sensitivity)
    }

    /// A portion withheld at no level, under no exemption, with a notice that says why.
    init(notice: String, rule: String, reason: String) {
        self.notice = notice
        self.rule = rule
        self.reason = reason
        mark = nil
        exemption = nil
    }
}
