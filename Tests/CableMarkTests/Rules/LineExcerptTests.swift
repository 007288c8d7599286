import Testing

@testable import CableMark

/// The context of each tag: the whole TAGS line while short, else the part around the tag, so
/// that a cable with thousands of tags gives a report that grows with the line, not its square.
@Suite struct LineExcerptTests {
    static func withoutCuts(_ context: String) -> String {
        var text = Substring(context)
        if text.hasPrefix(LineExcerpt.cut) { text = text.dropFirst(LineExcerpt.cut.count) }
        if text.hasSuffix(LineExcerpt.cut) { text = text.dropLast(LineExcerpt.cut.count) }
        return String(text)
    }

    @Test func aShortLineIsGivenWhole() {
        let line = "TAGS: PREL PGOV PE"
        #expect(LineExcerpt.contexts(of: line, for: ["PREL", "PGOV", "PE"]) == [line, line, line])
    }

    @Test func aLongLineIsCutAroundEachValueAtSpaces() {
        let tags = (0..<2000).map { "Ä\($0)" }
        let line = "TAGS: " + tags.joined(separator: " ")
        #expect(line.utf8.count > LineExcerpt.wholeLineBytes)
        let contexts = LineExcerpt.contexts(of: line, for: tags)
        #expect(contexts.count == tags.count)
        for (tag, context) in zip(tags, contexts) {
            let text = Self.withoutCuts(context)
            // A piece of the line, of whole tags, holding this one, no longer than the bound.
            #expect(line.contains(text), "\(tag)")
            #expect(text.split(separator: " ").contains(Substring(tag)), "\(tag): \(context)")
            #expect(text.utf8.count <= 2 * LineExcerpt.bytesAround + tag.utf8.count, "\(tag)")
            #expect(!text.hasPrefix(" ") && !text.hasSuffix(" "), "\(tag): \(context)")
            #expect(context.hasPrefix(LineExcerpt.cut) == !line.hasPrefix(text), "\(tag)")
            #expect(context.hasSuffix(LineExcerpt.cut) == !line.hasSuffix(text), "\(tag)")
        }
    }

    @Test func aValueWrittenOtherwiseGetsThePlaceWhereItShouldStand() {
        let line = "TAGS: " + Array(repeating: "PREL", count: 400).joined(separator: " ")
        let contexts = LineExcerpt.contexts(of: line, for: ["PREL", "NOTHERE", "PREL"])
        #expect(contexts.count == 3)
        #expect(contexts.allSatisfy { line.contains(Self.withoutCuts($0)) })
        #expect(contexts.allSatisfy { $0.utf8.count <= 2 * LineExcerpt.bytesAround + 8 + 2 * LineExcerpt.cut.utf8.count })
    }

    @Test func thousandsOfUnknownTagsGiveFindingsOfBoundedContext() throws {
        let tags = (0..<5000).map { number in "Q" + String(String(100_000 + number).dropFirst()) }
        let text = """
            C O N F I D E N T I A L LIMA 000123

            E.O. 12958: DECL: 06/21/2017
            TAGS: PREL PGOV PE \(tags.joined(separator: " "))
            SUBJECT: BORDER SECURITY TALKS

            Classified By: Ambassador J. Curtis Struble for Reasons 1.4 (b) and (d)

            1. (C) The Foreign Minister asked for a meeting on border security.
            """
        let engine = try Engine(
            ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2008, month: 1, day: 1)!))
        let findings = CableReader.read(bytes: Array(text.utf8), path: "lima.txt").flatMap(engine.findings(for:))
            .filter { $0.ruleID == "tags-unknown" }
        #expect(findings.map(\.message) == tags.map { "unknown tag \($0)" })
        for (tag, finding) in zip(tags, findings) {
            #expect(finding.context.contains(tag))
            #expect(finding.context.utf8.count <= 2 * LineExcerpt.bytesAround + tag.utf8.count + 2 * LineExcerpt.cut.utf8.count)
        }
    }
}
