/// What sanitizing one cable gave: its public version, or why it gets none.
public enum SanitizeOutcome: Sendable {
    case publicVersion(PublicVersion)
    case refused(reason: String)
}

/// Builds a cable's public version from the parts the parser recognised — never from the
/// input's text as a whole — withholding every portion above the release level (fail-closed),
/// and removing what the policy names.
public struct Sanitizer: Sendable {
    public let policy: RedactionPolicy
    public let options: SanitizeOptions
    public let tool: ToolInfo

    public init(policy: RedactionPolicy, options: SanitizeOptions, tool: ToolInfo = .cablemark) {
        self.policy = policy
        self.options = options
        self.tool = tool
    }

    /// Sanitizes `cable`; `input` (the file's bytes) lets the manifest place each change exactly.
    public func sanitize(_ cable: Cable, input: [UInt8]? = nil) -> SanitizeOutcome {
        sanitize(cable, locator: input.map(SpanLocator.init))
    }

    func sanitize(_ cable: Cable, locator: SpanLocator?) -> SanitizeOutcome {
        guard let banner = cable.banner else {
            return .refused(reason: "no classification line: its level is unknown, so nothing can be released")
        }
        guard let sensitivity = CableSensitivity(cable) else {
            return .refused(
                reason: "the classification line names no level ('\(banner.marking)'), so nothing can be released")
        }
        let judge = PortionJudge(
            cable: cable, sensitivity: sensitivity.level, options: options, noticeStyle: policy.noticeStyle)
        let header = PublicHeader(cable: cable, banner: banner)
        let headerWords = ShingleSet.wordHashes(header.text(banner: banner))
        var portions = Self.portions(of: cable, judge: judge)
        let portionWords = portions.map { ShingleSet.wordHashes($0.text) }
        let markedRuns = locator.map { Self.markedRuns(in: $0.bytes(of: cable.range), judge: judge) }
        if var markedRuns {
            markedRuns.remove(shinglesOf: headerWords)
            Self.withholdMarkedText(&portions, words: portionWords, runs: markedRuns)
        }
        Self.withholdRepeatedText(&portions, words: portionWords, header: headerWords)
        let classifierNames = ClassifierNames(cable.classifiedBy?.classifier).spellings

        var alterations: [Alteration] = []
        var withheldTexts: [String] = []
        for portion in portions {
            switch portion.verdict {
            case .release:
                continue
            case .declassify(let from):
                alterations.append(
                    Alteration(
                        kind: .declassified, range: portion.range, paragraph: portion.number, field: portion.field,
                        reason: "(\(from)) released: DECL date "
                            + "\(judge.passedDeclassificationDate?.description ?? "") has passed as of \(options.asOf)",
                        rule: "declassify-expired", operation: "release", replacement: ""))
            case .withhold(let withholding):
                withheldTexts.append(portion.text)
                alterations.append(
                    Alteration(
                        kind: portion.field == nil ? .withheldParagraph : .withheldField, range: portion.range,
                        paragraph: portion.number, field: portion.field, reason: withholding.reason,
                        rule: withholding.rule, operation: "withhold", replacement: withholding.notice,
                        mark: withholding.mark, exemption: withholding.exemption))
            }
        }
        alterations += removedLines(of: cable) + header.leftOut

        let redaction = redact(
            released(header, banner: banner, portions: portions), classifierNames: classifierNames, locator: locator)
        alterations += redaction.alterations
        let redacted = redaction.texts

        let layout = self.layout(header, portions: portions, redacted: redacted, judge: judge)
        alterations.append(
            Alteration(
                kind: .replacedLine, range: banner.line.range, field: "classification line",
                reason: "a public version carries the release level", rule: "classification-line", operation: "replace",
                replacement: layout.classificationLine))
        alterations.sort { ($0.range.start.offset, $0.range.end.offset) < ($1.range.start.offset, $1.range.end.offset) }

        let paragraphs = portions.filter { $0.field == nil }
        return .publicVersion(
            PublicVersion(
                text: layout.rendered(), alterations: alterations, cableSensitivity: sensitivity.level,
                sensitivityRaisedBy: sensitivity.raisedBy, paragraphCount: paragraphs.count,
                withheldParagraphCount: paragraphs.filter(\.isWithheld).count,
                declassifiedParagraphCount: paragraphs.filter {
                    if case .declassify = $0.verdict { true } else { false }
                }.count,
                withheldTexts: withheldTexts, removedStrings: redaction.removed,
                classifierNames: classifierNames, markedRuns: markedRuns))
    }

