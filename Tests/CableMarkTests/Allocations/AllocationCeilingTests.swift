import Foundation
import Testing

@testable import CableMark

/// Reading and checking one input (the work `check` does per file, the report aside) stays below
/// its allocation ceiling: a regression in allocation churn fails here without timing anything.
@Suite(.enabled(if: AllocationCount.isAvailable, "allocations are counted on Linux with glibc only"))
struct AllocationCeilingTests {
    static let engine = Result { try Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: asOf)) }
    static let asOf = CalendarDate(year: 2026, month: 1, day: 1)!

    static func readAndCheck(_ bytes: [UInt8], path: String, engine: Engine) -> Int {
        CableReader.read(bytes: bytes, path: path).reduce(0) { $0 + engine.evaluate($1).findings.count }
    }

    @Test(arguments: AllocationCeilings.inputs)
    func readingAndCheckingStaysBelowTheCeiling(_ input: AllocationCeilings.Input) throws {
        let engine = try Self.engine.get()
        let bytes = try SharedData.bytes(of: input.url)
        // Once before counting: the first use of a lazily built table (a rule's pattern, a
        // static list) allocates once per process, not per cable.
        let findings = Self.readAndCheck(bytes, path: input.path, engine: engine)
        let (count, again) = AllocationCount.of { Self.readAndCheck(bytes, path: input.path, engine: engine) }
        #expect(again == findings)
        if ProcessInfo.processInfo.environment["ALLOCATION_COUNTS"] == "1" {
            print("allocations: \(input.path): \(count), \(findings) findings")
        }
        AllocationCeilings.expect(count, within: input.ceiling, for: input.path)
    }
}
