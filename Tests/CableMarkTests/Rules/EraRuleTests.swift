import Testing

@testable import CableMark

/// Rules that fit the cable's era and say one thing once (issue 10; facts in domain.md §5).
@Suite struct EraRuleTests {
    static func findings(_ text: String, rule: String) throws -> [Finding] {
        let engine = try Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!))
        return CableReader.read(bytes: Array(text.utf8), path: "cable.txt").flatMap(engine.findings(for:))
            .filter { $0.ruleID == rule }
    }

    static func unclas(year: String, marks: [String?]) -> String {
        let paragraphs = marks.enumerated().map { index, mark in
            "\(index + 1). \(mark.map { "(\($0)) " } ?? "")Paragraph text number \(index + 1) of the cable."
        }
        return """
            P 212107Z JUN \(year)
            FM AMEMBASSY LIMA
            UNCLAS LIMA 000123

            E.O. 12958: N/A
            TAGS: PREL PGOV PE
            SUBJECT: BORDER SECURITY TALKS

            \(paragraphs.joined(separator: "\n\n"))

            STRUBLE
            """
    }

    @Test func aPlainUnclasCableWithNoMarkGetsOneWarningFrom12July2004() throws {
        let unmarked = try Self.findings(Self.unclas(year: "07", marks: [nil, nil, nil]), rule: "portion-missing")
        #expect(unmarked.map(\.message) == ["no paragraph of this UNCLAS cable has a portion mark (paragraphs 1, 2, 3)"])
        #expect(unmarked.first?.severity == .warning)
        #expect(unmarked.first?.range.start.line == 9)
        #expect(try Self.findings(Self.unclas(year: "03", marks: [nil, nil, nil]), rule: "portion-missing").isEmpty)
        let partly = try Self.findings(Self.unclas(year: "07", marks: ["U", nil, nil]), rule: "portion-missing")
        #expect(partly.map(\.range.start.line) == [11, 13])
    }

    static func classified(_ classifiedBy: String, year: String = "07", caption: String = "", mark: String = "C") -> String {
        """
        P 212107Z JUN \(year)
        FM AMEMBASSY LIMA
        C O N F I D E N T I A L LIMA 000123

        \(caption)
        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV PE
        SUBJECT: BORDER SECURITY TALKS

        \(classifiedBy)

        1. (\(mark)) The Foreign Minister asked for a meeting on border security before the summit.

        STRUBLE
        """
    }

    @Test func aReasonLetterOutsideTheCategoriesIsInvalid() throws {
        let letters = try Self.findings(Self.classified("Classified By: Ambassador J. Struble for Reasons 1.4 (k)"), rule: "reason-invalid")
        #expect(letters.map(\.message) == ["the reason cites (K), which is not a category: section 1.4 has (a)-(h)"])
        #expect(letters.first?.range.start.column == 42)
        let old = try Self.findings(Self.classified("Classified By: Ambassador J. Struble for Reasons 1.5 (h)", year: "99"), rule: "reason-invalid")
        #expect(old.map(\.message) == ["the reason cites 1.5 (h): section 1.5 of EO 12958 has categories (a)-(g) only"])
    }

    @Test func aDerivativeClassificationCitesNoReasonAndNamesItsClassifierFrom2010() throws {
        let line = "Classified By: Derived from DSCG 05-01"
        #expect(try Self.findings(Self.classified(line), rule: "reason-invalid").isEmpty)
        let before = try Self.findings(Self.classified(line), rule: "classified-by-missing")
        #expect(before.map(\.severity) == [.warning])
        let after = try Self.findings(Self.classified(line, year: "11"), rule: "classified-by-missing")
        #expect(after.map(\.severity) == [.error])
    }

    @Test func aClassifierWithoutAPositionGetsAWarning() throws {
        #expect(try Self.findings(Self.classified("Classified By: J. Curtis Struble for Reasons 1.4 (b)"), rule: "classifier-position-missing").count == 1)
        for line in ["Classified By: PolCouns Jane Doe, 1.4 (b)", "Classified By: COM Jane Doe, 1.4 (b)", "Classified By: A/DCM Jane Doe, 1.4 (b)"] {
            #expect(try Self.findings(Self.classified(line), rule: "classifier-position-missing").isEmpty, "\(line)")
        }
    }

    @Test func theNOFORNRollUpIsCheckedBothWays() throws {
        let caption = try Self.findings(Self.classified("Classified By: DCM Jane Doe, 1.4 (b)", caption: "NOFORN\n"), rule: "noforn-rollup")
        #expect(caption.map(\.message) == ["the cable is captioned NOFORN but no paragraph is marked NOFORN (//NF)"])
        #expect(try Self.findings(Self.classified("Classified By: DCM Jane Doe, 1.4 (b)", caption: "NOFORN\n", mark: "C//NF"), rule: "noforn-rollup").isEmpty)
    }

    @Test func reasonSectionDateIsReportedAtTheReason() throws {
        let text = Self.classified("Classified By: DCM Jane Doe, reasons 1.5 (b and d)")
        let found = try #require(try Self.findings(text, rule: "reason-section-date").first)
        #expect(found.range.start.line == 10)
        #expect(found.range.start.column == 30)
    }
}
