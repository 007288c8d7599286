@testable import CableMark

/// Defects of the rules in cablemark-core.xml: the classification line, routing, metadata and
/// portion marks.
extension RuleInjection {
    typealias B = InjectionBytes

    /// From the first to the last byte of a cable's fields and paragraphs.
    static func textRange(of cable: Cable) -> Range<Int>? {
        let fields = [
            cable.banner?.line, cable.routing.securityWarning, cable.routing.dateTimeGroup, cable.executiveOrder?.line,
            cable.tagsLine, cable.subject, cable.references, cable.classifiedBy?.line,
        ].compactMap { $0?.range } + cable.captions.map(\.range) + cable.paragraphs.map(\.range)
        guard let start = fields.map(\.start.offset).min(), let end = fields.map(\.end.offset).max() else { return nil }
        return start..<end
    }

    static let core: [RuleInjection] = [
        // The release dropped the classification line, every copy of it (pages that print the
        // header twice). A source that states a level of its own (cables.csv, a Cablegate page, a
        // JSON record) now disagrees with a cable that states none: metadata-mismatch reports
        // that too, by design (CorpusReadingTests: every such disagreement is reported).
        RuleInjection(rule: "banner-missing", companions: ["metadata-mismatch"]) { cable, bytes in
            guard let first = cable.banner, cable.sectionBanners.isEmpty, B.isOwnLine(B.span(first.line.range), in: bytes)
            else { return nil }
            var copy = B.replacing(bytes, B.span(first.line.range), with: "")
            for _ in 0..<2 {
                guard let again = B.cable(copy)?.banner, again.level == first.level, again.marking == first.marking else { break }
                copy = B.replacing(copy, B.span(again.line.range), with: "")
            }
            return copy
        },
        // The release lost the cable's text and kept its container: the CSV record's columns, the
        // page around its <pre>, the JSON record's other fields (a raw telegram: nothing is left).
        // Every copy of it: pages that print the header twice.
        RuleInjection(rule: "document-unrecognized") { cable, bytes in
            var copy = bytes
            var text: Cable? = cable
            for _ in 0..<3 {
                guard let cable = text, let range = textRange(of: cable) else { break }
                copy = B.replacing(copy, range, with: "")
                text = B.cable(copy)
            }
            return copy
        },
        // The last two letters of the level word swapped: "CONFIDENTILA", "S E C R T E", "UNCLSA".
        // Where the reader cannot make out the level the letters were meant to spell, a source
        // that states one disagrees: metadata-mismatch, by design as for banner-missing.
        RuleInjection(rule: "banner-invalid", companions: ["metadata-mismatch"]) { cable, bytes in
            guard let banner = cable.banner, !banner.isMisspelled, let words = B.levelWords(banner, in: bytes) else { return nil }
            var letters = Array(words.form)
            // Spaced forms: the last two letters, a space apart.
            let last = letters.count - 1
            let before = words.form.contains(" ") && letters[last - 1] == " " ? last - 2 : last - 1
            letters.swapAt(before, last)
            // Every copy of the line (pages that print the header twice).
            var copy = B.replacing(bytes, words.range, with: String(letters))
            for _ in 0..<2 {
                guard let again = B.cable(copy)?.banner, !again.isMisspelled, again.marking == banner.marking,
                    let words = B.levelWords(again, in: copy)
                else { break }
                copy = B.replacing(copy, words.range, with: String(letters))
            }
            return copy
        },
        // "CONFIDENTIAL SENSITIVE", "S E C R E T SENSITIVE": an administrative control on a classified line.
        RuleInjection(rule: "banner-compound") { cable, bytes in
            guard B.isClassified(cable), let banner = cable.banner, banner.compoundWords.isEmpty,
                let words = B.levelWords(banner, in: bytes)
            else { return nil }
            return B.replacing(bytes, words.range.upperBound..<words.range.upperBound, with: " SENSITIVE")
        },
        // The routing header's security warning of another level (CCCCC for SSSSS and back).
        RuleInjection(rule: "routing-mismatch") { cable, bytes in
            guard let warning = cable.routing.securityWarning, let level = cable.level else { return nil }
            let (from, to): (String, String) =
                switch level {
                case .confidential: ("CCCCC", "SSSSS")
                case .secret: ("SSSSS", "CCCCC")
                case .unclassified: ("UUUUU", "CCCCC")
                case .topSecret: ("TTTTT", "SSSSS")
                }
            guard let letters = B.find(from, in: bytes, warning.range) else { return nil }
            return B.replacing(bytes, letters, with: to)
        },
        // A later section repeats the classification at another level.
        RuleInjection(rule: "section-banner-mismatch") { cable, bytes in
            guard let level = cable.level, let section = cable.sectionBanners.first, section.level == level,
                let words = B.levelWords(section, in: bytes)
            else { return nil }
            let other: ClassificationLevel = level == .secret ? .confidential : .secret
            return B.replacing(bytes, words.range, with: B.form(of: other, like: words.form))
        },
        // The source records another level than the cable's line (its first word; controls after
        // "//" kept).
        RuleInjection(rule: "metadata-mismatch") { cable, bytes in
            guard let field = cable.metadata.classification, let level = cable.metadata.classificationLevel,
                level == cable.level
            else { return nil }
            let (from, to) = level.isClassified ? (level.name, "UNCLASSIFIED") : ("UNCLASSIFIED", "CONFIDENTIAL")
            guard let word = B.find(from, in: bytes, field.range) else { return nil }
            return B.replacing(bytes, word, with: to)
        },
        RuleInjection(rule: "portion-above-banner") { cable, bytes in
            guard cable.level == .confidential, let paragraph = B.firstMarked(cable, "C"),
                let mark = B.find("(C)", in: bytes, paragraph.markRange)
            else { return nil }
            return B.replacing(bytes, mark, with: "(S)")
        },
        // Over-classification: every paragraph at the cable's level marked (U) instead.
        RuleInjection(rule: "banner-above-portions") { cable, bytes in
            guard let level = cable.level, level.isClassified else { return nil }
            let atLevel = cable.paragraphs.filter { $0.mark?.level == level }
            guard !atLevel.isEmpty, atLevel.allSatisfy({ $0.mark?.raw == level.abbreviation }) else { return nil }
            var copy = bytes
            // From the end, so that earlier offsets stay valid.
            for paragraph in atLevel.reversed() {
                guard let mark = B.markBytes(paragraph, in: copy) else { return nil }
                copy = B.replacing(copy, mark, with: "(U)")
            }
            return copy
        },
        RuleInjection(rule: "portion-missing") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1995),
                let paragraph = B.firstOfSeveral(cable, "C") ?? B.firstOfSeveral(cable, "S"),
                let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark, with: "   ")
        },
        RuleInjection(rule: "portion-invalid") { cable, bytes in
            guard let paragraph = B.firstOfSeveral(cable, "C") ?? B.firstOfSeveral(cable, "U"),
                let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark, with: "(Q)")
        },
        // "(C/SBU)": SBU added to a classified paragraph.
        RuleInjection(rule: "portion-sbu-with-level") { cable, bytes in
            guard B.isClassified(cable), let paragraph = B.firstMarked(cable, "C") ?? B.firstMarked(cable, "S"),
                let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark, with: "(\(paragraph.mark!.raw)/SBU)")
        },
        RuleInjection(rule: "paragraph-numbering") { cable, bytes in
            // Every paragraph marked: a portion-missing message naming the numbers would change too.
            let numbered = B.numbered(cable)
            guard numbered.count >= 3, numbered.allSatisfy({ $0.mark != nil }), numbered[1].number == 2,
                let digit = B.find("2", in: bytes, numbered[1].range)
            else { return nil }
            return B.replacing(bytes, digit, with: "7")
        },
        // "1. SUMMARY: (C) …": the mark after a lead-in instead of right after the number.
        RuleInjection(rule: "portion-mark-after-lead-in") { cable, bytes in
            guard let paragraph = B.numbered(cable).first, paragraph.leadIn == nil, paragraph.otherMark == nil,
                let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            // "1.(C) Key points" becomes "1. SUMMARY: (C) Key points".
            let space = bytes[mark.lowerBound - 1] == 0x20 ? "" : " "
            return B.replacing(bytes, mark.lowerBound..<mark.lowerBound, with: space + "SUMMARY: ")
        },
        // "(U) (C)": a second, lower mark written before the paragraph's own.
        RuleInjection(rule: "portion-marks-conflict") { cable, bytes in
            guard let paragraph = B.numbered(cable).first(where: {
                $0.otherMark == nil && $0.leadIn == nil && ($0.mark?.level.map { $0 > .unclassified } ?? $0.mark?.isSBU ?? false)
            }), let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark.lowerBound..<mark.lowerBound, with: "(U) ")
        },
        // The subject of a classified cable written without its mark (the rule is off by default).
        RuleInjection(rule: "subject-unmarked", enables: ["subject-unmarked"]) { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1995), let subject = cable.subject,
                let open = subject.text.first, open == "("
            else { return nil }
            guard let close = subject.text.firstIndex(of: ")") else { return nil }
            let mark = String(subject.text[...close])
            guard let range = B.find(mark, in: bytes, subject.range) else { return nil }
            return B.replacing(bytes, range, with: "")
        },
        // NOFORN and REL TO on one paragraph of a NOFORN cable.
        RuleInjection(rule: "portion-noforn-rel-conflict") { cable, bytes in
            guard cable.hasCaption("NOFORN"),
                let paragraph = B.numbered(cable).first(where: { $0.mark?.isNoforn == true && $0.mark?.releasableTo.isEmpty == true && $0.mark?.isSBU == false }),
                let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark, with: "(\(paragraph.mark!.raw)//REL TO USA, GBR)")
        },
    ]
}
