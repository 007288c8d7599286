import Testing

@testable import CableMark

@Suite struct SanitizerTests {
    typealias Support = SanitizeTestSupport

    @Test func releaseUWithholdsEveryPortionAboveUnclassifiedWithFOIANotices() throws {
        let version = try Support.publicVersion(OsloCable.text)
        let lines = Support.paragraphLines(version.text)
        #expect(lines[1] == "1. [withheld: (C), E.O. 12958 1.4(b)(d)]")
        #expect(lines[3] == "3. [withheld: (S), E.O. 12958 1.4(b)(d)]")
        // Unmarked in a CONFIDENTIAL cable: the cable's level.
        #expect(lines[4] == "4. [withheld: (C), E.O. 12958 1.4(b)(d)]")
        // SBU has no classification reason.
        #expect(lines[5] == "5. [withheld: (SBU)]")
        #expect(lines[2]?.hasPrefix("2. (U) Parliament meets again on June 25") == true)
        for withheld in [OsloCable.confidentialText, OsloCable.secretText, OsloCable.unmarkedText, OsloCable.sbuText] {
            #expect(!Support.repeatsWords(of: withheld, in: version.text))
        }
        #expect(version.paragraphCount == 6)
        #expect(version.withheldParagraphCount == 4)
    }

    @Test func theHeaderCarriesTheReleaseLevelAndSaysWhatTheVersionIs() throws {
        let version = try Support.publicVersion(OsloCable.text)
        let lines = version.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "P 212107Z JUN 07")
        #expect(lines[1] == "UNCLASSIFIED OSLO 000101")
        #expect(
            lines[2]
                == "SANITIZED VERSION - RELEASE LEVEL UNCLASSIFIED - cablemark \(ToolInfo.cablemark.version) - policy cablemark-default 1.0"
        )
        #expect(Support.line(startingWith: "E.O.", in: version.text) == "E.O. 12958: DECL: 06/21/2017")
        #expect(Support.line(startingWith: "TAGS:", in: version.text) == "TAGS: PREL PGOV NO")
        // The subject of a CONFIDENTIAL cable is unmarked, so it is withheld; REF lists cables.
        #expect(
            Support.line(startingWith: "SUBJECT:", in: version.text) == "SUBJECT: [withheld: (C), E.O. 12958 1.4(b)(d)]"
        )
        #expect(Support.line(startingWith: "REF:", in: version.text) == "REF: A. OSLO 12 B. STATE 4567 (NOTAL)")
        #expect(version.text.hasSuffix("\n"))
    }

    @Test func markersClassifierAndContactDetailsAreRemovedFromReleasedText() throws {
        let version = try Support.publicVersion(OsloCable.text)
        let lines = Support.paragraphLines(version.text)
        #expect(lines[2] == "2. (U) Parliament meets again on June 25; press inquiries go to [EMAIL] or [PHONE].")
        #expect(lines[6] == "6. (U) [CLASSIFIER] will host the coalition leaders on July 4. DOE")
        for gone in [
            "SIPDIS", "NOFORN", "Classified By", "Jane Q. Doe", "jdoe@state.gov", "647-4000", "ZNY", "FM AMEMBASSY",
        ] {
            #expect(!version.text.contains(gone), "\(gone) is still in the public version")
        }
        let rules = Set(version.alterations.map(\.rule))
        #expect(
            rules.isSuperset(of: [
                "email-address", "telephone-number", "classifier-name", "handling-marker", "classified-by",
            ]))
    }

    @Test func everyAlterationNamesItsPlaceInTheInput() throws {
        let version = try Support.publicVersion(OsloCable.text)
        let bytes = Array(OsloCable.text.utf8)
        func text(_ alteration: Alteration) -> String {
            String(decoding: bytes[alteration.range.start.offset..<alteration.range.end.offset], as: UTF8.self)
        }
        let email = try #require(version.alterations.first { $0.rule == "email-address" })
        #expect(text(email) == "jdoe@state.gov" && email.rangeIsExact && email.paragraph == 2)
        #expect(email.range.start.line == 23 && email.operation == "replace" && email.replacement == "[EMAIL]")
        let withheld = try #require(version.alterations.first { $0.kind == .withheldParagraph && $0.paragraph == 3 })
        #expect(text(withheld).hasPrefix("3. (S//NF) A senior official"))
        #expect(withheld.rule == "withhold-above-release" && withheld.operation == "withhold")
        let unmarked = try #require(version.alterations.first { $0.paragraph == 4 })
        #expect(unmarked.rule == "withhold-unmarked")
        let marker = try #require(
            version.alterations.first { $0.kind == .redactedText && $0.rule == "handling-marker" })
        #expect(text(marker) == "SIPDIS" && marker.paragraph == 6)
        #expect(version.alterations.map(\.range.start.offset) == version.alterations.map(\.range.start.offset).sorted())
    }

    @Test func releaseCReleasesConfidentialAndSBUButNotSecret() throws {
        let version = try Support.publicVersion(OsloCable.text, options: Support.options(release: .confidential))
        let lines = Support.paragraphLines(version.text)
        #expect(version.text.hasPrefix("P 212107Z JUN 07\nCONFIDENTIAL OSLO 000101\n"))
        #expect(lines[1] == "1. (C) " + OsloCable.confidentialText)
        #expect(lines[3] == "3. [withheld: (S), E.O. 12958 1.4(b)(d)]")
        #expect(lines[4] == "4. " + OsloCable.unmarkedText)
        #expect(lines[5] == "5. (SBU) " + OsloCable.sbuText)
        #expect(
            Support.line(startingWith: "SUBJECT:", in: version.text)
                == "SUBJECT: COALITION PARTNERS PROMISE TO HOLD TOGETHER")
        // A released mark states its level alone: NOFORN is a handling marker.
        let noforn = try Support.publicVersion(
            OsloCable.text.replacingOccurrences(of: "1. (C)", with: "1. (C//NOFORN)"),
            options: Support.options(release: .confidential))
        #expect(Support.paragraphLines(noforn.text)[1] == "1. (C) " + OsloCable.confidentialText)
    }

    @Test func anUnclasSensitiveCableIsSBUSoItsUnmarkedParagraphsAreWithheldAtU() throws {
        let cable = """
            UNCLAS LIMA 000590
            SENSITIVE
            SIPDIS
            E.O. 12958: N/A
            TAGS: PREF PE
            SUBJECT: VISIT OF THE IOM CANDIDATE
            1. The candidate met the vice minister on April 2 to discuss migration.
            2. (U) PRM has cleared this cable.
            """
        let version = try Support.publicVersion(cable)
        let lines = Support.paragraphLines(version.text)
        #expect(lines[1] == "1. [withheld: (SBU)]")
        #expect(lines[2] == "2. (U) PRM has cleared this cable.")
        #expect(Support.line(startingWith: "SUBJECT:", in: version.text) == "SUBJECT: [withheld: (SBU)]")
        #expect(version.cableSensitivity == .sbu)
        // At release C the same cable is releasable whole, without its SENSITIVE caption.
        let atC = try Support.publicVersion(cable, options: Support.options(release: .confidential))
        #expect(
            Support.paragraphLines(atC.text)[1]
                == "1. The candidate met the vice minister on April 2 to discuss migration.")
        #expect(!atC.text.contains("SENSITIVE"))
    }

    @Test func aPlainUnclasCableIsReleasedWholeWithItsUnmarkedParagraphs() throws {
        let cable = """
            UNCLAS VILNIUS 000311
            E.O. 12958: N/A
            TAGS: SENV LH
            SUBJECT: ENERGY SECURITY WEEK
            1. Lithuania's first Energy Security Week opened on June 12.
            2. (U) The Embassy co-sponsored a student essay contest.
            """
        let version = try Support.publicVersion(cable)
        #expect(version.withheldParagraphCount == 0)
        #expect(
            Support.paragraphLines(version.text)[1] == "1. Lithuania's first Energy Security Week opened on June 12.")
        #expect(Support.line(startingWith: "SUBJECT:", in: version.text) == "SUBJECT: ENERGY SECURITY WEEK")
    }

    @Test func aMarkedSubjectIsReleasedWhenAtOrBelowTheReleaseLevel() throws {
        let marked = OsloCable.text.replacingOccurrences(
            of: "SUBJECT: COALITION PARTNERS", with: "SUBJECT: (U) COALITION PARTNERS")
        let version = try Support.publicVersion(marked)
        #expect(
            Support.line(startingWith: "SUBJECT:", in: version.text)
                == "SUBJECT: (U) COALITION PARTNERS PROMISE TO HOLD TOGETHER")
        // A subject marked above the release level is withheld even in an UNCLAS cable.
        let spilled = """
            UNCLAS OSLO 000102
            E.O. 12958: N/A
            TAGS: PREL NO
            SUBJECT: (C) THE SUBJECT OF A SPILL
            1. (U) A paragraph.
            """
        let spill = try Support.publicVersion(spilled)
        #expect(Support.line(startingWith: "SUBJECT:", in: spill.text) == "SUBJECT: [withheld: (C), E.O. 12958]")
    }

    @Test func anUnreadableMarkIsWithheldWhateverTheCable() throws {
        let cable = """
            UNCLAS OSLO 000103
            E.O. 12958: N/A
            TAGS: PREL NO
            SUBJECT: A MARK NOBODY CAN READ
            1. (CONF) The minister spoke about the budget in confidence.
            2. (U) The rest is public.
            """
        let version = try Support.publicVersion(cable)
        #expect(Support.paragraphLines(version.text)[1] == "1. [withheld: unreadable portion mark]")
        #expect(version.alterations.contains { $0.rule == "withhold-unreadable-mark" && $0.paragraph == 1 })
        // In a cable above the release level it takes the cable's level.
        let classified = try Support.publicVersion(
            OsloCable.text.replacingOccurrences(of: "5. (SBU)", with: "5. (XYZ)"))
        #expect(Support.paragraphLines(classified.text)[5] == "5. [withheld: (C), E.O. 12958 1.4(b)(d)]")
    }

    @Test func entireTextCablesWithholdEveryParagraph() throws {
        let cable = """
            CONFIDENTIAL ROME 000104
            E.O. 12356: DECL: OADR
            TAGS: PREL IT
            SUBJECT: AN OLD CABLE
            1. CONFIDENTIAL - ENTIRE TEXT.
            2. The minister said the government would fall before the summer.
            """
        let version = try Support.publicVersion(cable)
        #expect(Support.paragraphLines(version.text)[2] == "2. [withheld: (C), E.O. 12356]")
        #expect(!version.text.contains("government would fall"))
    }

    @Test func aReleasedPortionThatRepeatsWithheldTextIsWithheldToo() throws {
        let cable = """
            C O N F I D E N T I A L OSLO 000105
            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL NO
            SUBJECT: THE FINANCE MINISTER WILL RESIGN IF THE FUND RULE IS RELAXED NEXT YEAR
            1. (C) The minister spoke to us in confidence.
            2. (U) As reported, the finance minister will resign if the fund rule is relaxed.
            3. (U) Parliament meets on June 25.
            """
        let version = try Support.publicVersion(cable)
        let lines = Support.paragraphLines(version.text)
        // The unmarked subject of a C cable is withheld; paragraph 2 repeats it.
        #expect(lines[2] == "2. [withheld: repeats withheld text]")
        #expect(lines[3] == "3. (U) Parliament meets on June 25.")
        #expect(version.alterations.contains { $0.rule == "withhold-repeated-text" && $0.paragraph == 2 })
    }

    @Test func aReleasedPortionHoldingWordsAfterAMarkInTheInputIsWithheld() throws {
        // A mark inside a paragraph, with no number before it: the input's own mark still withholds its words.
        let cable = """
            C O N F I D E N T I A L OSLO 000105
            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL NO
            SUBJECT: (U) JOINED
            1. (U) Parliament meets on June 25 to vote on the budget; (C) The finance minister will resign if the fund rule is relaxed next year.
            3. (U) Post will report further.
            """
        let version = try Support.publicVersion(cable)
        #expect(Support.paragraphLines(version.text)[1] == "1. [withheld: holds text marked above the release level]")
        #expect(version.alterations.contains { $0.rule == "withhold-marked-text" && $0.paragraph == 1 })
        #expect(!Support.repeatsWords(of: "The finance minister will resign if the fund rule is relaxed", in: version.text))
    }

    @Test func referencesThatDoNotReadAsAListAreWithheldInAClassifiedCable() throws {
        let prose = OsloCable.text.replacingOccurrences(
            of: "REF: A. OSLO 12 B. STATE 4567 (NOTAL)",
            with: "REF: the minister told us privately that he will resign on 12 June")
        let version = try Support.publicVersion(prose)
        #expect(Support.line(startingWith: "REF:", in: version.text) == "REF: [withheld: unmarked header text]")
        #expect(!version.text.contains("resign on 12 June"))
        #expect(ReferenceList.looksLikeReferences("A. 07 LIMA 994 ¶B. STATE 105125 (NOTAL); C. Dar es Salaam 2602"))
        #expect(ReferenceList.looksLikeReferences("Tripoli 91"))
        #expect(!ReferenceList.looksLikeReferences("LIMA 994 and the minister said"))
        #expect(!ReferenceList.looksLikeReferences("THE MINISTER TOLD US THAT HE WILL RESIGN ON 12 JUNE"))
    }

    @Test func declassifyExpiredReleasesClassifiedPortionsOnceTheDeclDateHasPassed() throws {
        let options = Support.options(asOf: CalendarDate(year: 2020, month: 1, day: 1)!, declassifyExpired: true)
        let version = try Support.publicVersion(OsloCable.text, options: options)
        let lines = Support.paragraphLines(version.text)
        #expect(lines[1] == "1. (U) [declassified from (C)] " + OsloCable.confidentialText)
        #expect(lines[3] == "3. (U) [declassified from (S)] " + OsloCable.secretText)
        #expect(lines[4] == "4. (U) [declassified from (C)] " + OsloCable.unmarkedText)
        // SBU is not classified: a DECL date does not release it.
        #expect(lines[5] == "5. [withheld: (SBU)]")
        #expect(version.text.contains("PORTIONS DECLASSIFIED: DECL DATE 2017-06-21 PASSED AS OF 2020-01-01"))
        #expect(version.declassifiedParagraphCount == 3)
        let declassified = version.alterations.filter { $0.kind == .declassified }
        #expect(declassified.compactMap(\.paragraph) == [1, 3, 4])
        #expect(declassified.allSatisfy { $0.reason.contains("2017-06-21") && $0.rule == "declassify-expired" })
    }

    @Test func declassificationWaitsForTheDateAndForTheFlag() throws {
        let early = try Support.publicVersion(
            OsloCable.text,
            options: Support.options(asOf: CalendarDate(year: 2016, month: 1, day: 1)!, declassifyExpired: true))
        #expect(early.declassifiedParagraphCount == 0)
        #expect(Support.paragraphLines(early.text)[1] == "1. [withheld: (C), E.O. 12958 1.4(b)(d)]")
        let withoutFlag = try Support.publicVersion(OsloCable.text)
        #expect(withoutFlag.declassifiedParagraphCount == 0)
        let note = try #require(withoutFlag.alterations.first { $0.paragraph == 1 })
        #expect(note.reason.contains("declassifying expired portions would release it"))
    }

    @Test func aCableWithoutAReadableClassificationLineGetsNoPublicVersion() throws {
        let missing = """
            E.O. 12958: DECL: 01/09/2019
            TAGS: PREL SZ
            SUBJECT: NO CLASSIFICATION LINE
            1. (U) Nothing may be released.
            """
        let cable = try #require(parseTelegram(missing))
        let sanitizer = Sanitizer(policy: try Support.builtInPolicy(), options: Support.options())
        guard case .refused(let reason) = sanitizer.sanitize(cable) else {
            Issue.record("a cable without a classification line was sanitized")
            return
        }
        #expect(reason.contains("no classification line"))
        var unreadable = cable
        unreadable.banner = Banner(
            line: TextField(text: "CONFIDENTAIL BERN 000009", range: .fileStart), marking: "CONFIDENTAIL", level: nil)
        guard case .refused(let levelReason) = sanitizer.sanitize(unreadable) else {
            Issue.record("a cable whose classification line names no level was sanitized")
            return
        }
        #expect(levelReason.contains("names no level ('CONFIDENTAIL')"))
    }

    @Test func metadataAndSecurityWarningRaiseTheCablesLevelFailClosed() throws {
        let cable = """
            ZNY CCCCC ZZH
            UNCLAS OSLO 000106
            E.O. 12958: N/A
            TAGS: PREL NO
            SUBJECT: A CABLE WHOSE ROUTING SAYS CONFIDENTIAL
            1. An unmarked paragraph of a cable sent as confidential.
            """
        let version = try Support.publicVersion(cable)
        #expect(version.cableSensitivity == .confidential)
        #expect(version.sensitivityRaisedBy == ["the security warning line (ZNY CCCCC ZZH)"])
        #expect(Support.paragraphLines(version.text)[1] == "1. [withheld: (C), E.O. 12958]")
    }

    @Test func headerFieldsThatRunOnIntoTheBodyAreLeftOut() throws {
        var cable = try #require(parseTelegram(OsloCable.text))
        // A TAGS line that swallowed a paragraph, as a body whose line breaks were lost can have.
        let tags = try #require(cable.tagsLine)
        cable.tagsLine = TextField(
            text: "TAGS: PREL PGOV NO " + String(repeating: OsloCable.secretText + " ", count: 5), range: tags.range)
        let subject = try #require(cable.subject)
        cable.subject = TextField(
            text: "(U) " + String(repeating: "THE SUBJECT GOES ON ", count: 11), range: subject.range)
        let sanitizer = Sanitizer(policy: try Support.builtInPolicy(), options: Support.options())
        guard case .publicVersion(let version) = sanitizer.sanitize(cable, input: Array(OsloCable.text.utf8)) else {
            Issue.record("refused")
            return
        }
        #expect(Support.line(startingWith: "TAGS:", in: version.text) == nil)
        #expect(!Support.repeatsWords(of: OsloCable.secretText, in: version.text))
        #expect(Support.line(startingWith: "SUBJECT:", in: version.text) == "SUBJECT: [withheld: unmarked header text]")
        #expect(version.alterations.contains { $0.field == "TAGS" && $0.rule == "withhold-header-field" })
        #expect(PublicVersionVerifier(policy: sanitizer.policy, options: sanitizer.options).problems(in: version) == [])
    }

    /// A header field's words for the run-on limits: runs between spaces, however many spaces,
    /// and a space before a combining mark still separates (fewer words would keep more text).
    @Test func headerWordsAreRunsBetweenSpaces() {
        #expect(PublicHeader.words("") == 0)
        #expect(PublicHeader.words("  PGOV  PREL KDEM ") == 3)
        #expect(PublicHeader.words("CUBA \u{301}VENEZUELA") == 2)
    }

    @Test func sipdisIsRemovedEvenWhenAPolicyDoesNotListIt() throws {
        let policy = try RedactionPolicyLoader.parse(
            Array(#"<redaction-policy name="bare" version="1" format="1"/>"#.utf8), name: "bare.xml", source: "bare.xml"
        )
        #expect(policy.handlingMarkers == ["SIPDIS"])
        let version = try Support.publicVersion(OsloCable.text, policy: policy)
        #expect(!version.text.contains("SIPDIS"))
        #expect(version.text.contains("jdoe@state.gov"))
    }
}
