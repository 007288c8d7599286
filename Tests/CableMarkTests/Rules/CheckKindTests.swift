import Testing

@testable import CableMark

/// Each native check kind, run through a one-rule rule set on cables built in Swift.
@Suite struct CheckKindTests {
    @Test func requiredFieldFiresAtTheClassificationLineWhenTheLineIsAbsent() throws {
        let cable = TestCable(eo: nil).build()
        let found = try findings(check: #"<check kind="required-field" field="eo"/>"#, message: "no {field}", on: cable)
        #expect(found.map(\.message) == ["no eo"])
        #expect(found.first?.range == cable.banner?.line.range)
        #expect(found.first?.context == cable.banner?.line.text)
        #expect(try findings(check: #"<check kind="required-field" field="eo"/>"#, on: TestCable().build()).isEmpty)
    }

    @Test func requiredFieldFiresAtItsOwnLineForAPartOfIt() throws {
        let cable = TestCable(reasonSection: nil).build()
        let found = try findings(check: #"<check kind="required-field" field="classified-by.reason"/>"#, on: cable)
        #expect(found.first?.range == cable.classifiedBy?.line.range)
    }

    @Test func forbiddenFieldFiresOnEveryValue() throws {
        let cable = TestCable(level: .unclassified, marks: ["U", "U"]).build()
        let found = try findings(
            check: #"<check kind="forbidden-field" field="classified-by" when="unclassified"/>"#, message: "{field}: {value}",
            on: cable)
        #expect(found.map(\.message) == ["classified-by: \(cable.classifiedBy!.line.text)"])
        #expect(try findings(check: #"<check kind="forbidden-field" field="classified-by" when="unclassified"/>"#, on: TestCable().build()).isEmpty)
    }

    @Test func allowedValuesHonoursDateWindowsPrefixesPatternsAndCase() throws {
        let check = """
            <check kind="allowed-values" field="paragraph.mark-tokens" ignore-case="true">
              <value>U</value><value>C</value><value until="1995-10-01">LOU</value><value>REL*</value>
              <pattern>X[0-9]</pattern>
            </check>
            """
        let old = TestCable(marks: ["lou", "c", "REL TO USA", "X5"], date: CalendarDate(year: 1994, month: 1, day: 1)).build()
        #expect(try findings(check: check, on: old).isEmpty)
        let late = TestCable(marks: ["LOU", "C", "Q", "XX"], date: CalendarDate(year: 2005, month: 1, day: 1)).build()
        let found = try findings(check: check, message: "{paragraph} {mark} {value}", on: late)
        #expect(found.map(\.message) == ["1 LOU LOU", "3 Q Q", "4 XX XX"])
        #expect(found.first?.range == late.paragraphs[0].markRange)
        #expect(found.first?.context == late.paragraphs[0].text)
        // A windowed value counts as allowed when the cable's date is unknown, and when it is
        // allowed on some day of a year-only date (1995: LOU until 1 October).
        #expect(try findings(check: check, on: TestCable(marks: ["LOU"], date: nil).build()).isEmpty)
        #expect(try findings(check: check, on: TestCable(marks: ["LOU"], dateYear: 1995).build()).isEmpty)
        #expect(try findings(check: check, on: TestCable(marks: ["LOU"], dateYear: 1996).build()).count == 1)
    }

    @Test func forbiddenValuesOnAYearOnlyDateFireOnlyWhenForbiddenAllYear() throws {
        let check = #"<check kind="forbidden-values" field="paragraph.mark"><value from="1995-10-14">LOU</value></check>"#
        #expect(try findings(check: check, on: TestCable(marks: ["LOU"], dateYear: 1995).build()).isEmpty)
        #expect(try findings(check: check, on: TestCable(marks: ["LOU"], dateYear: 1996).build()).count == 1)
        #expect(try findings(check: check, on: TestCable(marks: ["LOU"], date: CalendarDate(year: 1995, month: 11, day: 1)).build()).count == 1)
    }

    @Test func allowedValuesSuggestsTheNearestListedValue() throws {
        let check = #"<check kind="allowed-values" field="tags" suggest="true"><list file="tags-subject.txt"/><pattern>[A-Z]{2}</pattern></check>"#
        let found = try findings(
            check: check, message: "unknown tag {value}{suggestion}", on: TestCable(tags: ["PREL", "KMARR", "QQQQQQQQ", "PE"]).build())
        #expect(found.map(\.message) == ["unknown tag KMARR (did you mean MARR?)", "unknown tag QQQQQQQQ"])
    }

    @Test func forbiddenAndRequiredValues() throws {
        let oadr = TestCable(eo: "E.O. 12958: DECL: OADR", declassification: .oadr).build()
        let forbidden = #"<check kind="forbidden-values" field="decl.kind"><value>oadr</value></check>"#
        let found = try findings(check: forbidden, message: "{value}", on: oadr)
        #expect(found.map(\.message) == ["oadr"])
        #expect(found.first?.range == oadr.executiveOrder?.instruction?.range)
        #expect(try findings(check: forbidden, on: TestCable().build()).isEmpty)

        let required = #"<check kind="required-value" field="tags"><list file="tags-subject.txt"/></check>"#
        let noSubject = TestCable(tags: ["PE", "US"]).build()
        #expect(try findings(check: required, message: "{field}", on: noSubject).map(\.message) == ["tags"])
        #expect(try findings(check: required, on: TestCable().build()).isEmpty)
    }

    @Test func fieldEqualsComparesEveryValueWithTheOtherField() throws {
        let check = #"<check kind="field-equals" field="routing.classification" equals="banner.classification"/>"#
        let mismatch = TestCable(routingLevel: .unclassified).build()
        let found = try findings(check: check, message: "{value} vs {other}", on: mismatch)
        #expect(found.map(\.message) == ["UNCLASSIFIED vs CONFIDENTIAL"])
        #expect(found.first?.range == mismatch.routing.securityWarning?.range)
        #expect(try findings(check: check, on: TestCable(routingLevel: .confidential).build()).isEmpty)
        // Nothing to compare: no routing line.
        #expect(try findings(check: check, on: TestCable().build()).isEmpty)
    }

    @Test func fieldEqualsReadsTheMetadataLevel() throws {
        let check = #"<check kind="field-equals" field="banner.level" equals="metadata.level"/>"#
        #expect(try findings(check: check, on: TestCable(metadataClassification: "SECRET//NOFORN").build()).count == 1)
        #expect(try findings(check: check, on: TestCable(metadataClassification: "CONFIDENTIAL//NOFORN").build()).isEmpty)
    }

    @Test func dateWindowAgainstTheCableDateAndTheRunDate() throws {
        func cable(_ year: Int, _ month: Int, _ day: Int) -> Cable {
            TestCable(declassification: .date(CalendarDate(year: year, month: month, day: day)!, exemptions: [])).build()
        }
        let afterOrigin = #"<check kind="date-window" field="decl.date" base="cable-date" min="+1d"/>"#
        #expect(try findings(check: afterOrigin, on: cable(2007, 6, 21)).count == 1)
        #expect(try findings(check: afterOrigin, on: cable(2007, 6, 22)).isEmpty)

        let within25 = #"<check kind="date-window" field="decl.date" base="cable-date" max="+25y"/>"#
        let late = try findings(check: within25, message: "{value} after {limit} from {base}", on: cable(2032, 6, 22))
        #expect(late.map(\.message) == ["2032-06-22 after 2032-06-21 from 2007-06-21"])
        #expect(try findings(check: within25, on: cable(2032, 6, 21)).isEmpty)

        // Between 10 and 25 years only: a later date is left to the 25-year check.
        let between = #"<check kind="date-window" field="decl.date" base="cable-date" max="+10y" up-to="+25y"/>"#
        #expect(try findings(check: between, on: cable(2020, 6, 21)).count == 1)
        #expect(try findings(check: between, on: cable(2032, 6, 21)).count == 1)
        #expect(try findings(check: between, on: cable(2032, 6, 22)).isEmpty)
        #expect(try findings(check: between, on: cable(2017, 6, 21)).isEmpty)

        // A cable dated by its id's year alone: a bound crossed for every day of 2007, the
        // message naming the year, not a day.
        func yearOnly(_ year: Int, _ month: Int, _ day: Int) -> Cable {
            TestCable(
                declassification: .date(CalendarDate(year: year, month: month, day: day)!, exemptions: []), dateYear: 2007
            ).build()
        }
        let yearLate = try findings(check: within25, message: "{value} after {limit} from {base}", on: yearOnly(2033, 1, 1))
        #expect(yearLate.map(\.message) == ["2033-01-01 after 2032-12-31 from 2007"])
        #expect(try findings(check: within25, on: yearOnly(2032, 12, 31)).isEmpty)
        #expect(try findings(check: afterOrigin, on: yearOnly(2007, 1, 1)).count == 1)
        #expect(try findings(check: afterOrigin, on: yearOnly(2007, 1, 2)).isEmpty)
        #expect(try findings(check: between, on: yearOnly(2018, 1, 1)).count == 1)
        #expect(try findings(check: between, on: yearOnly(2017, 12, 31)).isEmpty)
        // Past 25 years after some day of 2007 but not all: still certainly past 10.
        #expect(try findings(check: between, on: yearOnly(2032, 7, 1)).count == 1)
        #expect(try findings(check: between, on: yearOnly(2033, 1, 1)).isEmpty)

        let passed = #"<check kind="date-window" field="decl.date" base="as-of" min="0"/>"#
        let options = { (year: Int) in EngineOptions(asOf: CalendarDate(year: year, month: 1, day: 1)!) }
        #expect(try findings(check: passed, on: cable(2017, 6, 21), options: options(2020)).count == 1)
        #expect(try findings(check: passed, on: cable(2017, 6, 21), options: options(2010)).isEmpty)
    }

    @Test func patternMustAndMustNotMatchTheWholeValue() throws {
        let marked = #"<check kind="pattern" field="subject" must-match="SUBJECT: \(.+\).*"/>"#
        #expect(try findings(check: marked, on: TestCable().build()).count == 1)
        let forbidden = #"<check kind="pattern" field="subject" ignore-case="true" must-not-match="SUBJECT: TEST"/>"#
        #expect(try findings(check: forbidden, message: "{value} ~ {pattern}", on: TestCable().build()).map(\.message)
            == ["SUBJECT: TEST ~ SUBJECT: TEST"])
    }

    @Test func levelCeilingAndFloor() throws {
        let spill = TestCable(level: .unclassified, marks: ["U", "S//NF", "SBU"]).build()
        let ceiling = try findings(check: #"<check kind="level-ceiling"/>"#, message: "{paragraph} ({mark}) {level} > {ceiling}", on: spill)
        #expect(ceiling.map(\.message) == ["2 (S//NF) S > U"])
        #expect(ceiling.first?.range == spill.paragraphs[1].markRange)

        let floor = #"<check kind="level-floor"/>"#
        let over = TestCable(level: .secret, marks: ["C", "U"]).build()
        #expect(try findings(check: floor, message: "{level} {highest}", on: over).map(\.message) == ["S C"])
        #expect(try findings(check: floor, on: TestCable(level: .secret, marks: ["S", "U"]).build()).isEmpty)
        // No levelled paragraph: left to portion-required; an ENTIRE TEXT mark counts as one.
        #expect(try findings(check: floor, on: TestCable(level: .secret, marks: [nil]).build()).isEmpty)
        #expect(try findings(check: floor, on: TestCable(level: .secret, marks: [nil], entireText: .secret).build()).isEmpty)
    }

    @Test func portionRequiredSkipsUnnumberedParagraphs() throws {
        let cable = TestCable(marks: ["C", nil, nil], numbers: [1, 2, nil]).build()
        let found = try findings(check: #"<check kind="portion-required"/>"#, message: "{paragraph}", on: cable)
        #expect(found.map(\.message) == ["2"])
    }

    @Test func markerConflictOnPortionsAndOnTheHeader() throws {
        let portions = #"<check kind="marker-conflict" marker="portion:SBU" with="portion:classified"/>"#
        let mixed = TestCable(marks: ["C/SBU", "SBU", "C"]).build()
        #expect(try findings(check: portions, message: "{paragraph} {marker}+{other}", on: mixed).map(\.message) == ["1 SBU+classified"])

        let header = #"<check kind="marker-conflict" marker="header:SIPDIS" with="header:NODIS header:EXDIS"/>"#
        let both = TestCable(captions: ["SIPDIS", "EXDIS"]).build()
        let found = try findings(check: header, message: "{other}", on: both)
        #expect(found.map(\.message) == ["EXDIS"])
        #expect(found.first?.range == both.captions[1].range)
        #expect(try findings(check: header, on: TestCable(captions: ["SIPDIS"]).build()).isEmpty)

        let banner = #"<check kind="marker-conflict" marker="banner:classified" with="banner:compound"/>"#
        #expect(try findings(check: banner, on: TestCable(compoundWords: ["SENSITIVE"]).build()).count == 1)
        #expect(try findings(check: banner, on: TestCable(level: .unclassified, compoundWords: ["SENSITIVE"], marks: ["U"]).build()).isEmpty)
    }

    @Test func markerRequiresInEachDirection() throws {
        let rollup = #"<check kind="marker-requires" if="portion:NF" then="header:NOFORN"/>"#
        let noforn = TestCable(marks: ["C", "C//NF", "S/NF"]).build()
        let found = try findings(check: rollup, message: "{paragraph} {marker} {required}", on: noforn)
        #expect(found.map(\.message) == ["2 NF NOFORN"])
        #expect(try findings(check: rollup, on: TestCable(captions: ["NOFORN"], marks: ["C//NF"]).build()).isEmpty)
        // A SENSITIVE word on the classification line counts as the caption.
        let sensitive = #"<check kind="marker-requires" if="portion:SBU" then="header:SENSITIVE"/>"#
        #expect(try findings(check: sensitive, on: TestCable(level: .unclassified, compoundWords: ["SBU"], marks: ["SBU"]).build()).isEmpty)

        let rel = #"<check kind="marker-requires" if="header:REL" then="portion:REL" among="portion:classified"/>"#
        let releasable = TestCable(captions: ["REL TO USA, GBR"], marks: ["C//REL TO USA, GBR", "C", "U"]).build()
        #expect(try findings(check: rel, message: "{paragraph}", on: releasable).map(\.message) == ["2"])

        let some = #"<check kind="marker-requires" if="header:SENSITIVE" then="portion:SBU" quantifier="some"/>"#
        let unused = TestCable(level: .unclassified, captions: ["SENSITIVE"], marks: ["U", "U"]).build()
        let unusedFound = try findings(check: some, on: unused)
        #expect(unusedFound.count == 1)
        #expect(unusedFound.first?.range == unused.captions[0].range)
        #expect(try findings(check: some, on: TestCable(level: .unclassified, captions: ["SENSITIVE"], marks: ["U", "SBU"]).build()).isEmpty)
    }

    @Test func orderReportsTheFirstValueOutOfOrder() throws {
        let check = #"<check kind="order" field="captions" order="NODIS EXDIS STADIS"/>"#
        let cable = TestCable(captions: ["SIPDIS", "STADIS", "EXDIS"]).build()
        let found = try findings(check: check, message: "{value} before {previous}", on: cable)
        #expect(found.map(\.message) == ["EXDIS before STADIS"])
        #expect(found.first?.range == cable.captions[2].range)
        #expect(try findings(check: check, on: TestCable(captions: ["NODIS", "SIPDIS", "STADIS"]).build()).isEmpty)
    }

    @Test func numberingReportsGapsAndRepeats() throws {
        let cable = TestCable(marks: ["C", "U", "U", "U", "U"], numbers: [1, 2, 4, 4, nil]).build()
        let found = try findings(check: #"<check kind="numbering"/>"#, message: "{paragraph}: {previous} then {expected}", on: cable)
        #expect(found.map(\.message) == ["4: 2 then 3", "4: 4 then 5"])
        let first = TestCable(marks: ["C"], numbers: [2]).build()
        #expect(try findings(check: #"<check kind="numbering"/>"#, message: "{previous}", on: first).map(\.message) == ["none"])
    }

    @Test func whenConditionsCombineTermsAlternativesAndNegation() throws {
        func fires(_ when: String, _ cable: Cable) throws -> Bool {
            !(try findings(check: #"<check kind="required-field" field="derived-from" when="\#(when)"/>"#, on: cable)).isEmpty
        }
        let classified = TestCable().build()
        let unclassified = TestCable(level: .unclassified, marks: ["SBU"]).build()
        #expect(try fires("classified", classified))
        #expect(try !fires("classified", unclassified))
        #expect(try fires("classified|sbu", unclassified))
        #expect(try !fires("classified !sbu", unclassified))
        #expect(try fires("!entire-text portion:SBU", unclassified))
        #expect(try fires("decl.kind=date eo.order=129*", classified))
        #expect(try !fires("decl.kind=oadr,missing", classified))
        #expect(try fires("classified-by !derived-from", classified))
        #expect(try fires("one-paragraph", unclassified))
        #expect(try !fires("one-paragraph", classified))
    }
}
