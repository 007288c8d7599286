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

    @Test func spacedLevelLettersRunningIntoNOFORNReadTheLevelTheySpell() throws {
        let cable = try #require(parseTelegram(Self.header(Self.fields, level: "S E C R E T N O F O R N LIMA 000123")))
        #expect(cable.level == .secret)
        #expect(cable.banner?.levelWords == "SECRETNOFORN")
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
}
