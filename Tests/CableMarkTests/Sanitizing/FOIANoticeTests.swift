import Foundation
import Testing

@testable import CableMark

/// A policy with `<notices style="foia"/>`: classified portions withheld under "[(b)(1) 1.4(…)]",
/// the same decisions as in the classification style, and public versions that still pass
/// verification.
@Suite struct FOIANoticeTests {
    typealias Support = SanitizeTestSupport

    static func policy(_ style: NoticeStyle) throws -> RedactionPolicy {
        var policy = try Support.builtInPolicy()
        policy.noticeStyle = style
        return policy
    }

    static func version(_ text: String, _ style: NoticeStyle) throws -> PublicVersion {
        try Support.publicVersion(text, policy: policy(style))
    }

    @Test func classifiedPortionsClaimExemptionOneWithTheReasonsCategories() throws {
        let version = try Self.version(OsloCable.text, .foia)
        let lines = Support.paragraphLines(version.text)
        #expect(lines[1] == "1. [(b)(1) 1.4(b),(d)]")
        #expect(lines[3] == "3. [(b)(1) 1.4(b),(d)]")
        #expect(lines[4] == "4. [(b)(1) 1.4(b),(d)]")
        // SBU claims no exemption: the notice states its mark, as in the classification style.
        #expect(lines[5] == "5. [withheld: (SBU)]")
        #expect(lines[2]?.hasPrefix("2. (U) Parliament meets again on June 25") == true)
        #expect(Support.line(startingWith: "SUBJECT:", in: version.text) == "SUBJECT: [(b)(1) 1.4(b),(d)]")
        #expect(!version.text.contains("[withheld: (C)") && !version.text.contains("[withheld: (S)"))
    }

    /// E.O. 12958 listed the categories in section 1.5 before E.O. 13292 renumbered it 1.4; the
    /// classification style keeps the cable's own words.
    @Test func aSection15ReasonCitesTheSameCategoriesUnder14() throws {
        let text = OsloCable.text.replacingOccurrences(of: "Reasons 1.4 (b) and (d)", with: "Reasons 1.5 (B) and (D)")
        #expect(text != OsloCable.text)
        #expect(Support.paragraphLines(try Self.version(text, .foia).text)[1] == "1. [(b)(1) 1.4(b),(d)]")
        #expect(
            Support.paragraphLines(try Self.version(text, .classification).text)[1]
                == "1. [withheld: (C), E.O. 12958 1.5(b)(d)]")
    }

    @Test func aCableCitingNoReasonClaimsExemptionOneAlone() throws {
        let text = OsloCable.text.replacingOccurrences(
            of: "Classified By: Ambassador Jane Q. Doe for Reasons 1.4 (b) and (d)\n\n", with: "")
        #expect(text != OsloCable.text)
        let foia = Support.paragraphLines(try Self.version(text, .foia).text)
        #expect(foia[1] == "1. [(b)(1)]" && foia[3] == "3. [(b)(1)]")
        let classification = Support.paragraphLines(try Self.version(text, .classification).text)
        #expect(classification[1] == "1. [withheld: (C), E.O. 12958]")
    }

    /// What was withheld, at what mark, under which exemption, does not depend on the wording.
    @Test func theDecisionsAreTheSameInBothStylesButTheNotice() throws {
        let foia = try Self.version(OsloCable.text, .foia)
        let classification = try Self.version(OsloCable.text, .classification)
        func facts(_ version: PublicVersion) -> [String] {
            version.alterations.map {
                "\($0.kind.rawValue) \($0.range) \($0.paragraph ?? 0) \($0.field ?? "") \($0.rule) \($0.reason) "
                    + "\($0.mark ?? "-") \($0.exemption ?? "-")"
            }
        }
        #expect(facts(foia) == facts(classification))
        let withheld = classification.alterations.filter { $0.kind == .withheldParagraph }
        #expect(withheld.map(\.paragraph) == [1, 3, 4, 5])
        #expect(withheld.map(\.mark) == ["C", "S", "C", "SBU"])
        #expect(withheld.map(\.exemption) == ["(b)(1)", "(b)(1)", "(b)(1)", nil])
        #expect(foia.alterations.filter { $0.kind == .withheldParagraph }.map(\.replacement) == [
            "[(b)(1) 1.4(b),(d)]", "[(b)(1) 1.4(b),(d)]", "[(b)(1) 1.4(b),(d)]", "[withheld: (SBU)]",
        ])
    }

    /// Real cables from every format of the corpus, in FOIA style: every public version passes
    /// the verifier, and the independent reading of the original's marks finds no leaked word.
    @Test func corpusCablesInFOIAStylePassVerificationAndLeakNothing() throws {
        let manifest = try SharedData.manifest()
        var chosen: [SharedData.ManifestEntry] = []
        for format in Set(manifest.map(\.format)).sorted() {
            chosen += manifest.filter { $0.format == format && !$0.classification.hasPrefix("UNCLASSIFIED") }.prefix(4)
        }
        #expect(chosen.count >= 12)
        let options = Support.options()
        let sanitizer = Sanitizer(policy: try Self.policy(.foia), options: options)
        let verifier = PublicVersionVerifier(policy: sanitizer.policy, options: options)
        var written = 0
        var exemptionOne = 0
        for entry in chosen {
            let bytes = try SharedData.bytes(of: entry.url)
            for result in CableReader.read(bytes: bytes, path: entry.file) {
                guard case .cable(let cable) = result, case .publicVersion(let version) = sanitizer.sanitize(cable, input: bytes)
                else { continue }
                written += 1
                #expect(verifier.problems(in: version) == [], "\(entry.file)")
                let original = IndependentMarks.plainText(CorpusLeakAccuracyTests.slice(bytes, cable.range))
                let published = IndependentMarks.belowTags(version.text)
                let leaked = IndependentMarks.withheldTexts(in: original).reduce(0) {
                    $0 + LeakWords.leakedWords(of: $1, in: published)
                }
                #expect(leaked == 0, "\(entry.file): \(leaked) words")
                exemptionOne += version.text.components(separatedBy: "[(b)(1)").count - 1
            }
        }
        #expect(written >= 12)
        #expect(exemptionOne > 0)
    }
}
