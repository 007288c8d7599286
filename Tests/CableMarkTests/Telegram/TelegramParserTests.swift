import Testing

@testable import CableMark

@Suite struct TelegramParserTests {
    static let confidential = """
        VZCZCXYZ0001
        PP RUEHWEB
        DE RUEHXX #0101/01 1722107
        ZNY CCCCC ZZH
        P 212107Z JUN 07
        FM AMEMBASSY OSLO
        TO RUEHC/SECSTATE WASHDC PRIORITY 0001

        C O N F I D E N T I A L SECTION 01 OF 02 OSLO 000101

        SIPDIS
        NOFORN

        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV NO
        SUBJECT: A SUBJECT THAT WRAPS
        ONTO A SECOND LINE

        REF: A. OSLO 12
        B. OSLO 13

        Classified By: Ambassador Jane Q. Doe for Reasons 1.4 (b) and (d)

        1. (C) First paragraph.
        -- a sub-item of the first paragraph.
        2. (S//NF) Second paragraph, which mentions
        2007. as a year at the start of a wrapped line.
        CONFIDENTIAL
        PAGE 02 OSLO 00101 212107Z
        C O N F I D E N T I A L SECTION 02 OF 02 OSLO 000101
        3. (U) Third paragraph.
        DOE
        """

    @Test func readsTheHeaderFieldsWithTheirPlaces() throws {
        let cable = try #require(parseTelegram(Self.confidential))
        let banner = try #require(cable.banner)
        #expect(banner.level == .confidential)
        #expect(banner.marking == "C O N F I D E N T I A L")
        #expect(banner.section == 1 && banner.sectionCount == 2)
        #expect(banner.line.range.start.line == 9 && banner.line.range.start.column == 1)
        #expect(cable.routing.securityWarningLevel == .confidential)
        #expect(cable.date?.day == CalendarDate(year: 2007, month: 6, day: 21))
        #expect(cable.captions.map(\.name) == ["SIPDIS", "NOFORN"])
        #expect(cable.captions[1].range.start.line == 12)
        #expect(cable.executiveOrder?.order == "12958")
        #expect(cable.executiveOrder?.declassification == .date(CalendarDate(year: 2017, month: 6, day: 21)!, exemptions: []))
        #expect(cable.executiveOrder?.instruction?.range.start == SourcePosition(line: 14, column: 19, offset: cable.executiveOrder!.instruction!.range.start.offset))
        #expect(cable.tags.map(\.text) == ["PREL", "PGOV", "NO"])
        #expect(cable.subject?.text == "A SUBJECT THAT WRAPS ONTO A SECOND LINE")
        #expect(cable.references?.text == "A. OSLO 12 B. OSLO 13")
        #expect(cable.classifiedBy?.classifier == "Ambassador Jane Q. Doe")
        #expect(cable.classifiedBy?.reasonSection == "1.4")
        #expect(cable.classifiedBy?.reasonCategories == "bd")
    }

    /// A web extract: no routing header, no container metadata, the id only in the file name.
    static let undatedExtract = """
        S E C R E T SECTION 01 OF 02 RABAT 001018

        E.O. 12958: DECL: 01/01/2020
        TAGS: PINS PGOV
        SUBJECT: GUINEA LATEST

        Classified By: DCM Robert P. Jackson for reasons 1.4(b) and (d).

        1. (S) First paragraph.
        """

