import Testing

@testable import CableMark

@Suite struct PublicVersionVerifierTests {
    typealias Support = SanitizeTestSupport

    func verifier(release: ClassificationLevel = .unclassified) throws -> PublicVersionVerifier {
        PublicVersionVerifier(policy: try Support.builtInPolicy(), options: Support.options(release: release))
    }

    /// A sanitizer's public version with its text replaced by `text`.
    func tampered(_ text: String) throws -> PublicVersion {
        var version = try Support.publicVersion(OsloCable.text)
        version.text = text
        return version
    }

    @Test func aSanitizersOwnOutputPasses() throws {
        for release in SanitizeOptions.releasableLevels {
            let version = try Support.publicVersion(OsloCable.text, options: Support.options(release: release))
            #expect(try verifier(release: release).problems(in: version) == [])
        }
    }

    @Test func withheldTextInThePublicVersionBlocksIt() throws {
        let clean = try Support.publicVersion(OsloCable.text).text
        // Eight words of the SECRET paragraph, in another case and punctuation.
        let leaked = clean + "\n7. (U) a senior OFFICIAL in the prime-minister's office, said\n"
        let problems = try verifier().problems(in: try tampered(leaked))
        // Found twice: among the withheld paragraphs, and after the SECRET mark in the input.
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("line 22 repeats 8 or more consecutive words of withheld text") == true)
        #expect(problems.last?.hasPrefix("line 22 repeats 8 or more consecutive words that follow, in the input") == true)
        // Seven words are not enough to count as a repeat.
        let seven = clean + "\n7. (U) a senior official in the prime minister\n"
        #expect(try verifier().problems(in: try tampered(seven)) == [])
    }

    @Test func markersPortionsAboveTheReleaseLevelAndAWrongBannerBlockIt() throws {
        let clean = try Support.publicVersion(OsloCable.text).text
        let problems = try verifier().problems(
            in: try tampered(
                clean.replacingOccurrences(of: "UNCLASSIFIED OSLO", with: "CONFIDENTIAL OSLO")
                    .replacingOccurrences(of: "4. [withheld", with: "4. (C) [withheld")
                    .replacingOccurrences(of: "TAGS:", with: "NOFORN\nTAGS:")))
        #expect(problems.contains("the classification line reads 'CONFIDENTIAL', not UNCLASSIFIED"))
        #expect(problems.contains { $0.hasPrefix("paragraph 4 is marked (C), above the release level") })
        #expect(problems.contains { $0.hasPrefix("handling marker NOFORN left at line") })
        #expect(problems.contains { $0.hasPrefix("caption NOFORN left at line") })
    }

    @Test func redactedStringsAndTheClassifierMustNotReappear() throws {
        let clean = try Support.publicVersion(OsloCable.text).text
        let problems = try verifier().problems(
            in: try tampered(clean + "\n7. (U) Write to JDOE@STATE.GOV about Ambassador Jane Q. Doe.\n"))
        #expect(problems.contains { $0.hasPrefix("text removed by email-address is still at line 22") })
        #expect(problems.contains { $0.hasPrefix("text removed by classifier-name is still at line 22") })
    }

    @Test func textThatIsNoCableIsRejected() throws {
        #expect(
            try verifier().problems(in: try tampered("nothing here\n")) == ["the public text does not read as a cable"])
    }

    @Test func shinglesIgnoreCaseAndPunctuationAndSkipShortTexts() {
        var set = ShingleSet()
        set.insert("Peru's foreign minister, Jose Garcia Belaunde, said: the talks will resume.")
        #expect(set.firstHit(in: Array("PERU,S FOREIGN MINISTER JOSE GARCIA BELAUNDE SAID THE".utf8)) != nil)
        #expect(set.firstHit(in: Array("Peru's foreign minister said the talks will resume.".utf8)) == nil)
        var short = ShingleSet()
        short.insert("Agreed, END SUMMARY.")
        #expect(short.isEmpty)
        short.insert("The minister agreed to resign.")
        #expect(short.firstHit(in: Array("... and THE MINISTER agreed TO resign!".utf8)) != nil)
        short.remove(shinglesOf: "the minister agreed to resign")
        #expect(short.firstHit(in: Array("the minister agreed to resign".utf8)) == nil)
    }
}
