import Testing

@testable import CableMark

/// Header fields through the artifacts releases leave in them (issue 10), each in the format it
/// comes in, written here rather than copied from the corpus.
@Suite struct HeaderArtifactTests {
    static func header(_ fields: String, level: String = "C O N F I D E N T I A L LIMA 000123") -> String {
        """
        VZCZCXYZ0001
        PP RUEHWEB
        DE RUEHLI #0123 1722107
        ZNY CCCCC ZZH
        P 212107Z JUN 07
        FM AMEMBASSY LIMA
        TO RUEHC/SECSTATE WASHDC PRIORITY 5950
        \(level)

        SIPDIS

        \(fields)

        1. (C) The Foreign Minister asked for a meeting on border security before the summit.

        2. (U) The visit is planned for early July and will include a stop in Cusco.

        STRUBLE

        """
    }

    static let fields = """
        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV PE
        SUBJECT: BORDER SECURITY TALKS

        Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)
        """

    @Test func anEarlySiteTabSeparatedRecordLosesItsBackslashes() throws {
        let body = [
            "VZCZCXYZ0001\\&#x000A;ZNY CCCCC ZZH\\&#x000A;P 212107Z JUN 07",
            "C O N F I D E N T I A L LIMA 000123 \\&#x000A; \\&#x000A;E.O. 12958: DECL: 06/21/2017 \\&#x000A;TAGS: PREL PE \\&#x000A;SUBJECT: BORDER \\&#x000A;SECURITY TALKS \\&#x000A; \\&#x000A;Classified By: DCM Jane Doe, reasons 1.4 (b) and (d) \\&#x000A; \\&#x000A;1. (C) Text here. \\&#x000A; \\&#x000A;2. (U) More text. \\&#x000A;DOE \\",
        ]
        let record = ["2007-06-21 21:07:00", "07LIMA123", "Embassy Lima", "CONFIDENTIAL", "07STATE1"] + body
        let page = CablegateHTMLReaderTests.page.replacingOccurrences(
            of: #"<code><pre>C O N F I D E N T I A L ROME 000001"#,
            with: "<code><pre>" + record.joined(separator: "\t") + "</pre></code><code><pre>IGNORED")
        let cables = CableReader.read(bytes: Array(page.utf8), path: "page.html").compactMap { result -> Cable? in
            if case .cable(let cable) = result { return cable }
            return nil
        }
        let cable = try #require(cables.first)
        #expect(cable.level == .confidential)
        #expect(cable.subject?.text == "BORDER SECURITY TALKS")
        #expect(cable.classifiedBy?.classifier == "DCM Jane Doe")
        #expect(cable.paragraphs.compactMap(\.number) == [1, 2])
        #expect(!cable.paragraphs.contains { $0.text.contains("\\") })
    }

    @Test func aClassificationLineBehindCSVDebrisIsRead() throws {
        let cable = try #require(parseTelegram(Self.header(Self.fields, level: #"","C O N F I D E N T I A L SECTION 01 OF 02 LIMA 000123"#)))
        #expect(cable.level == .confidential)
    }