    @Test func datesACableWithNoDateByTheYearOfTheIdItsFileIsNamedAfter() throws {
        let named = try #require(parseTelegram(Self.undatedExtract, format: .webExtract, path: "cables/09RABAT1018.txt"))
        #expect(named.date == CableDate(year: 2009))
        #expect(named.date?.day == nil)
        #expect(named.date?.description == "2009")
        // A file named after another cable, or after none, dates nothing.
        for path in ["cables/09RABAT1019.txt", "cables/09LIMA1018.txt", "cables/rabat.txt", "test.txt"] {
            #expect(parseTelegram(Self.undatedExtract, format: .webExtract, path: path)?.date == nil, "\(path)")
        }
        // A page line names the message too, when the classification line is gone.
        let pageLine = Self.undatedExtract.replacingOccurrences(
            of: "S E C R E T SECTION 01 OF 02 RABAT 001018", with: "RABAT 00001018 001.2 OF 002")
        #expect(parseTelegram(pageLine, format: .webExtract, path: "09RABAT1018.txt")?.date == CableDate(year: 2009))
        // So does the id itself, pasted into the page.
        let pasted = Self.undatedExtract.replacingOccurrences(
            of: "S E C R E T SECTION 01 OF 02 RABAT 001018", with: "Cable 09RABAT1018 of Embassy Rabat")
        #expect(parseTelegram(pasted, format: .webExtract, path: "09RABAT1018.txt")?.date == CableDate(year: 2009))
        // A date-time group wins.
        let dated = "P 301512Z DEC 09\n" + Self.undatedExtract
        let withGroup = try #require(parseTelegram(dated, format: .webExtract, path: "09RABAT1018.txt"))
        #expect(withGroup.date?.day == CalendarDate(year: 2009, month: 12, day: 30))
    }

    /// `undatedExtract` cut short, then `record` (a database record) and the whole cable again:
    /// a web extract's partial view.
    static func extract(withRecord record: String) -> String {
        "<code><pre>" + undatedExtract.prefix(80) + "...\n\n" + record + "\n" + undatedExtract + "\n</pre></code>"
    }

    @Test(arguments: [
        // One value a line, as 10KABUL677 opens.
        "250363\n2009-12-30\n09RABAT1018\nEmbassy Rabat\nSECRET",
        // The same with blank lines between the values, and a time after the date.
        "18563\n\n2009-12-30 15:12\n\n09RABAT1018\n\nEmbassy Rabat\n\nSECRET",
        // One cables.csv row, month first, with a time.
        "12055,12/30/2009 15:12,09RABAT1018,\"Embassy Rabat\",SECRET,,\"",
        "12055,2009-12-30 15:12:00,09RABAT1018,\"Embassy\nRabat\",SECRET,,\"",
    ])
    func datesAnUndatedExtractByTheRecordItHolds(record: String) throws {
        let cable = try #require(parseTelegram(Self.extract(withRecord: record), format: .webExtract, path: "cables/09RABAT1018.txt"))
        #expect(cable.date?.day == CalendarDate(year: 2009, month: 12, day: 30))
        // The record's shape is enough when no file names the cable.
        #expect(parseTelegram(Self.extract(withRecord: record), format: .webExtract)?.date?.day == CalendarDate(year: 2009, month: 12, day: 30))
        // The record's classification is still no classification line.
        #expect(cable.banner?.line.text == "S E C R E T SECTION 01 OF 02 RABAT 001018")
        // A date-time group wins over the record.
        let withGroup = "P 291512Z DEC 09\n" + Self.extract(withRecord: record)
        #expect(parseTelegram(withGroup, format: .webExtract, path: "09RABAT1018.txt")?.date?.day == CalendarDate(year: 2009, month: 12, day: 29))
    }

    @Test func datesAnExtractThatOpensWithARecord() throws {
        let opening = HeaderArtifactTests.recordOpening(banner: "C O N F I D E N T I A L KABUL 000677")
        let cable = try #require(parseTelegram(opening, format: .webExtract, path: "cables/10KABUL677.txt"))
        #expect(cable.date?.day == CalendarDate(year: 2010, month: 2, day: 24))
    }

    @Test func aDateThatIsNoRecordsDatesNothing() throws {
        let year = CableDate(year: 2009)
        // A date alone on a line of the body.
        let body = Self.undatedExtract + "\n\n2. (S) Talks resume on\n2009-12-30\nin Rabat.\n"
        #expect(parseTelegram(body, format: .webExtract, path: "09RABAT1018.txt")?.date == year)
        // A record of another cable, in either shape.
        for record in ["250363\n2009-12-30\n09RABAT1017\nEmbassy Rabat", "12055,12/30/2009 15:12,09RABAT1017,\"Embassy Rabat\""] {
            #expect(parseTelegram(Self.extract(withRecord: record), format: .webExtract, path: "09RABAT1018.txt")?.date == year, "\(record)")
        }
        // A date with words after it, or a row whose second value is no date.
        for record in ["2009-12-30 Rabat\n09RABAT1018", "12055,Rabat,09RABAT1018,\"Embassy Rabat\"", "2009-12-30 15\n09RABAT1018"] {
            #expect(parseTelegram(Self.extract(withRecord: record), format: .webExtract, path: "09RABAT1018.txt")?.date == year, "\(record)")
        }
    }

