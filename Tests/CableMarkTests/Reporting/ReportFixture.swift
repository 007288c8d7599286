@testable import CableMark

/// A fixed report that exercises every reporter's corners: a clean file, a path with a space and
/// one with non-ASCII letters, two records of one file with findings of equal rule and context,
/// messages with %, line breaks, commas, colons and markup, a rule the run did not declare, an
/// absolute path outside the base directory, and a file that could not be read.
enum ReportFixture {
    static let baseDirectory = "/work/repo"

    static let tool = ToolInfo(name: "cablemark", version: "9.8.7", informationURI: "https://example.org/cablemark")

    static let rules = [
        RuleDescription(
            id: "banner-missing", severity: .error, title: "A classification line is present",
            rationale: "Every cable states its classification on its own line.", source: "5 FAH-2 H-222",
            help: "Add the classification line above the captions."),
        RuleDescription(
            id: "portion-missing", severity: .error, title: "Every numbered paragraph carries a portion mark",
            rationale: "Portion marks let unclassified paragraphs be released.",
            source: "5 FAH-1 H-246.2(c); EO 13526 §1.6(c)", help: ""),
        RuleDescription(
            id: "tags-unknown", severity: .warning, title: "Every tag is a known tag",
            rationale: "", source: "5 FAH-3", help: "See the TAGS/Terms Handbook."),
        RuleDescription(
            id: "paragraph-numbering", severity: .note, title: "Paragraphs are numbered 1, 2, 3 …",
            rationale: "Numbering lets readers cite paragraphs.", source: "5 FAH-1 H-246.2(b)", help: ""),
        RuleDescription(
            id: "subject-unmarked", severity: .warning, enabled: false,
            title: "The SUBJECT of a classified cable carries a portion mark", rationale: "[inferred]",
            source: "ISOO booklet", help: ""),
    ]

    static func range(_ line: Int, _ column: Int, _ offset: Int, length: Int) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: line, column: column, offset: offset),
            end: SourcePosition(line: line, column: column + length, offset: offset + length))
    }

    static let report = Report(
        tool: tool, rules: rules,
        files: [
            FileReport(path: "Fixtures/clean cable.txt", cableCount: 1, findings: []),
            FileReport(
                path: "Fixtures/lima.txt", cableCount: 1,
                findings: [
                    Finding(
                        ruleID: "tags-unknown", severity: .warning,
                        message: "unknown tag \"KMARR\": did you mean MARR, or KMAR?", path: "Fixtures/lima.txt",
                        range: range(11, 7, 402, length: 5), cableID: "07LIMA2181", context: "TAGS: PREL KMARR"),
                    Finding(
                        ruleID: "portion-missing", severity: .error,
                        message: "paragraph 2 has no portion mark", path: "Fixtures/lima.txt",
                        range: range(16, 1, 611, length: 2), cableID: "07LIMA2181",
                        context: "2. In its foreign policy"),
                    Finding(
                        ruleID: "paragraph-numbering", severity: .note,
                        message: "paragraph 4 follows paragraph 2", path: "Fixtures/lima.txt",
                        range: range(20, 1, 790, length: 2), cableID: "07LIMA2181", context: "4. The minister"),
                ]),
            FileReport(
                path: "cables.csv", cableCount: 2,
                findings: [
                    Finding(
                        ruleID: "banner-missing", severity: .error,
                        message: "no classification line in 100% of\nthe record", path: "cables.csv",
                        recordNumber: 1, range: range(2, 1, 40, length: 0), cableID: "02ROME1111"),
                    Finding(
                        ruleID: "banner-missing", severity: .error,
                        message: "no classification line in 100% of\nthe record", path: "cables.csv",
                        recordNumber: 2, range: range(9, 1, 700, length: 0), cableID: nil),
                ]),
            FileReport(
                path: "/elsewhere/page.html", cableCount: 1,
                findings: [
                    Finding(
                        ruleID: "document-unrecognized", severity: .error,
                        message: "no <pre> block & no \"cable\" text", path: "/elsewhere/page.html",
                        range: .fileStart)
                ]),
            FileReport(
                path: "/work/repo/Fixtures/ä b,c.txt", cableCount: 1,
                findings: [
                    Finding(
                        ruleID: "portion-missing", severity: .warning,
                        message: "paragraph 1 has no portion mark", path: "/work/repo/Fixtures/ä b,c.txt",
                        range: SourceRange(
                            start: SourcePosition(line: 5, column: 3, offset: 90),
                            end: SourcePosition(line: 6, column: 1, offset: 120)),
                        context: "1. Summary"),
                ]),
            FileReport(path: "missing.txt", cableCount: 0, findings: [], problem: "no such file or directory"),
        ])
}
