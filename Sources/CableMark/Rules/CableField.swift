/// A part of a cable that check parameters and message templates name ("banner.level",
/// "decl.date", "paragraph.mark-tokens"). The names are a stable interface of rule sets.
enum CableField: String, CaseIterable, Sendable {
    /// The classification words as written ("C O N F I D E N T I A L").
    case banner
    /// The whole classification line.
    case bannerLine = "banner.line"
    /// The level words as written, letters only, without the words after the level:
    /// "C O N F I D E N T I A L SENSITIVE" gives CONFIDENTIAL, "T O P S E C R E T" TOPSECRET,
    /// "CONFIDENTAIL" CONFIDENTAIL (a misspelling the reader still understood as C).
    case bannerWords = "banner.words"
    /// The line's classification in canonical form: UNCLASSIFIED, UNCLAS EFTO, CONFIDENTIAL,
    /// SECRET, TOP SECRET, LIMITED OFFICIAL USE; the words as written when they are none of these.
    case bannerClassification = "banner.classification"
    /// U, C, S or TS.
    case bannerLevel = "banner.level"
    /// Words after the level that do not belong on a classification line.
    case bannerCompound = "banner.compound"
    /// Each repeat of the classification line at a section or page break.
    case sectionBanners = "section-banners"
    case sectionBannerClassification = "section-banners.classification"
    /// The ACP-127 security warning ("ZNY CCCCC ZZH").
    case routing
    /// The classification the security warning stands for, in the canonical form above.
    case routingClassification = "routing.classification"
    case dateTimeGroup = "date-time-group"
    /// What the source's metadata says ("CONFIDENTIAL//NOFORN"), and its level.
    case metadataClassification = "metadata.classification"
    case metadataLevel = "metadata.level"
    case metadataID = "metadata.id"
    /// The cable's date, ISO 8601.
    case date
    /// Each caption or handling marker of the header.
    case captions
    /// The E.O. line, and the order it names ("12958").
    case eo
    case eoOrder = "eo.order"
    /// The declassification instruction after "DECL:" as written.
    case decl
    /// n/a, date, exemptions, oadr, manual-review, missing or unreadable.
    case declKind = "decl.kind"
    /// The declassification date, ISO 8601.
    case declDate = "decl.date"
    /// Each exemption cited ("25X1", "X5", "50X1-HUM").
    case declExemptions = "decl.exemptions"
    case tagsLine = "tags-line"
    /// Each tag of the TAGS line.
    case tags
    case subject
    case references
    /// The "Classified By:" line, the classifier it names, its reason, the section cited
    /// ("1.4") and each category letter cited ("b", "d").
    case classifiedBy = "classified-by"
    case classifier = "classified-by.classifier"
    case reason = "classified-by.reason"
    case reasonSection = "classified-by.section"
    case reasonCategories = "classified-by.categories"
    case derivedFrom = "derived-from"
    /// Per numbered paragraph: its number, its portion mark as written (without parentheses),
    /// each token of the mark ("C", "NF", "REL TO"), and its text.
    case paragraphNumber = "paragraph.number"
    case paragraphMark = "paragraph.mark"
    case paragraphMarkTokens = "paragraph.mark-tokens"
    case paragraphText = "paragraph.text"
    /// The words before a paragraph's mark when it follows a lead-in, and the lower of two marks.
    case paragraphLeadIn = "paragraph.lead-in"
    case paragraphOtherMark = "paragraph.other-mark"

    /// Fields whose values are calendar days, for date-window.
    var isDate: Bool { self == .date || self == .declDate }

    /// The header line a field is read from, when it is a part of one: where a finding about
    /// the part missing is reported.
    var line: CableField? {
        switch self {
        case .bannerWords, .bannerClassification, .bannerLevel, .bannerCompound: .bannerLine
        case .sectionBannerClassification: .sectionBanners
        case .routingClassification: .routing
        case .eoOrder, .decl, .declKind, .declDate, .declExemptions: .eo
        case .tags: .tagsLine
        case .classifier, .reason, .reasonSection, .reasonCategories: .classifiedBy
        default: nil
        }
    }

    static let names: String = allCases.map(\.rawValue).joined(separator: ", ")

    /// The case's place in `allCases`, which tables by field are indexed with: a case without a
    /// payload is stored as its place in the declaration (a test holds the two together), so this
    /// costs no lookup, where a dictionary keyed by field would hash the raw value.
    var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}

/// One value of a field in one cable: its text, where it stands, and the text the finding is about.
struct FieldValue: Sendable {
    var text: String
    var range: SourceRange
    /// The header line's text, or the paragraph's text, white space folded.
    var context: String
    /// The paragraph the value belongs to, for paragraph fields: what a finding names of it.
    var paragraph: ParagraphLabel?
    /// The date, for date fields: a day, or the days of a year for a cable dated by its id alone.
    var date: CableDate?
}

