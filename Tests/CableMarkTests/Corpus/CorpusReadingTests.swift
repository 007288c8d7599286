import Foundation
import Testing

@testable import CableMark

/// Reads every real cable of ../shared/corpus: none may crash or hang the reader, and the level
/// read from the classification line must agree with the level the source states, and every
/// disagreement is reported as metadata-mismatch.
@Suite struct CorpusReadingTests {
    @Test func theClassificationLineAgreesWithTheSourceOnAtLeast99Percent() throws {
        let entries = try SharedData.manifest()
        #expect(entries.count > 2000)
        let engine = try Engine(ruleSets: try RuleSet.builtIn(), options: EngineOptions(asOf: .testRunDate))
        var compared = 0
        var disagreements: [String] = []
        var unreported: [String] = []
        for entry in entries where !entry.classification.isEmpty {
            let results = CableReader.read(bytes: try SharedData.bytes(of: entry.url), path: entry.file)
            let stated = ClassificationLevel(token: String(entry.classification.split(separator: "/").first ?? ""))
            let read = results.compactMap { result -> ClassificationLevel? in
                if case .cable(let cable) = result { return cable.level }
                return nil
            }.first
            compared += 1
            if read != stated {
                disagreements.append("\(entry.file): source says \(entry.classification), line reads \(read.map { "\($0)" } ?? "nothing")")
                if !results.flatMap(engine.findings(for:)).contains(where: { $0.ruleID == "metadata-mismatch" }) {
                    unreported.append(entry.file)
                }
            }
        }
        let agreement = Double(compared - disagreements.count) / Double(compared)
        #expect(compared > 1900)
        #expect(unreported.isEmpty, "disagreements without a metadata-mismatch finding: \(unreported)")
        #expect(agreement >= 0.99, "agreement \(agreement) over \(compared) cables; disagreements:\n\(disagreements.joined(separator: "\n"))")
    }

    @Test func everyFileIsReadIntoACableOrAReason() throws {
        for entry in try SharedData.manifest() {
            let results = CableReader.read(bytes: try SharedData.bytes(of: entry.url), path: entry.file)
            #expect(!results.isEmpty, "\(entry.file) gave nothing")
            for case .unrecognized(_, _, _, let reason) in results {
                Issue.record("\(entry.file) not read as a cable: \(reason)")
            }
        }
    }
}