    // MARK: - Portions

    /// A part of the cable the public version releases or withholds as a whole.
    struct Portion {
        var number: Int?
        /// The number of an item the paragraph `number` quotes (`QuotedItem`); nil for the paragraph.
        var item: Int?
        /// "SUBJECT" or "REF"; nil for a paragraph.
        var field: String?
        var mark: PortionMark?
        /// The text the public version would carry after the mark.
        var text: String
        var range: SourceRange
        var verdict: PortionVerdict

        var isWithheld: Bool {
            if case .withhold = verdict { true } else { false }
        }
    }

    /// Words a released subject of a cable above the release level may have.
    static let maximumSubjectWords = 40

    static func portions(of cable: Cable, judge: PortionJudge) -> [Portion] {
        var portions: [Portion] = []
        if let subject = cable.subject {
            // A subject carries a mark only when it opens with a valid one: "(U) VISIT OF …".
            let mark = leadingMark(subject.text)
            let text = mark.map { subject.text.dropFirst($0.length).trimmingSpaces() } ?? subject.text
            var verdict = judge.judge(mark?.mark)
            // A marked subject of a cable above the release level may have run on into the body.
            if verdict == .release, judge.cable > judge.options.ceiling, PublicHeader.words(text) > maximumSubjectWords
            {
                verdict = .withhold(
                    Withholding(
                        notice: "[withheld: unmarked header text]", rule: "withhold-header-field",
                        reason: "the SUBJECT runs on (\(PublicHeader.words(text)) words) into what may be other text"))
            }
            portions.append(
                Portion(field: "SUBJECT", mark: mark?.mark, text: text, range: subject.range, verdict: verdict))
        }
        if let references = cable.references, !references.text.isEmpty {
            var verdict = judge.judge(nil)
            switch verdict {
            case .withhold where ReferenceList.looksLikeReferences(references.text), .declassify:
                verdict = .release
            case .withhold:
                verdict = .withhold(
                    Withholding(
                        notice: "[withheld: unmarked header text]", rule: "withhold-header-field",
                        reason: "REF text in a \(judge.cable.mark) cable does not read as a list of references"))
            case .release:
                break
            }
            portions.append(Portion(field: "REF", text: references.text, range: references.range, verdict: verdict))
        }
        for paragraph in cable.paragraphs {
            let verdict = judge.judge(paragraph.mark)
            portions.append(
                Portion(
                    number: paragraph.number, mark: paragraph.mark, text: paragraph.text, range: paragraph.range,
                    verdict: verdict))
            for item in paragraph.quotedItems {
                portions.append(
                    Portion(
                        number: paragraph.number, item: item.number, text: item.text, range: item.range,
                        verdict: judge.judgeQuotedItem(paragraph: verdict)))
            }
        }
        return portions
    }

    /// A valid portion mark at the start of `text` and the characters it takes, "(U) " included.
    static func leadingMark(_ text: String) -> (mark: PortionMark, length: Int)? {
        guard text.hasPrefix("("), let close = text.prefix(46).firstIndex(of: ")") else { return nil }
        let raw = String(text[text.index(after: text.startIndex)..<close])
        let mark = PortionMark(raw: raw)
        guard mark.isValid, mark.sensitivity != nil else { return nil }
        return (mark, text.distance(from: text.startIndex, to: close) + 1)
    }

    /// The runs of words the input's own marks and paragraph numbers withhold, read from the
    /// input's bytes without the parser.
    static func markedRuns(in bytes: ArraySlice<UInt8>, judge: PortionJudge) -> ShingleSet {
        let unmarkedWithheld = if case .withhold = judge.judge(nil) { true } else { false }
        return MarkedTextScan(releases: judge.releases, withholdsUnmarked: unmarkedWithheld).withheldRuns(in: bytes)
    }

    /// Withholds every released portion holding eight consecutive words that the input's own
    /// marks and numbers withhold: where the parser joined a paragraph to the one before, its
    /// words stand after a mark or a number the scan saw. `words` holds each portion's
    /// `ShingleSet.wordHashes`.
    static func withholdMarkedText(_ portions: inout [Portion], words: [[UInt64]], runs: ShingleSet) {
        guard !runs.isEmpty else { return }
        for index in portions.indices where !portions[index].isWithheld && runs.contains(anyOf: words[index]) {
            portions[index].verdict = .withhold(
                Withholding(
                    notice: "[withheld: holds text marked above the release level]", rule: "withhold-marked-text",
                    reason: "holds \(ShingleSet.length) or more consecutive words that follow, in the input, a mark "
                        + "above the release level or an unmarked paragraph number"))
        }
    }