extension Cable {
    /// The values of `field`, in the order they stand in the cable; empty when it is absent.
    func values(of field: CableField) -> [FieldValue] {
        switch field {
        case .banner:
            return banner.map { [FieldValue($0.marking, $0.line)] } ?? []
        case .bannerLine:
            return banner.map { [FieldValue($0.line.text, $0.line)] } ?? []
        case .bannerWords:
            return banner.map { [FieldValue($0.levelWords, $0.line)] } ?? []
        case .bannerClassification:
            return banner.map { [FieldValue($0.classification, $0.line)] } ?? []
        case .bannerLevel:
            guard let banner, let level = banner.level else { return [] }
            return [FieldValue(level.abbreviation, banner.line)]
        case .bannerCompound:
            guard let banner else { return [] }
            return banner.compoundWords.map { FieldValue($0, banner.line) }
        case .sectionBanners:
            return sectionBanners.map { FieldValue($0.marking, $0.line) }
        case .sectionBannerClassification:
            return sectionBanners.map { FieldValue($0.classification, $0.line) }
        case .routing:
            return routing.securityWarning.map { [FieldValue($0.text, $0)] } ?? []
        case .routingClassification:
            guard let line = routing.securityWarning, let level = routing.securityWarningLevel else { return [] }
            let text = routing.securityWarningIsEFTO ? Banner.eftoClassification : level.name
            return [FieldValue(text, line)]
        case .dateTimeGroup:
            return routing.dateTimeGroup.map { [FieldValue($0.text, $0)] } ?? []
        case .metadataClassification:
            return metadata.classification.map { [FieldValue($0.text, $0)] } ?? []
        case .metadataLevel:
            guard let field = metadata.classification, let level = metadata.classificationLevel else { return [] }
            return [FieldValue(level.abbreviation, field)]
        case .metadataID:
            return metadata.referenceID.map { [FieldValue($0.text, $0)] } ?? []
        case .date:
            guard let date else { return [] }
            let place = routing.dateTimeGroup ?? metadata.dateField ?? banner?.line
            var value = FieldValue(
                text: date.description, range: place?.range ?? range.startOnly, context: place?.text ?? "")
            value.date = date
            return [value]
        case .captions:
            return captions.map { FieldValue(text: $0.name, range: $0.range, context: $0.name) }
        case .eo:
            return executiveOrder.map { [FieldValue($0.line.text, $0.line)] } ?? []
        case .eoOrder:
            guard let line = executiveOrder, let order = line.order else { return [] }
            return [FieldValue(order, line.line)]
        case .decl:
            guard let line = executiveOrder, let instruction = line.instruction else { return [] }
            return [FieldValue(text: instruction.text, range: instruction.range, context: line.line.text)]
        case .declKind:
            guard let line = executiveOrder else { return [] }
            return [line.value(line.declassification.kindName)]
        case .declDate:
            guard let line = executiveOrder, case .date(let date, _) = line.declassification else { return [] }
            var value = line.value(date.description)
            value.date = CableDate(date)
            return [value]
        case .declExemptions:
            guard let line = executiveOrder else { return [] }
            return line.declassification.exemptions.map { line.value($0) }
        case .tagsLine:
            return tagsLine.map { [FieldValue($0.text, $0)] } ?? []
        case .tags:
            let contexts = LineExcerpt.contexts(of: tagsLine?.text ?? "", for: tags.map(\.text))
            return zip(tags, contexts).map { FieldValue(text: $0.text, range: $0.range, context: $1) }
        case .subject:
            return subject.map { [FieldValue($0.text, $0)] } ?? []
        case .references:
            return references.map { [FieldValue($0.text, $0)] } ?? []
        case .classifiedBy:
            return classifiedBy.map { [FieldValue($0.line.text, $0.line)] } ?? []
        case .classifier:
            guard let line = classifiedBy, !line.classifier.isEmpty else { return [] }
            return [FieldValue(line.classifier, line.line)]
        case .reason:
            guard let line = classifiedBy, let reason = line.reason else { return [] }
            return [FieldValue(text: reason.text, range: reason.range, context: line.line.text)]
        case .reasonSection:
            guard let line = classifiedBy, let section = line.reasonSection else { return [] }
            return [line.value(section)]
        case .reasonCategories:
            guard let line = classifiedBy else { return [] }
            return line.reasonCategories.map { line.value(String($0)) }
        case .derivedFrom:
            return derivedFrom.map { [FieldValue($0.text, $0)] } ?? []
        case .paragraphNumber:
            return paragraphs.compactMap { paragraph in
                paragraph.number.map { FieldValue(paragraph: paragraph, text: String($0)) }
            }
        case .paragraphMark:
            return paragraphs.compactMap { paragraph in
                paragraph.mark.map { FieldValue(paragraph: paragraph, text: $0.raw) }
            }
        case .paragraphMarkTokens:
            return paragraphs.flatMap { paragraph in
                (paragraph.mark?.tokens ?? []).map { FieldValue(paragraph: paragraph, text: $0) }
            }
        case .paragraphText:
            return paragraphs.map { FieldValue(paragraph: $0, text: $0.text) }
        case .paragraphLeadIn:
            return paragraphs.compactMap { paragraph in paragraph.leadIn.map { FieldValue(paragraph: paragraph, text: $0) } }
        case .paragraphOtherMark:
            return paragraphs.compactMap { paragraph in
                paragraph.otherMark.map { FieldValue(paragraph: paragraph, text: $0.raw) }
            }
        }
    }