    @Test func readsParagraphsThroughSubItemsWrappedYearsAndPageBreaks() throws {
        let cable = try #require(parseTelegram(Self.confidential))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 3])
        #expect(cable.paragraphs.map { $0.mark?.raw } == ["C", "S//NF", "U"])
        #expect(cable.paragraphs[0].text == "First paragraph. -- a sub-item of the first paragraph.")
        #expect(cable.paragraphs[1].text.hasSuffix("2007. as a year at the start of a wrapped line."))
        #expect(cable.paragraphs[1].mark?.isNoforn == true)
        #expect(cable.paragraphs[1].mark?.level == .secret)
        #expect(cable.paragraphs[0].range.start.line == 24)
        #expect(cable.paragraphs[0].markRange.start.column == 4)
        // The page break's lone level and the repeated classification line are section banners,
        // not paragraph text; the page header line is dropped.
        #expect(cable.sectionBanners.map(\.level) == [.confidential, .confidential])
        #expect(cable.sectionBanners[1].section == 2)
        #expect(cable.paragraphs[2].text == "Third paragraph. DOE")
    }

    @Test func seesThroughPilcrowsRenderedAsALeadingOne() throws {
        let text = """
            UNCLAS LIMA 000590
            SIPDIS
            SENSITIVE
            E.O. 12958: N/A
            TAGS: PREL PE
            SUBJECT: PILCROWS
            - 11. (SBU) One.
            - 12. (SBU) Two.
            ¶3. Three, unmarked.
            14. Four, unmarked, after a pilcrow paragraph.
            15. (U) Five.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.paragraphs.map(\.number) == [1, 2, 3, 4, 5])
        #expect(cable.paragraphs.map { $0.mark?.raw } == ["SBU", "SBU", nil, nil, "U"])
        #expect(cable.isSensitive)
        // An unmarked paragraph's mark place is where its number starts.
        #expect(cable.paragraphs[3].markRange.start == cable.paragraphs[3].range.start)
        #expect(cable.paragraphs[3].range.start.line == 10)
    }

    @Test func keepsTheNumberedItemsOfAQuotedTextInsideTheirParagraph() throws {
        let text = """
            UNCLAS BRASILIA 003122
            SENSITIVE
            E.O. 12958: N/A
            ¶15. (SBU) Comment.
            ¶16. (U) The decree reads:
            ¶1. Issuance of the license may include a requirement.
            ¶2. In calculating compensation, circumstances count.
            ¶17. (U) End of text.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.paragraphs.map(\.number) == [15, 16, 17])
        #expect(cable.paragraphs[1].quotedItems.map(\.number) == [1, 2])
        #expect(cable.paragraphs[1].quotedItems[1].text == "In calculating compensation, circumstances count.")
    }

    @Test func readsTheLastCopyOfAHeaderPrintedTwice() throws {
        let text = """
            Cablegate: A page title
            C O N F I D E N T I A L LIMA 003673
            SIPDIS
            E.O. 12958: DECL: 11/20/2017
            SUBJECT: A PREVIEW THAT IS CUT...
            header:
            ZNY CCCCC ZZH
            P 201337Z NOV 07
            C O N F I D E N T I A L LIMA 003673
            SIPDIS
            E.O. 12958: DECL: 11/20/2017
            TAGS: PGOV
            SUBJECT: THE FULL SUBJECT
            1. (C) Text.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.banner?.line.range.start.line == 9)
        #expect(cable.captions.count == 1)
        #expect(cable.subject?.text == "THE FULL SUBJECT")
        #expect(cable.paragraphs.count == 1)
    }

    @Test func splitsFieldsGluedWhenLineBreaksWereLost() throws {
        let text = "C O N F I D E N T I A L SECTION 01 OF 03 BERLIN 000081SIPDISE.O. 12958: DECL: 01/22/2020TAGS: PGOV PREL\n\n1. (C) Text."
        let cable = try #require(parseTelegram(text, format: .webExtract))
        #expect(cable.banner?.line.text == "C O N F I D E N T I A L SECTION 01 OF 03 BERLIN 000081")
        #expect(cable.captions.map(\.name) == ["SIPDIS"])
        #expect(cable.executiveOrder?.instruction?.text == "01/22/2020")
        #expect(cable.tags.map(\.text) == ["PGOV", "PREL"])
    }

    @Test func keepsAnOrderNamedInTheReasonInsideClassifiedBy() throws {
        let text = "CONFIDENTIAL VATICAN 003492\nE.O. 12958: DECL: 10/01/2012\nCLASSIFIED BY: D. BRENT HARDT, CDA, REASON E.O. 12958 1.5 (B,D)\n\n1. (C) Text."
        let cable = try #require(parseTelegram(text))
        #expect(cable.classifiedBy?.reasonSection == "1.5")
        #expect(cable.classifiedBy?.reasonCategories == "bd")
        #expect(cable.executiveOrder?.instruction?.text == "10/01/2012")
    }

    @Test func readsAStutteredLabelAsOne() throws {
        let text = "CONFIDENTIAL SANAA 001676\nE.O. 12958: DECL: 07/09/2013\nClassified By: Classified by A/DCM S. Alexander for reasons 1.5 (b) and (d)\n\n1. (C) Text."
        let cable = try #require(parseTelegram(text))
        #expect(cable.classifiedBy?.classifier == "A/DCM S. Alexander")
        #expect(cable.classifiedBy?.reasonCategories == "bd")
    }

    @Test func endsAWrappedFieldAtALabelGluedIntoItsLastLine() throws {
        let text = """
            S E C R E T LONDON 000118
            E.O. 12958: DECL: 01/13/2019
            REF: A. 2008 STATE 133198
                 B. STATE 1760
                 C. 2008 STATE 115523  Classified By: KATHLEEN DOHERTY, ECON COUNSELOR, FOR REASONS 1.4 B & D
            1. (S) Text.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.references?.text == "A. 2008 STATE 133198 B. STATE 1760 C. 2008 STATE 115523")
        #expect(cable.classifiedBy?.classifier == "KATHLEEN DOHERTY, ECON COUNSELOR")
        #expect(cable.classifiedBy?.reasonCategories == "bd")
    }

    @Test func readsOlderCablesMarkedAsAWhole() throws {
        let text = """
            C O N F I D E N T I A L SECTION 01 OF 02 ISLAMABAD 08251
            E.O. 12356: DECL: OADR
            TAGS: PREL, IR, PK
            SUBJECT: OLD STYLE
            1. CONFIDENTIAL - ENTIRE TEXT.
            2. SUMMARY: TEXT.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.entireTextLevel == .confidential)
        #expect(cable.executiveOrder?.declassification == .oadr)
        #expect(cable.tags.map(\.text) == ["PREL", "IR", "PK"])
        #expect(cable.paragraphs.map(\.number) == [1, 2])
    }

    @Test func findsAClassifierNamedInsideTheFirstParagraph() throws {
        let text = """
            SECRET STATE 001234
            E.O. 12958: DECL: 1/1/2010
            1. (U) CLASSIFIED SECRET BY JOHN SMITH, DIRECTOR. REASON 1.5 (C). 
            2. (S) TEXT.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.classifiedBy?.reasonSection == "1.5")
        #expect(cable.classifiedBy?.reasonCategories == "c")
    }

    @Test func recognisesAMisspelledClassificationLineAsOne() throws {
        let text = """
            CONFIDENTAIL LIMA 002181
            SIPDIS
            E.O. 12958: DECL: 06/21/2017
            1. (C) Text.
            """
        let cable = try #require(parseTelegram(text))
        let banner = try #require(cable.banner)
        #expect(banner.isMisspelled)
        #expect(banner.level == .confidential)
        #expect(banner.marking == "CONFIDENTAIL")
    }

    @Test(arguments: [
        ("O N F I D E N T I A L SECTION 01 OF 04 PARIS 004247", "O N F I D E N T I A L", ClassificationLevel.confidential),
        ("CO N F I D E N T I A L HANOI 000809", "CO N F I D E N T I A L", .confidential),
        ("RESTRICTED LIMA 002181", "RESTRICTED", nil),
    ])
    func readsTheIntendedLevelOfAMisspelledLine(_ line: String, _ marking: String, _ level: ClassificationLevel?) throws {
        let cable = try #require(parseTelegram("\(line)\nSIPDIS\nE.O. 12958: DECL: 06/21/2017\n1. (C) Text."))
        #expect(cable.banner?.isMisspelled == true)
        #expect(cable.banner?.marking == marking)
        #expect(cable.banner?.level == level)
    }

    @Test func prefersLevelWordsOverAPlaceAndSerialWhenTheLineWasSplit() throws {
        let cable = try #require(parseTelegram("C O N F I D E N T I A L\nBAGHDAD 000230\nE.O. 12958: DECL: 07/23/14\n1. (C) Text."))
        #expect(cable.banner?.level == .confidential)
        #expect(cable.banner?.isMisspelled == false)
    }

    @Test func takesAnUnnumberedLoneParagraph() throws {
        let text = """
            UNCLAS STATE 000007
            E.O. 12958: N/A
            TAGS: AMGT
            SUBJECT: ONE PARAGRAPH

            (U) The only paragraph, not numbered.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.paragraphs.count == 1)
        #expect(cable.paragraphs[0].number == nil)
        #expect(cable.paragraphs[0].text.hasPrefix("(U) The only paragraph"))
    }

    @Test func readsHandlingMarkersOnTheClassificationLineAndRelToCaptions() throws {
        let text = """
            S E C R E T//NOFORN SECTION 01 OF 02 LIMA 000123
            REL TO USA, GBR
            SIPDIS
            E.O. 12958: DECL: 06/21/2017
            1. (S//REL TO USA, GBR) Text.
            """
        let cable = try #require(parseTelegram(text))
        #expect(cable.banner?.level == .secret)
        #expect(cable.banner?.compoundWords == [])
        #expect(cable.banner?.section == 1)
        #expect(cable.captions.map(\.name) == ["NOFORN", "REL TO USA, GBR", "SIPDIS"])
        #expect(cable.captions[0].range.start.column == 14)
    }

    @Test func readsSpacedEFTO() throws {
        let cable = try #require(parseTelegram("UNCLAS E F T O SECTION 01 OF 03 LONDON 002187\nE.O. 12958: N/A\n1. (U) Text."))
        #expect(cable.banner?.isEFTO == true)
        #expect(cable.banner?.section == 1)
    }

    @Test func readsAParenthesisedEntireTextMarking() throws {
        let cable = try #require(parseTelegram("CONFIDENTIAL TOKYO 13642\nE.O. 12356: DECL: OADR\n1. (CONFIDENTIAL - ENTIRE TEXT)\n2. TEXT."))
        #expect(cable.entireTextLevel == .confidential)
        #expect(cable.paragraphs.first?.mark == nil)
    }

    @Test func splitsTagsOnCommasAndSpacesAlike() throws {
        let cable = try #require(parseTelegram("UNCLAS STATE 000001\nE.O. 12958: N/A\nTAGS: VT, CH, PREL PGOV\n1. (U) Text."))
        #expect(cable.tags.map(\.text) == ["VT", "CH", "PREL", "PGOV"])
    }

    @Test(arguments: [
        ("E.O. 12958: DECL: 10/22/2016 \\", "10/22/2016"),
        ("E.O. 12958; DECL: 4/29/2013;", "4/29/2013"),
    ])
    func dropsStrayCharactersAfterTheInstruction(_ line: String, _ instruction: String) throws {
        let cable = try #require(parseTelegram("CONFIDENTIAL ROME 000001\n\(line)\n1. (C) Text."))
        #expect(cable.executiveOrder?.instruction?.text == instruction)
        if case .date = cable.executiveOrder?.declassification {} else { Issue.record("not read as a date") }
    }

    @Test func refusesTextThatIsNoCable() {
        #expect(parseTelegram("Hello, this is a shopping list.\nMilk\nEggs\n") == nil)
    }
}

@Suite struct DeclassParserTests {
    @Test(arguments: [
        ("06/21/2017", DeclassInstruction.date(CalendarDate(year: 2017, month: 6, day: 21)!, exemptions: [])),
        ("10/23/07", .date(CalendarDate(year: 2007, month: 10, day: 23)!, exemptions: [])),
        ("2017/06/21", .date(CalendarDate(year: 2017, month: 6, day: 21)!, exemptions: [])),
        ("25X1 06/21/2032", .date(CalendarDate(year: 2032, month: 6, day: 21)!, exemptions: ["25X1"])),
        ("X1", .exemptions(["X1"])),
        ("1.6X6", .exemptions(["1.6X6"])),
        ("25X1-human", .exemptions(["25X1-HUMAN"])),
        ("OADR", .oadr),
        ("MR", .manualReview),
        ("N/A", .notApplicable),
        ("", .missing),
        ("13/45/2010", .unreadable("13/45/2010")),
        ("SOON", .unreadable("SOON")),
        ("08/22/2017 AGS: PGOV", .date(CalendarDate(year: 2017, month: 8, day: 22)!, exemptions: [])),
    ])
    func parses(_ text: String, _ expected: DeclassInstruction) {
        #expect(DeclassParser.parse(text) == expected)
    }
}

@Suite struct ClassifiedByParserTests {
    @Test(arguments: [
        ("Ambassador J. Curtis Struble for Reasons 1.4 (c and d)", "Ambassador J. Curtis Struble", "1.4", "cd"),
        ("DCM JAMES D. NEALON. REASONS 1.4 (B) AND (D)", "DCM JAMES D. NEALON", "1.4", "bd"),
        ("A/DCM Walter E. North, Reasons 1.4 (B,D).", "A/DCM Walter E. North", "1.4", "bd"),
        ("POLOFF R. REITER FOR REASONS 1.5(b) AND (d).", "POLOFF R. REITER", "1.5", "bd"),
        ("Economic Minister C. Ries for reasons 1.4 (b/d)", "Economic Minister C. Ries", "1.4", "bd"),
        ("AMBASSADOR X. REASON: E.O. 12958 1.4 (X)", "AMBASSADOR X", "1.4", "X"),
        // Stray spaces in the section, as typed in real cables.
        ("A/DCM Kathleen Stephens, reasons 1. 4 (b,d).", "A/DCM Kathleen Stephens", "1.4", "bd"),
        ("Ambassador Ralph Frank, Reasons 1 .5 (b) and (d)", "Ambassador Ralph Frank", "1.5", "bd"),
        ("Pol Chief Lee for Reasons 1.2 (b) and (d)", "Pol Chief Lee", "1.2", "bd"),
    ])
    func parses(_ value: String, _ classifier: String, _ section: String?, _ categories: String) {
        let result = ClassifiedByParser.parse(value: value)
        #expect(result.classifier == classifier)
        #expect(result.section == section)
        #expect(result.categories == categories)
    }

    @Test(arguments: [
        ("CHARGE JOSEPH MERANTE, REASONS E.O. 12958 (B), (D).", "bd"),
        ("DCM Ann Lee, Reasons 15. (b) and (d).", "bd"),
        ("DCM Ann Lee, Reasons a and b", ""),
    ])
    func aReasonWithoutSectionCountsOnlyParenthesizedLetters(_ value: String, _ categories: String) {
        let result = ClassifiedByParser.parse(value: value)
        #expect(result.section == nil)
        #expect(result.categories == categories)
    }

    @Test func aClassifierWithoutReason() {
        let result = ClassifiedByParser.parse(value: "Ambassador Jane Doe.")
        #expect(result.classifier == "Ambassador Jane Doe")
        #expect(result.reason == nil)
        #expect(result.section == nil)
    }
}