    /// Withholds every released portion that repeats eight consecutive words (or the whole, if
    /// shorter) of a withheld one, until no released portion does: its text was withheld once.
    /// Words of the header lines every public version carries (`header`) do not count. `words`
    /// and `header` are the texts' `ShingleSet.wordHashes`.
    static func withholdRepeatedText(_ portions: inout [Portion], words: [[UInt64]], header: [UInt64]) {
        // Nothing released, nothing to withhold: the set of withheld text is not built.
        guard portions.contains(where: { !$0.isWithheld }) else { return }
        var withheld = ShingleSet()
        withheld.insert(contentsOf: portions.indices.filter { portions[$0].isWithheld }.map { words[$0] })
        withheld.remove(shinglesOf: header)
        var changed = !withheld.isEmpty
        while changed {
            changed = false
            for index in portions.indices
            where !portions[index].isWithheld && withheld.contains(anyOf: words[index]) {
                portions[index].verdict = .withhold(
                    Withholding(
                        notice: "[withheld: repeats withheld text]", rule: "withhold-repeated-text",
                        reason: "repeats \(ShingleSet.length) or more consecutive words of a withheld portion"))
                withheld.insert(words: words[index])
                withheld.remove(shinglesOf: header)
                changed = true
            }
        }
    }

    // MARK: - Redaction

    /// A piece of released text: where it stands, and what the manifest calls it.
    struct ReleasedPiece {
        var text: String
        var range: SourceRange
        var paragraph: Int?
        var field: String?
    }

    /// Everything the public version carries from the cable's own text.
    private func released(_ header: PublicHeader, banner: Banner, portions: [Portion]) -> [ReleasedPiece] {
        var pieces = [ReleasedPiece(text: header.reference, range: banner.line.range, field: "classification line")]
        if let line = header.executiveOrder {
            pieces.append(ReleasedPiece(text: line.text, range: line.range, field: "E.O."))
        }
        if let tags = header.tags { pieces.append(ReleasedPiece(text: tags.text, range: tags.range, field: "TAGS")) }
        for portion in portions where !portion.isWithheld {
            pieces.append(
                ReleasedPiece(text: portion.text, range: portion.range, paragraph: portion.number, field: portion.field)
            )
        }
        return pieces
    }

    /// Redacts every released piece (a string a rule took out anywhere goes everywhere): the
    /// redacted texts by original text, the changes, and the strings taken out.
    private func redact(_ pieces: [ReleasedPiece], classifierNames: [String], locator: SpanLocator?) -> (
        texts: [String: String], alterations: [Alteration], removed: [(rule: String, text: String)]
    ) {
        let redactor = TextRedactor(policy: policy, classifierNames: classifierNames)
        let firstPass = pieces.map { redactor.redact($0.text) }
        let covering = Self.redactorCoveringRepeats(redactor, found: firstPass)
        var texts: [String: String] = [:]
        var alterations: [Alteration] = []
        var removed: [(rule: String, text: String)] = []
        for (index, piece) in pieces.enumerated() {
            let result = covering?.redact(piece.text) ?? firstPass[index]
            texts[piece.text] = result.text
            guard !result.changes.isEmpty else { continue }
            let bytes = Array(piece.text.utf8)
            for change in result.changes {
                let place =
                    locator?.locate(change.range, in: bytes, field: piece.range) ?? (range: piece.range, exact: false)
                alterations.append(
                    Alteration(
                        kind: .redactedText, range: place.range, rangeIsExact: place.exact, paragraph: piece.paragraph,
                        field: piece.field, reason: Self.reason(for: change), rule: change.ruleID,
                        operation: change.operation.name, replacement: change.replacement,
                        exemption: policy.rules.first { $0.id == change.ruleID }?.exemption))
                if change.ruleID != TextRedactor.handlingMarkerRule { removed.append((change.ruleID, change.original)) }
            }
        }
        return (texts, alterations, removed)
    }

