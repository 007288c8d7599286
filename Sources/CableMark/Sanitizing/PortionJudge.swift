/// What a public version does with one portion (a paragraph or the subject).
enum PortionVerdict: Equatable {
    case release
    /// A classified portion released because the cable's DECL date has passed; `from` is the
    /// mark it had.
    case declassify(from: String)
    case withhold(Withholding)
}

/// Decides, portion by portion, what a public version releases: every portion at or below the
/// release level; nothing above it, fail-closed.
struct PortionJudge {
    let options: SanitizeOptions
    let cable: Sensitivity
    /// "1. CONFIDENTIAL - ENTIRE TEXT.": the level of every unmarked paragraph.
    let entireText: Sensitivity?
    let notices: WithholdingNotice
    /// The cable's DECL date when it is on or before the as-of date.
    let passedDeclassificationDate: CalendarDate?

    init(cable: Cable, sensitivity: Sensitivity, options: SanitizeOptions, noticeStyle: NoticeStyle) {
        self.options = options
        self.cable = sensitivity
        entireText = cable.entireTextLevel.map(Sensitivity.init)
        notices = WithholdingNotice(cable: cable, style: noticeStyle)
        if case .date(let date, _) = cable.executiveOrder?.declassification, date <= options.asOf {
            passedDeclassificationDate = date
        } else {
            passedDeclassificationDate = nil
        }
    }

    /// True when the cable's classified portions may be released.
    var declassifies: Bool { options.declassifyExpired && passedDeclassificationDate != nil }

    /// Whether a portion of `level` may be released.
    func releases(_ level: Sensitivity) -> Bool {
        level <= options.ceiling || (level.isClassified && declassifies)
    }

    /// The verdict for a portion marked `mark` (nil: unmarked).
    func judge(_ mark: PortionMark?) -> PortionVerdict {
        guard let mark else { return judgeUnmarked() }
        guard mark.isValid, let stated = mark.sensitivity else {
            if cable > options.ceiling {
                return .withhold(
                    Withholding(
                        mark: cable.mark, sensitivity: cable, notices: notices, rule: "withhold-unreadable-mark",
                        reason: "unreadable portion mark (\(mark.raw)) in a \(cable.mark) cable, treated as the cable's level"))
            }
            return .withhold(
                Withholding(
                    notice: "[withheld: unreadable portion mark]", rule: "withhold-unreadable-mark",
                    reason: "unreadable portion mark (\(mark.raw))"))
        }
        let written = Self.written(mark)
        if stated <= options.ceiling { return .release }
        if stated.isClassified, declassifies { return .declassify(from: Self.noticeMark(mark, stated)) }
        return .withhold(
            Withholding(
                mark: Self.noticeMark(mark, stated), sensitivity: stated, notices: notices, rule: "withhold-above-release",
                reason: "(\(written)) is above the release level \(options.releaseLevel.abbreviation)" + dueNote(stated)))
    }

    /// The verdict for an item a paragraph quotes (`QuotedItem`), given the paragraph's: within
    /// its portion as a reviewer reads it, but unmarked, so released only where both the
    /// paragraph and an unmarked portion are — never wider than the paragraph's mark.
    func judgeQuotedItem(paragraph: PortionVerdict) -> PortionVerdict {
        if case .withhold = paragraph { return paragraph }
        let unmarked = judgeUnmarked()
        if case .withhold = unmarked { return unmarked }
        if case .declassify = paragraph { return paragraph }
        return unmarked
    }

    private func judgeUnmarked() -> PortionVerdict {
        let level = max(cable, entireText ?? .unclassified)
        if level <= options.ceiling { return .release }
        if level.isClassified, declassifies { return .declassify(from: level.mark) }
        return .withhold(
            Withholding(
                mark: level.mark, sensitivity: level, notices: notices, rule: "withhold-unmarked",
                reason: "unmarked portion, treated as the cable's level (\(level.mark)), above the release level "
                    + options.releaseLevel.abbreviation + dueNote(level)))
    }

    /// Says when a withheld classified portion would be released if expired portions were
    /// declassified (the command line's --declassify-expired).
    private func dueNote(_ level: Sensitivity) -> String {
        guard level.isClassified, let date = passedDeclassificationDate, !options.declassifyExpired else { return "" }
        return "; its DECL date \(date) has passed as of \(options.asOf): declassifying expired portions would release it"
    }

    /// The mark a public version states, on a notice or a released portion: the level (U, C, S,
    /// TS), or SBU, SBU-N or LOU. Dissemination controls stay out: "NOFORN" is a handling marker
    /// no public version carries.
    static func noticeMark(_ mark: PortionMark, _ stated: Sensitivity) -> String {
        if stated.isClassified || stated == .unclassified { return stated.mark }
        if mark.isLOU { return "LOU" }
        return mark.isSBU && mark.isNoforn ? "SBU-N" : "SBU"
    }

    /// The mark as written, for the manifest: upper case, white space folded ("S//NF").
    static func written(_ mark: PortionMark) -> String {
        ContainerBytes.foldedString(Array(mark.raw.uppercased().utf8))
    }
}
