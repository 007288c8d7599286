import Foundation
import Testing

@testable import CableMark

/// The heap allocations reading and checking one input may make: a fixture of every format and a
/// few corpus files of every kind. Each ceiling is the count measured in a debug build (what
/// `swift test` runs) when it was set, plus `headroomPercent` (so a change to a rule's wording does
/// not trip it, and a reader that goes back to a String or an Array per field or line does). After
/// a change that allocates less, set `measured` to the new counts (ALLOCATION_COUNTS=1 prints them).
enum AllocationCeilings {
    struct Input: Sendable, CustomStringConvertible {
        /// Below the package root (Fixtures/…) or below ../shared/corpus.
        var path: String
        var inCorpus: Bool
        var measured: Int
        /// The measured count and `headroomPercent` more.
        var ceiling: Int { measured + measured * AllocationCeilings.headroomPercent / 100 }
        var description: String { path }
        var url: URL {
            inCorpus
                ? SharedData.corpus.appendingPathComponent(path) : SharedData.packageRoot.appendingPathComponent(path)
        }
    }

    static let headroomPercent = 10

    static let inputs: [Input] = [
        Input(path: "Fixtures/check/raw-telegram-lou-and-overclassification.txt", inCorpus: false, measured: 1449),
        Input(path: "Fixtures/check/web-extract-clean.txt", inCorpus: false, measured: 1571),
        Input(path: "Fixtures/check/cablegate-misspelled-banner.html", inCorpus: false, measured: 2329),
        Input(path: "Fixtures/check/cables-csv-three-records.csv", inCorpus: false, measured: 3265),
        Input(path: "Fixtures/check/json-record-missing-eo-line.json", inCorpus: false, measured: 1368),
        Input(path: "Fixtures/check/not-a-cable.txt", inCorpus: false, measured: 125),
        Input(
            path: "paul-mathieu+cablegate-cia-analysis/data-sample/cablegate-converted/07KUALALUMPUR1376.txt",
            inCorpus: true, measured: 1189),
        Input(path: "tathagata+reveal/cables/03BRASILIA2231.txt", inCorpus: true, measured: 2082),
        Input(
            path: "anarchivist+cablegate-data/cable/2009/09/09BELGRADE841@8cf70729.frag.html",
            inCorpus: true, measured: 2642),
        Input(
            path: "avilaroman+Wikileaks-Mirror/cable/2008/11/08LONDON2898.frag.html",
            inCorpus: true, measured: 2221),
        Input(path: "None-later+Wikileaks_Processing/csv-rows/00BEIRUT4016.csv", inCorpus: true, measured: 2177),
        Input(
            path: "None-later+Wikileaks_Processing/json-records/delhi.json__line00018.json",
            inCorpus: true, measured: 2374),
    ]

    /// Records an issue when `count` is above `ceiling`, naming the input and the count.
    static func expect(
        _ count: AllocationCount, within ceiling: Int, for input: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            count.allocations <= ceiling, "\(input): \(count), above the ceiling of \(ceiling)",
            sourceLocation: sourceLocation)
    }
}