    /// Where a finding about something the cable lacks is reported: its classification line,
    /// else the start of the cable.
    var missingFieldPlace: (range: SourceRange, context: String) {
        if let banner { return (banner.line.range, banner.line.text) }
        return (range.startOnly, "")
    }
}

extension FieldValue {
    init(_ text: String, _ line: TextField) {
        self.init(text: text, range: line.range, context: line.text)
    }

    init(paragraph: Paragraph, text: String) {
        self.init(
            text: text, range: paragraph.markRange, context: paragraph.text, paragraph: ParagraphLabel(paragraph))
    }
}

extension ExecutiveOrderLine {
    /// A value about the declassification instruction: reported at the instruction when there
    /// is one, else at the E.O. line.
    fileprivate func value(_ text: String) -> FieldValue {
        FieldValue(text: text, range: instruction?.range ?? line.range, context: line.text)
    }
}

extension ClassifiedBy {
    /// A value read from the reason (its section, a category), reported at the reason when
    /// there is one, else at the line.
    fileprivate func value(_ text: String) -> FieldValue {
        FieldValue(text: text, range: reason?.range ?? line.range, context: line.text)
    }
}

extension DeclassInstruction {
    /// The `decl.kind` value.
    var kindName: String {
        switch self {
        case .notApplicable: "n/a"
        case .date: "date"
        case .exemptions: "exemptions"
        case .oadr: "oadr"
        case .manualReview: "manual-review"
        case .missing: "missing"
        case .unreadable: "unreadable"
        }
    }

    var exemptions: [String] {
        switch self {
        case .date(_, let exemptions): exemptions
        case .exemptions(let exemptions): exemptions
        default: []
        }
    }
}

extension Banner {
    static let eftoClassification = "UNCLAS EFTO"

    /// The canonical classification (see `CableField.bannerClassification`).
    var classification: String {
        // "LIMITED OFFICIAL USE", or an archive's "UNCLASSIFIED LIMITED OFFICIAL USE".
        if isLOU, level == nil || level == .unclassified {
            return "LIMITED OFFICIAL USE"
        }
        if let level {
            return isEFTO && level == .unclassified ? Self.eftoClassification : level.name
        }
        return marking
    }

    /// See `CableField.bannerWords`.
    var levelWords: String {
        var letters = String(marking.uppercased().unicodeScalars.filter { $0 >= "A" && $0 <= "Z" })
        var trailing = compoundWords.map { $0.uppercased() }
        if isEFTO { trailing.append("EFTO") }
        if trailing.contains("LOU") { trailing.append("LIMITEDOFFICIALUSE") }
        while let word = trailing.first(where: { letters.hasSuffix($0) && letters.count > $0.count }) {
            letters.removeLast(word.count)
        }
        return letters
    }
}

extension PortionMark {
    /// The mark's parts between "/" or "//", upper-cased and trimmed; a REL TO list is the one
    /// token "REL TO".
    var tokens: [String] {
        // Reading them costs several strings a paragraph; the common marks' are read once.
        Self.commonTokens[raw] ?? Self.tokens(of: raw)
    }

    private static let commonTokens: [String: [String]] = Dictionary(
        uniqueKeysWithValues: commonRaw.map { ($0, tokens(of: $0)) })

    private static func tokens(of raw: String) -> [String] {
        raw.uppercased().split(separator: "/").compactMap { part in
            let token = part.trimmingSpaces()
            if token.isEmpty { return nil }
            if token.hasPrefix("REL TO") || token.hasPrefix("REL ") { return "REL TO" }
            return token
        }
    }
}

extension SourceRange {
    /// The empty range at this range's start.
    var startOnly: SourceRange { SourceRange(start: start, end: start) }
}
