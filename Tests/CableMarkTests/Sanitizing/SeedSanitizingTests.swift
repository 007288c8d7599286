import Foundation
import Testing

@testable import CableMark

/// The seed cables at release U: what their public versions keep, and that nothing of a withheld
/// paragraph survives.
@Suite struct SeedSanitizingTests {
    typealias Support = SanitizeTestSupport

    struct Sanitized {
        var cable: Cable
        var version: PublicVersion
    }

    func sanitizeSeed(_ prefix: String) throws -> Sanitized {
        let url = try #require(try SharedData.seedFiles().first { $0.lastPathComponent.hasPrefix(prefix) })
        let bytes = try SharedData.bytes(of: url)
        let results = CableReader.read(bytes: bytes, path: url.path)
        guard results.count == 1, case .cable(let cable) = results[0] else {
            throw SanitizeTestSupport.Refused(reason: "seed \(prefix) was not read as one cable")
        }
        let sanitizer = Sanitizer(policy: try Support.builtInPolicy(), options: Support.options())
        guard case .publicVersion(let version) = sanitizer.sanitize(cable, input: bytes) else {
            throw SanitizeTestSupport.Refused(reason: "seed \(prefix) was refused")
        }
        let problems = PublicVersionVerifier(policy: sanitizer.policy, options: sanitizer.options).problems(in: version)
        #expect(problems.isEmpty, "\(problems)")
        return Sanitized(cable: cable, version: version)
    }

    /// True when the public text repeats any withheld paragraph, or any of its distinctive words.
    func leaks(_ paragraph: Paragraph, into text: String) -> Bool {
        Support.repeatsWords(of: paragraph.text, in: text)
    }

    @Test func seed000KeepsOnlyParagraph8AndTheHeader() throws {
        let seed = try sanitizeSeed("000_")
        #expect(seed.cable.paragraphs.map(\.number) == Array(1...8))
        let lines = seed.version.text.split(separator: "\n").map(String.init)
        let expectedHeader = [
            "P 041944Z APR 08", "UNCLASSIFIED LIMA 000590",
            "SANITIZED VERSION - RELEASE LEVEL UNCLASSIFIED - cablemark \(ToolInfo.cablemark.version) - policy cablemark-default 1.0",
            "E.O. 12958: N/A", "TAGS: IO PE PHUM PREF PREL", "SUBJECT: [withheld: (SBU)]",
        ]
        #expect(Array(lines.prefix(6)) == expectedHeader)
        #expect(Array(lines.dropFirst(6).prefix(7)) == (1...7).map { "\($0). [withheld: (SBU)]" })
        #expect(lines.last == "8. (U) PRM has cleared this cable. MCKINLEY")
        #expect(lines.count == 14)
        for paragraph in seed.cable.paragraphs.prefix(7) {
            #expect(!leaks(paragraph, into: seed.version.text), "paragraph \(paragraph.number ?? 0) leaks")
        }
        for word in ["Swing", "Gutierrez", "Ramgoolie", "Norza", "Belevan", "SIPDIS", "SENSITIVE", "MRAMGOOLIE"] {
            #expect(!seed.version.text.contains(word), "\(word) leaks")
        }
    }

    @Test func seed003KeepsNothingOfParagraphs1To5ButTheirNotices() throws {
        let seed = try sanitizeSeed("003_")
        #expect(seed.cable.paragraphs.map(\.number) == Array(1...5))
        let paragraphs = Support.paragraphLines(seed.version.text)
        #expect(paragraphs[1] == "1. [withheld: (SBU)]")
        for number in 2...5 {
            #expect(paragraphs[number] == "\(number). [withheld: (C), E.O. 12958 1.4(c)(d)]")
        }
        #expect(
            Support.line(startingWith: "SUBJECT:", in: seed.version.text)
                == "SUBJECT: [withheld: (C), E.O. 12958 1.4(c)(d)]")
        for paragraph in seed.cable.paragraphs {
            #expect(!leaks(paragraph, into: seed.version.text), "paragraph \(paragraph.number ?? 0) leaks")
        }
        for word in [
            "Struble", "STRUBLE", "Wagner", "Article 98", "SOFA", "Manta", "Velasco", "Chavez", "Classified By",
        ] {
            #expect(!seed.version.text.contains(word), "\(word) leaks")
        }
    }

    @Test func seed002KeepsNoParagraphText() throws {
        let seed = try sanitizeSeed("002_")
        #expect(seed.version.cableSensitivity == .sbu)
        #expect(!seed.cable.paragraphs.isEmpty)
        #expect(seed.version.withheldParagraphCount == seed.cable.paragraphs.count)
        let paragraphs = Support.paragraphLines(seed.version.text)
        #expect(paragraphs.count == seed.cable.paragraphs.count)
        #expect(paragraphs.values.allSatisfy { $0.hasSuffix(". [withheld: (SBU)]") })
        for paragraph in seed.cable.paragraphs {
            #expect(!leaks(paragraph, into: seed.version.text), "paragraph \(paragraph.number ?? 0) leaks")
        }
        for word in ["demarche", "coincidence", "Head of State", "TALKING POINTS", "DEMARCHE"] {
            #expect(!seed.version.text.contains(word), "\(word) leaks")
        }
    }
}