    /// Findings of `rule` on `text`, checked as of 1 December 2026.
    static func findings(_ text: String, rule: String) throws -> [Finding] {
        let engine = try Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!))
        return CableReader.read(bytes: Array(text.utf8), path: "cable.txt").flatMap(engine.findings(for:)).filter { $0.ruleID == rule }
    }

    @Test func spacedLevelLettersRunningIntoNOFORNReadTheLevelTheySpell() throws {
        let text = Self.header(Self.fields, level: "S E C R E T N O F O R N LIMA 000123")
            .replacingOccurrences(of: "1. (C)", with: "1. (S/NF)")
        let cable = try #require(parseTelegram(text))
        #expect(cable.level == .secret)
        #expect(cable.banner?.levelWords == "SECRETNOFORN")
        // The NOFORN is the cable's handling marker: the NF paragraph rolls up to it.
        let noforn = try #require(cable.captions.first { $0.name == "NOFORN" })
        #expect(noforn.range.start.column == 13)
        #expect(try Self.findings(text, rule: "noforn-rollup").isEmpty)
        #expect(try Self.findings(text, rule: "banner-invalid").count == 1)
    }

    @Test func doubledOrLostLettersOfSpacedLevelWordsReadTheLevelTheySpellAndStayInvalid() throws {
        for (line, level) in [
            ("SS E C R E T LIMA 000123", ClassificationLevel.secret),
            ("O N F I D E N T I A L SECTION 01 OF 02 LIMA 000123", .confidential),
            ("CC O N F I D E N T I A L LIMA 000123", .confidential),
        ] {
            let text = Self.header(Self.fields, level: line)
            let cable = try #require(parseTelegram(text), "\(line)")
            #expect(cable.level == level, "\(line)")
            #expect(cable.banner?.line.range.start.line == 8, "\(line)")
            #expect(try Self.findings(text, rule: "banner-invalid").map(\.range.start.line) == [8], "\(line)")
        }
    }

    @Test func spacedLevelWordsAsWrittenAreValid() throws {
        for (line, level) in [
            ("C O N F I D E N T I A L LIMA 000123", ClassificationLevel.confidential),
            ("S E C R E T SECTION 01 OF 02 LIMA 000123", .secret),
        ] {
            let text = Self.header(Self.fields, level: line)
            #expect(try #require(parseTelegram(text)).level == level, "\(line)")
            #expect(try Self.findings(text, rule: "banner-invalid").isEmpty, "\(line)")
        }
    }

    @Test func aSubjectEndsBeforeARepeatNoteWhenLineBreaksWereLost() throws {
        // Collapsed text: the blank lines of "SUBJECT … / REFUGEES / THE FOLLOWING IS A REPEAT …"
        // are gone.
        let fields = Self.fields.replacingOccurrences(
            of: "SUBJECT: BORDER SECURITY TALKS",
            with: "SUBJECT: BORDER SECURITY\nTALKS\nTHE FOLLOWING IS A REPEAT OF LIMA 6920, SENT ACTION SECSTATE,\nINFO QUITO - BEING REPEATED FOR YOUR INFO.\nQUOTE")
        let cable = try #require(parseTelegram(Self.header(fields), format: .jsonRecord))
        #expect(cable.subject?.text == "BORDER SECURITY TALKS")
    }

    @Test func aSubjectThatWrapsWithoutABlankLineEndsAtOneOnADoubleSpacedPage() throws {
        let doubled = """
            C O N F I D E N T I A L SECTION 01 OF 02 LIMA 000123

            SIPDIS

            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PE
            SUBJECT: BORDER SECURITY TALKS,
            FOREIGN POLICY TEAM

             IIR 6 809 0067 09 Classified By: Ambassador J. Curtis Struble, Reason 1.4 (b) and (d)

            1. (C) Text.
            """
        let cable = try #require(parseTelegram(doubled, format: .webExtract))
        #expect(cable.subject?.text == "BORDER SECURITY TALKS, FOREIGN POLICY TEAM")
        #expect(cable.classifiedBy?.classifier == "Ambassador J. Curtis Struble")
        // Where every line of the field stands between blank lines, one blank line does not end it.
        let spaced = doubled.replacingOccurrences(of: "TALKS,\nFOREIGN", with: "TALKS,\n\nFOREIGN")
            .replacingOccurrences(of: "\n IIR 6 809 0067 09 ", with: "\n")
        #expect(try #require(parseTelegram(spaced, format: .webExtract)).subject?.text == "BORDER SECURITY TALKS, FOREIGN POLICY TEAM")
    }

    @Test func aClassifiedByLineGoesOnAfterAPageBreak() throws {
        let fields = Self.fields.replacingOccurrences(
            of: "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)",
            with: "CLASSIFIED BY AMBASSADOR J. CURTIS STRUBLE, REASONS 1.5\n                 CONFIDENTIAL\n\nPAGE 02        LIMA  00123  181319Z\n\n(B), (D).")
        let cable = try #require(parseTelegram(Self.header(fields), format: .csvRecord))
        #expect(cable.classifiedBy?.reasonSection == "1.5")
        #expect(cable.classifiedBy?.reasonCategories == "bd")
    }

    @Test func aClassifiedByLineCutToNothingIsNotJudged() throws {
        for cut in ["Classified by: ...", "Classif...", "CLASSIFI..."] {
            let text = Self.header(Self.fields.replacingOccurrences(
                of: "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)", with: cut))
            #expect(try #require(parseTelegram(text)).classifiedBy?.isCut == true, "\(cut)")
            for rule in ["classified-by-missing", "reason-invalid", "classifier-position-missing"] {
                #expect(try Self.findings(text, rule: rule).isEmpty, "\(cut): \(rule)")
            }
        }
        // A label that is not cut still needs its line.
        let plain = Self.header(Self.fields.replacingOccurrences(
            of: "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)", with: "Classif"))
        #expect(try Self.findings(plain, rule: "classified-by-missing").count == 1)
    }

    @Test func aPageThatRepeatsTheFirstLinesOfTheCableKeepsTheFieldsOfTheFirstCopy() throws {
        let text = """
            C O N F I D E N T I A L LIMA 000123

            SIPDIS

            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PE
            SUBJECT: BORDER SECURITY TALKS

            Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)

            C O N F I D E N T I A L LIMA 000123 SIPDIS E.O. 12958: DECL: 06/21/2017 TAGS: PREL PE
            """
        let cable = try #require(parseTelegram(text, format: .cablegateHTML))
        #expect(cable.banner?.line.range.start.line == 1)
        #expect(cable.classifiedBy?.classifier == "Ambassador J. Curtis Struble")
        #expect(cable.subject?.text == "BORDER SECURITY TALKS")
        #expect(cable.captions.map(\.name) == ["SIPDIS"])
        // The repeated lines are header, not a paragraph of the cable.
        #expect(cable.paragraphs.isEmpty)
        #expect(try Self.findings(text, rule: "classified-by-missing").isEmpty)
        // The page's first copy may cut the line before the reason: no reason to judge, and
        // none claimed missing.
        let cut = text.replacingOccurrences(of: "Curtis Struble for Reasons 1.4 (b) and (d)", with: "Curtis Str...")
        let cutCable = try #require(parseTelegram(cut, format: .cablegateHTML))
        #expect(cutCable.classifiedBy?.isCut == true)
        #expect(cutCable.classifiedBy?.classifier == "Ambassador J. Curtis Str")
        #expect(try Self.findings(cut, rule: "reason-invalid").isEmpty)
        #expect(try Self.findings(cut, rule: "classified-by-missing").isEmpty)
        // A line that ends without a reason and is not cut still has none.
        let bare = text.replacingOccurrences(of: " for Reasons 1.4 (b) and (d)", with: "")
        #expect(try Self.findings(bare, rule: "reason-invalid").count == 1)
    }

    @Test func declWithTwoSpacesADashedDateAndAGluedLineAllRead() throws {
        for (line, date) in [
            ("E.O. 12958: DECL:  01/05/2014", "2014-01-05"),
            ("E.O. 12958: DECL: 01-05-14", "2014-01-05"),
            ("REF: STATE 1234 AND LONDON FOR TSOUE.O. 12958: DECL: 01/04/2016", "2016-01-04"),
        ] {
            let cable = try #require(parseTelegram(Self.header(Self.fields.replacingOccurrences(of: "E.O. 12958: DECL: 06/21/2017", with: line))))
            guard case .date(let read, _) = try #require(cable.executiveOrder).declassification else {
                Issue.record("\(line): \(String(describing: cable.executiveOrder))")
                continue
            }
            #expect(read.description == date, "\(line)")
        }
    }

    @Test func collapsedTextBreaksTheEOLineAtDoubleSpaces() throws {
        let fields = Self.fields.replacingOccurrences(of: "E.O. 12958: DECL: 06/21/2017", with: "E.O. 12958:\nDECL:\n06/21/2017")
        let cable = try #require(parseTelegram(Self.header(fields)))
        guard case .date(let read, _) = try #require(cable.executiveOrder).declassification else {
            Issue.record("\(String(describing: cable.executiveOrder))")
            return
        }
        #expect(read.description == "2017-06-21")
    }

    @Test func tagsWrapSplitOnCommasAndStopAtAGluedSubject() throws {
        func tags(_ line: String) throws -> [String] {
            try #require(parseTelegram(Self.header(Self.fields.replacingOccurrences(of: "TAGS: PREL PGOV PE\nSUBJECT: BORDER SECURITY TALKS", with: line)))).tags.map(\.text)
        }
        #expect(try tags("TAGS: PREL PGOV\nPE KDEM\nSUBJECT: BORDER SECURITY TALKS") == ["PREL", "PGOV", "PE", "KDEM"])
        #expect(try tags("TAGS: PHUM, PGOV, BR, Human Rights, COUNTER TERRORISM\nSUBJECT: X") == ["PHUM", "PGOV", "BR", "Human Rights", "COUNTER TERRORISM"])
        #expect(try tags("TAGS: VT, CH, PREL PGOV\nSUBJECT: X") == ["VT", "CH", "PREL", "PGOV"])
        let glued = try #require(parseTelegram(Self.header(Self.fields.replacingOccurrences(of: "TAGS: PREL PGOV PE\nSUBJECT:", with: "TAGS: PREL PGOV PESUBJECT:"))))
        #expect(glued.tags.map(\.text) == ["PREL", "PGOV", "PE"])
        #expect(glued.subject?.text == "BORDER SECURITY TALKS")
    }

    @Test func aClassifierIsANameAndAPositionNeverTheOrderOrTheSplitWordReasons() throws {
        for (line, classifier) in [
            ("Classified By: DCM Jane Doe E.O. 12958: DECL: 06/21/2017", "DCM Jane Doe"),
            ("Classified By: Ambassador J. Curtis Struble for reaso ns 1.4 (b) a nd (d)", "Ambassador J. Curtis Struble"),
        ] {
            let fields = line.contains("E.O.") ? "TAGS: PREL PE\nSUBJECT: X\n\n" + line : Self.fields.replacingOccurrences(
                of: "Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)", with: line)
            let cable = try #require(parseTelegram(Self.header(fields)))
            #expect(cable.classifiedBy?.classifier == classifier, "\(line)")
            if line.contains("E.O.") { #expect(cable.executiveOrder != nil, "\(line)") }
        }
        let split = try #require(parseTelegram(Self.header(Self.fields.replacingOccurrences(of: "for Reasons 1.4 (b) and (d)", with: "for reaso ns 1.4 (b) a nd (d)"))))
        #expect(split.classifiedBy?.reasonCategories == "bd")
        // The line wrapped inside "and".
        let wrapped = try #require(parseTelegram(Self.header(Self.fields.replacingOccurrences(of: "for Reasons 1.4 (b) and (d)", with: "for reasons 1.4 (b) an\nd (d)"))))
        #expect(wrapped.classifiedBy?.reasonCategories == "bd")
    }

    @Test func categoryLettersStopAtTheFirstOtherWord() {
        #expect(ClassifiedByParser.parse(value: "Ambassador X, reasons 1.4 (b) and (d) of the U.S. order").categories == "bd")
        #expect(ClassifiedByParser.parse(value: "Ambassador X, reasons 1.4 (b) and (k)").categories == "bK")
        #expect(ClassifiedByParser.parse(value: "Counselor X for reasons 1.4 (b) and (d) (S) Embassy Tokyo delivered").categories == "bd")
        #expect(ClassifiedByParser.parse(value: "Ambassador X. Reasons 1.4 (b) and (d). 1. (U) The").categories == "bd")
        let derived = ClassifiedByParser.parse(value: "Derived from DSCG 05-01")
        #expect(derived.isDerivative)
        #expect(derived.classifier == "")
    }

    @Test func aTagSuggestionIsOneEditOrOneSwapAway() {
        var values = ValueSet(ignoreCase: true)
        for tag in ["ECIN", "EIND", "EAID", "MARR", "KDEM"] { values.add(tag) }
        #expect(values.nearest(to: "EICN") == "ECIN")
        #expect(values.nearest(to: "EIAD") == "EAID")
        #expect(values.nearest(to: "KMARR") == "MARR")
        #expect(values.nearest(to: "XYZW") == nil)
    }

    /// The header with the classification line left out, and the address lines as `routing`.
    static func withoutClassificationLine(routing: String) -> String {
        header(fields, level: "").replacingOccurrences(of: "FM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC PRIORITY 5950", with: routing)
    }

    @Test func aRoutingLineIsNeverReadAsAMisspelledClassificationLine() throws {
        for routing in [
            "FM AMEMBASSY LIMA\nTO SECSTATE WASHDC IMMEDIATE 4650",
            "FM AMEMBASSY LIMA\nTO SECSTATE WASHDC PRIORITY 5950\nINFO AMEMBASSY QUITO 1234",
            "FM AMEMBASSY LIMA 0123\nTO SECSTATE WASHDC",
        ] {
            let text = Self.withoutClassificationLine(routing: routing)
            #expect(try #require(parseTelegram(text)).banner == nil, "\(routing)")
            #expect(try Self.findings(text, rule: "banner-missing").count == 1, "\(routing)")
            #expect(try Self.findings(text, rule: "banner-invalid").isEmpty, "\(routing)")
        }
        // A misspelled level on the line above the fields is still read as one.
        let misspelled = try #require(parseTelegram(Self.withoutClassificationLine(routing: "FM AMEMBASSY LIMA\nTO SECSTATE WASHDC 4650\nCONFIDENTAIL LIMA 000123")))
        #expect(misspelled.banner?.isMisspelled == true)
        #expect(misspelled.level == .confidential)
    }

    /// The E.O. line's instruction, with `line` in place of the header's.
    static func instruction(_ line: String) throws -> (DeclassInstruction, tags: [String]) {
        let cable = try #require(parseTelegram(header(fields.replacingOccurrences(of: "E.O. 12958: DECL: 06/21/2017\nTAGS: PREL PGOV PE", with: line))))
        return (try #require(cable.executiveOrder).declassification, cable.tags.map(\.text))
    }

    @Test func collapsedTextKeepsAWordInstructionAfterABareDECL() throws {
        for (word, expected) in [
            ("OADR", DeclassInstruction.oadr), ("MR", .manualReview), ("X1", .exemptions(["X1"])), ("N/A", .notApplicable),
            ("SOON", .unreadable("SOON")),
        ] {
            let read = try Self.instruction("E.O. 12958:\nDECL:\n\(word)\nTAGS: PREL PGOV PE")
            #expect(read.0 == expected, "\(word)")
            #expect(read.tags == ["PREL", "PGOV", "PE"], "\(word)")
        }
        // The word may share its line with the next label.
        #expect(try Self.instruction("E.O. 12958: DECL:\nOADR TAGS: PREL PGOV PE") == (.oadr, ["PREL", "PGOV", "PE"]))
        // Text that is no instruction stays out of the E.O. line.
        #expect(try Self.instruction("E.O. 12958: DECL:\nPlease pass to the Desk.\nTAGS: PREL PGOV PE").0 == .missing)

        // Through a JSON record, whose body breaks lines at double spaces.
        let record = JSONRecordReaderTests.valid.replacingOccurrences(of: "DECL: 10/26/2014", with: "DECL:  OADR")
        #expect(record != JSONRecordReaderTests.valid)
        let cables = CableReader.read(bytes: Array(record.utf8), path: "records.json").compactMap { result -> Cable? in
            if case .cable(let cable) = result { return cable }
            return nil
        }
        #expect(try #require(cables.first?.executiveOrder).declassification == .oadr)
    }

    @Test func aWordInstructionGluedToTAGSEndsThere() throws {
        for (word, expected) in [("OADR", DeclassInstruction.oadr), ("MR", .manualReview), ("N/A", .notApplicable)] {
            let read = try Self.instruction("E.O. 12958: DECL: \(word)TAGS: PREL PGOV PE")
            #expect(read.0 == expected, "\(word)")
            #expect(read.tags == ["PREL", "PGOV", "PE"], "\(word)")
        }
        // An unknown word still reads as unreadable, and the tags as tags.
        #expect(try Self.instruction("E.O. 12958: DECL: SOONTAGS: PREL PGOV PE") == (.unreadable("SOON"), ["PREL", "PGOV", "PE"]))
    }

    @Test func aMisspelledClassificationLineIsReadBehindCSVDebrisAndAboveDoubleSpacedAddressees() throws {
        let debris = try #require(parseTelegram(Self.header(Self.fields, level: #"","UNCLASSIFEID SECTION 01 OF 02 LIMA 000123"#)))
        #expect(debris.banner?.isMisspelled == true)
        #expect(debris.level == .unclassified)
        #expect(debris.paragraphs.compactMap(\.number) == [1, 2])

        let addressees = (1...7).map { "STATE FOR OFFICE \($0) AND DESK" }.joined(separator: "\n\n")
        let far = try #require(parseTelegram(Self.header(addressees + "\n\n" + Self.fields, level: "UNCLSA SECTION 01 OF 05 LIMA 000123")))
        #expect(far.banner?.isMisspelled == true)
        #expect(far.level == .unclassified)
    }

    @Test func aWebExtractWithAMisspelledClassificationLineIsStillACable() throws {
        let extract = "<code><pre>Cable dated:2010-01-21T11:33:00C O N F I D E N T I L A SECTION 01 OF 03 LIMA 000081SIPDISE.O. 12958: DECL: 01/22/2020TAGS: PGOV PREL\n\n¶1. (C) The minister agreed.</pre></code>\n"
        #expect(FormatDetector.detect(Array(extract.utf8)) == .webExtract)
        #expect(try Self.findings(extract, rule: "banner-invalid").count == 1)
        #expect(try Self.findings(extract, rule: "document-unrecognized").isEmpty)
    }

    @Test func aClassifiedByFieldEndsWhereAMarkedParagraphOneStartsOnItsLine() throws {
        let fields = """
            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PGOV PE
            SUBJECT: BORDER SECURITY TALKS

            REF: LIMA 466  CLASSIFIED BY: Jane Doe, CDA, Embassy Lima. REASON: 1.4 (b), (d) 1. (C) Summary: The Foreign Minister asked for a meeting.
            """
        let text = Self.header(fields).replacingOccurrences(
            of: "1. (C) The Foreign Minister asked for a meeting on border security before the summit.\n\n", with: "")
        let cable = try #require(parseTelegram(text))
        #expect(cable.paragraphs.map { "\($0.number ?? 0) \($0.mark?.raw ?? "-")" } == ["1 C", "2 U"])
        #expect(cable.paragraphs.first?.text.hasPrefix("Summary: The Foreign Minister") == true)
        let classifiedBy = try #require(cable.classifiedBy)
        #expect(!classifiedBy.line.text.contains("Summary"))
        #expect(classifiedBy.reasonCategories == "bd")
        // A mark that is no valid one does not end the field.
        let unmarked = try #require(parseTelegram(text.replacingOccurrences(of: "(d) 1. (C) Summary", with: "(d) 1. (Q) Summary")))
        #expect(unmarked.paragraphs.first?.number == 2)
        // An unmarked paragraph 1 after the reason is split off too, and judged on its own.
        let bare = try #require(parseTelegram(text.replacingOccurrences(of: "(d) 1. (C) Summary", with: "(d) 1.  Summary")))
        #expect(bare.paragraphs.map { "\($0.number ?? 0) \($0.mark?.raw ?? "-")" } == ["1 -", "2 U"])
        #expect(try Self.findings(text.replacingOccurrences(of: "(d) 1. (C) Summary", with: "(d) 1.  Summary"), rule: "portion-missing").count == 1)
        // After a REF line, a number with no mark stays in the field.
        let ref = try #require(parseTelegram(text.replacingOccurrences(of: "REF: LIMA 466  CLASSIFIED BY: Jane Doe, CDA, Embassy Lima. REASON: 1.4 (b), (d) 1. (C) Summary", with: "REF: LIMA 466 PARA 1.  Summary")))
        #expect(ref.paragraphs.first?.number == 2)
    }

    /// A cables.csv record whose subject the release broke with a blank line, its body wrapped
    /// at about 60 characters as telegrams are.
    static func brokenSubjectRecord(_ subject: String) -> String {
        let body = """
            C O N F I D E N T I A L SECTION 01 OF 02 NEW DELHI 001234

            SIPDIS
            NOFORN

            E.O. 12958: DECL: 10/26/2014
            TAGS: PREL PHUM PREF IN BT
            \(subject)

            Classified By: A/DCM Jane Doe, Reasons 1.4 (B,D).

            1.  (C) Summary: During a meeting on October 24 with the
            visiting Assistant Secretary, the King agreed that the first
            group of refugees could return and that both governments
            should exchange a letter setting out how that would happen.
            He also said that the refugee question is unusual because
            both countries share an open border with a third country,
            and that many of the refugees came from that country. End
            summary.

            2.  (C) The Assistant Secretary welcomed the decision and
            asked for a timetable; the King promised one within weeks.
            """
        return #""id","date","refid","origin","classification","references","header","content""# + "\n"
            + #""7","11/2/2004 5:32","04NEWDELHI1234","Embassy New Delhi","CONFIDENTIAL","","","# + "\""
            + body + "\n\"\n"
    }

    static func subject(ofRecord text: String) -> String? {
        let cables = CableReader.read(bytes: Array(text.utf8), path: "cables.csv").compactMap { result -> Cable? in
            if case .cable(let cable) = result { return cable }
            return nil
        }
        return cables.first?.subject?.text
    }

    @Test func aSubjectBrokenByABlankLineGoesOnOntoTheFragmentAfterIt() throws {
        // The subject's line is full: "REFUGEES" would not have fitted on it.
        let broken = Self.brokenSubjectRecord("SUBJECT: BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE\n\nREFUGEES")
        #expect(Self.subject(ofRecord: broken) == "BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE REFUGEES")
        // A short subject line ended where it ends: the fragment after it is something else.
        let short = Self.brokenSubjectRecord("SUBJECT: BHUTAN AND REFUGEES\n\nSUMMARY")
        #expect(Self.subject(ofRecord: short) == "BHUTAN AND REFUGEES")
        // A full line followed by a sentence, a label or a line in another case is not continued.
        let sentence = Self.brokenSubjectRecord(
            "SUBJECT: BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE\n\nTHE FOLLOWING IS A REPEAT OF NEW DELHI 6920")
        #expect(Self.subject(ofRecord: sentence) == "BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE")
        let label = Self.brokenSubjectRecord("SUBJECT: BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE\n\nREF: A. 123")
        #expect(Self.subject(ofRecord: label) == "BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE")
        let mixed = Self.brokenSubjectRecord("SUBJECT: BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE\n\nRefugees")
        #expect(Self.subject(ofRecord: mixed) == "BHUTAN MOVING TOWARDS REPATRIATION OF CATEGORY ONE")
    }

    /// A web extract that opens with a database record, one value a line (row number, date,
    /// cable id, origin, classification), then the telegram.
    static func recordOpening(banner: String) -> String {
        """
        <code><pre>250363
        2010-02-24
        10KABUL677
        Embassy Kabul
        CONFIDENTIAL

        \(banner)

        SIPDIS

        E.O. 12958: DECL: 02/22/2020
        TAGS: PGOV KDEM AF
        SUBJECT: RULE OF LAW CONFERENCE

        Classified By: Deputy Director Jane Doe for reasons 1.4(b) and (d).

        1. (C) A two-day conference brought justice officials together.
        </pre></code>
        """
    }

    @Test func theClassificationOfARecordAPageOpensWithIsNoClassificationLine() throws {
        let whole = try #require(parseTelegram(Self.recordOpening(banner: "C O N F I D E N T I A L KABUL 000677"), format: .webExtract))
        #expect(whole.banner?.line.text == "C O N F I D E N T I A L KABUL 000677")
        // Without its classification line the cable has none: the record's level is the source's.
        let cut = try #require(parseTelegram(Self.recordOpening(banner: ""), format: .webExtract))
        #expect(cut.banner == nil)
        // The level alone above the E.O. line, with no record around it, is the classification line.
        let loose = Self.recordOpening(banner: "").replacingOccurrences(of: "10KABUL677\n", with: "")
        #expect(parseTelegram(loose, format: .webExtract)?.banner?.level == .confidential)
    }

    /// A line break lost after an empty TAGS label: the next label follows at once. (Found by
    /// Scripts/fuzz: the tags' end was trimmed back before their start, and the reader crashed.)
    @Test func anEmptyTagsLabelRunningIntoTheSubjectHasNoTags() throws {
        for glued in ["TAGS: SUBJECT: BORDER SECURITY TALKS", "TAGS:SUBJECT: BORDER SECURITY TALKS", "TAGS:  SUBJECT: BORDER SECURITY TALKS"] {
            let fields = Self.fields.replacingOccurrences(of: "TAGS: PREL PGOV PE\nSUBJECT: BORDER SECURITY TALKS", with: glued)
            let cable = try #require(parseTelegram(Self.header(fields)), "\(glued)")
            #expect(cable.tags.isEmpty, "\(glued)")
            #expect(cable.subject?.text == "BORDER SECURITY TALKS", "\(glued)")
            #expect(cable.paragraphs.compactMap(\.number) == [1, 2], "\(glued)")
        }
    }
}
