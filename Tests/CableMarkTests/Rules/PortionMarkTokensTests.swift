import Testing

@testable import CableMark

@Suite struct PortionMarkTokensTests {
    @Test(arguments: [
        ("C//NF", ["C", "NF"]), ("s/noforn", ["S", "NOFORN"]), ("C//REL TO USA, GBR", ["C", "REL TO"]),
        ("SBU-N", ["SBU-N"]), (" TS // ORCON ", ["TS", "ORCON"]), ("U//", ["U"]),
    ])
    func splitsAtSlashesUpperCased(raw: String, tokens: [String]) {
        #expect(PortionMark(raw: raw).tokens == tokens)
    }

    /// The common marks' tokens come from a table; written in lower case, the same marks are
    /// read afresh, and must give the same tokens.
    @Test(arguments: PortionMark.commonRaw)
    func commonMarksReadLikeAnyOther(raw: String) {
        #expect(PortionMark(raw: raw).tokens == PortionMark(raw: raw.lowercased()).tokens)
        #expect(!PortionMark(raw: raw).tokens.isEmpty)
    }
}