    /// `redactor` extended so that every string one of its rules matched (`found`: its results
    /// on the texts) is taken out wherever else it stands, even where the rule's pattern does
    /// not see it (a passport number without the word "passport" near it); nil when its rules
    /// matched nothing but handling markers, so that `found` stands as it is.
    static func redactorCoveringRepeats(
        _ redactor: TextRedactor, found: [(text: String, changes: [TextRedactor.Change])]
    ) -> TextRedactor? {
        var originals: [String: (operation: RedactionOperator, strings: Set<String>)] = [:]
        for result in found {
            for change in result.changes where change.ruleID != TextRedactor.handlingMarkerRule {
                originals[change.ruleID, default: (change.operation, [])].strings.insert(change.original)
            }
        }
        guard !originals.isEmpty else { return nil }
        var redactions = redactor.redactions
        for (ruleID, found) in originals.sorted(by: { $0.key < $1.key }) {
            redactions.append(
                TextRedactor.Redaction(
                    ruleID: ruleID, matcher: .terms(TermList(terms: found.strings.sorted(), caseSensitive: false)),
                    operation: found.operation))
        }
        return TextRedactor(redactions: redactions)
    }

    private static func reason(for change: TextRedactor.Change) -> String {
        switch change.ruleID {
        case TextRedactor.handlingMarkerRule: "handling marker \(change.original)"
        case TextRedactor.classifierRule: "the classifier's name"
        default: "matched by redaction rule \(change.ruleID)"
        }
    }

    /// Header lines a public version leaves out: the classifier block and the captions.
    private func removedLines(of cable: Cable) -> [Alteration] {
        var removed: [Alteration] = []
        if let classifiedBy = cable.classifiedBy, cable.paragraphs.first?.range != classifiedBy.line.range {
            removed.append(
                Alteration(
                    kind: .removedLine, range: classifiedBy.line.range, field: "Classified By",
                    reason: "the classifier's name is not released; notices cite the reason", rule: "classified-by",
                    operation: "remove", replacement: ""))
        }
        if let derivedFrom = cable.derivedFrom {
            removed.append(
                Alteration(
                    kind: .removedLine, range: derivedFrom.range, field: "Derived From",
                    reason: "classification authority is not released", rule: "derived-from", operation: "remove",
                    replacement: ""))
        }
        for caption in cable.captions {
            let isMarker = policy.handlingMarkers.contains(caption.name)
            removed.append(
                Alteration(
                    kind: .removedLine, range: caption.range, field: caption.name,
                    reason: isMarker
                        ? "handling marker \(caption.name)"
                        : "caption \(caption.name): the public version states its own level",
                    rule: isMarker ? TextRedactor.handlingMarkerRule : "caption", operation: "remove", replacement: ""))
        }
        return removed
    }

    // MARK: - Layout

    private func layout(
        _ header: PublicHeader, portions: [Portion], redacted: [String: String], judge: PortionJudge
    ) -> PublicCableLayout {
        var statements = [
            "SANITIZED VERSION - RELEASE LEVEL \(options.releaseLevel.name) - \(tool.name) \(tool.version) - "
                + "policy \(policy.name) \(policy.version)"
        ]
        if portions.contains(where: { if case .declassify = $0.verdict { true } else { false } }),
            let date = judge.passedDeclassificationDate
        {
            statements.append("PORTIONS DECLASSIFIED: DECL DATE \(date) PASSED AS OF \(options.asOf)")
        }
        func content(_ portion: Portion) -> String {
            switch portion.verdict {
            case .withhold(let withholding):
                return withholding.notice
            case .declassify(let from):
                return "(U) [declassified from (\(from))] " + (redacted[portion.text] ?? "")
            case .release:
                let text = redacted[portion.text] ?? ""
                // The level alone: controls such as NOFORN are handling markers no public version carries.
                guard let mark = portion.mark, let stated = mark.sensitivity else { return text }
                return "(\(PortionJudge.noticeMark(mark, stated))) " + text
            }
        }
        var layout = PublicCableLayout(
            dateTimeGroup: header.dateTimeGroup?.text,
            classificationLine: PublicCableLayout.classificationLine(
                level: options.releaseLevel, reference: redacted[header.reference] ?? header.reference),
            statements: statements, executiveOrder: header.executiveOrder.map { redacted[$0.text] ?? $0.text },
            tags: header.tags.map { redacted[$0.text] ?? $0.text }, paragraphs: [])
        for portion in portions {
            let text = content(portion).trimmingSpaces()
            switch portion.field {
            case "SUBJECT": layout.subject = text
            case "REF": layout.references = text
            default: layout.paragraphs.append((portion.item ?? portion.number).map { "\($0). " + text } ?? text)
            }
        }
        return layout
    }
}
