import Foundation
import Testing

@testable import CableMark

/// Corpus cables drawn at random, every finding judged by hand (reviewed-sample.tsv beside this
/// file): a judged-true finding must stay where it is, a fixed false one must not return, an
/// open false one is counted until it is fixed, a miss must be reported unless an owner holds it
/// open, and no finding may go unjudged.
@Suite struct ReviewedSampleAccuracyTests {
    struct Judged: Hashable {
        var file: String
        var rule: String
        var line: Int
        var column: Int
    }

    @Test func theJudgedFindingsHold() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reviewed-sample.tsv")
        var cables: [String] = []
        var truths: Set<Judged> = []
        var fixed: Set<Judged> = []
        var open: Set<Judged> = []
        var misses: Set<Judged> = []
        var openMisses: Set<Judged> = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields[0] == "cable" {
                cables.append(fields[1])
                continue
            }
            let judged = Judged(file: fields[1], rule: fields[2], line: Int(fields[3])!, column: Int(fields[4])!)
            switch (fields[5], fields[6]) {
            case ("true", _): truths.insert(judged)
            case ("miss", let owner) where owner.hasPrefix("open: "): openMisses.insert(judged)
            case ("miss", _): misses.insert(judged)
            case ("false", "fixed"): fixed.insert(judged)
            default: open.insert(judged)
            }
        }
        #expect(cables.count >= 40)
        let engine = try Engine(
            ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!))
        var reported: Set<Judged> = []
        for file in cables {
            let results = CableReader.read(bytes: try SharedData.bytes(of: SharedData.corpus.appendingPathComponent(file)), path: file)
            for finding in results.flatMap(engine.findings(for:)) {
                reported.insert(Judged(file: file, rule: finding.ruleID, line: finding.range.start.line, column: finding.range.start.column))
            }
        }
        let lostTruths = truths.subtracting(reported)
        let returned = fixed.intersection(reported)
        let unjudged = reported.subtracting(truths).subtracting(open).subtracting(misses).subtracting(openMisses)
        let fixedOpen = open.subtracting(reported)
        let stillMissed = misses.subtracting(reported)
        let foundOpenMisses = openMisses.intersection(reported)
        print("accuracy: reviewed sample \(cables.count) cables, \(reported.count) findings: \(truths.count) true, "
            + "\(open.intersection(reported).count) false still open, \(fixed.count) false fixed; "
            + "misses \(openMisses.count + stillMissed.count) open of \(misses.count + openMisses.count); "
            + "location errors \(lostTruths.count)")
        #expect(lostTruths.isEmpty, "judged-true findings gone or moved: \(lostTruths)")
        #expect(returned.isEmpty, "fixed false findings back: \(returned)")
        #expect(unjudged.isEmpty, "findings nobody judged: \(unjudged)")
        #expect(fixedOpen.isEmpty, "open false findings no longer reported: mark them fixed: \(fixedOpen)")
        #expect(stillMissed.isEmpty, "misses no owner holds open, still missed: \(stillMissed)")
        #expect(foundOpenMisses.isEmpty, "open misses now reported: mark them fixed: \(foundOpenMisses)")
    }
}
