@testable import CableMark

/// Defects of the rules in cablemark-header.xml: captions against portion marks, and TAGS.
extension RuleInjection {
    /// A caption on a line of its own right below the classification line.
    static func addingCaption(_ caption: String, to cable: Cable, _ bytes: [UInt8]) -> [UInt8]? {
        guard let banner = cable.banner, cable.captions.allSatisfy({ $0.range.start.offset > banner.line.range.end.offset })
        else { return nil }
        return B.insertingLine(caption, after: banner.line.range.end.offset, in: bytes)
    }

    static let distributionCaptions = ["NODIS", "EXDIS", "STADIS", "LIMDIS"]

    static let header: [RuleInjection] = [
        // An (SBU) paragraph in a portion-marked UNCLAS cable without the SENSITIVE caption.
        RuleInjection(rule: "sbu-caption-missing") { cable, bytes in
            guard cable.level == .unclassified, !cable.isSensitive, B.fullyMarked(cable),
                !cable.paragraphs.contains(where: { $0.mark?.isSBU == true }),
                let paragraph = B.firstOfSeveral(cable, "U"), let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark, with: "(SBU)")
        },
        // The SENSITIVE caption on a portion-marked UNCLAS cable with no SBU paragraph.
        RuleInjection(rule: "sensitive-caption-unused") { cable, bytes in
            guard cable.level == .unclassified, !cable.isSensitive, B.fullyMarked(cable),
                !cable.paragraphs.contains(where: { $0.mark?.isSBU == true })
            else { return nil }
            return addingCaption("SENSITIVE", to: cable, bytes)
        },
        RuleInjection(rule: "noforn-rollup") { cable, bytes in
            guard B.isClassified(cable), !cable.hasCaption("NOFORN"),
                let paragraph = B.firstMarked(cable, "C") ?? B.firstMarked(cable, "S"),
                let mark = B.markBytes(paragraph, in: bytes)
            else { return nil }
            return B.replacing(bytes, mark, with: "(\(paragraph.mark!.raw)//NF)")
        },
        // A REL TO caption on a classified cable whose paragraphs are not REL TO.
        RuleInjection(rule: "rel-to-consistency") { cable, bytes in
            guard B.isClassified(cable), !cable.hasCaption("NOFORN"),
                !cable.captions.contains(where: { $0.name.hasPrefix("REL") }),
                cable.paragraphs.contains(where: { $0.mark?.level?.isClassified == true }),
                !cable.paragraphs.contains(where: { $0.mark?.releasableTo.isEmpty == false })
            else { return nil }
            return addingCaption("REL TO USA, GBR", to: cable, bytes)
        },
        // EXDIS on a SIPDIS cable.
        RuleInjection(rule: "sipdis-restricted") { cable, bytes in
            guard cable.hasCaption("SIPDIS"), !cable.captions.contains(where: { distributionCaptions.contains($0.name) })
            else { return nil }
            return addingCaption("EXDIS", to: cable, bytes)
        },
        // STADIS written before the EXDIS it joins. (No corpus cable carries EXDIS or NODIS;
        // cables with SIPDIS are left out: EXDIS on them is sipdis-restricted's defect too.)
        RuleInjection(rule: "caption-order") { cable, bytes in
            guard !cable.hasCaption("SIPDIS"), !cable.captions.contains(where: { distributionCaptions.contains($0.name) }),
                let banner = cable.banner, let lineBreak = B.lineBreak(after: banner.line.range.end.offset, in: bytes)
            else { return nil }
            return addingCaption("STADIS" + lineBreak.text + "EXDIS", to: cable, bytes)
        },
        // The TAGS line left out.
        RuleInjection(rule: "tags-missing") { cable, bytes in
            guard let line = cable.tagsLine,
                let label = B.find("TAGS", in: bytes, max(0, line.range.start.offset - 12)..<(line.range.start.offset + 4))
            else { return nil }
            let range = label.lowerBound..<line.range.end.offset
            guard B.isOwnLine(range, in: bytes) else { return nil }
            return B.replacing(bytes, range, with: "")
        },
        RuleInjection(rule: "tags-unknown") { cable, bytes in
            let subjectLike = cable.tags.filter { $0.text.count == 4 && ($0.text.hasPrefix("P") || $0.text.hasPrefix("E")) }
            guard subjectLike.count >= 2, let tag = subjectLike.last else { return nil }
            return B.replacing(bytes, tag.range.start.offset..<(tag.range.start.offset + 1), with: "Q")
        },
    ]
}
