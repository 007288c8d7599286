import Foundation
import Testing

@testable import CableMark

/// Real cables of ../shared/corpus sanitized at release U: no public version may fail
/// verification, and a cable is refused only for want of a readable classification line. Every
/// fourth file of the manifest keeps the debug-build test short; `cablemark sanitize` over the
/// whole corpus is the full check.
@Suite struct CorpusSanitizingTests {
    static let stride = 4

    @Test func noPublicVersionOfTheCorpusFailsVerification() throws {
        let manifest = try SharedData.manifest()
        #expect(manifest.count > 2000)
        let entries = manifest.enumerated().filter { $0.offset % Self.stride == 0 }.map(\.element)
        let options = SanitizeTestSupport.options()
        let sanitizer = Sanitizer(policy: try SanitizeTestSupport.builtInPolicy(), options: options)
        let verifier = PublicVersionVerifier(policy: sanitizer.policy, options: options)
        let inputs = try entries.map { ($0.file, try SharedData.bytes(of: $0.url)) }
        let outcomes = orderedParallelMap(count: inputs.count, jobs: ProcessInfo.processInfo.activeProcessorCount) { index in
            let (file, bytes) = inputs[index]
            return CableReader.read(bytes: bytes, path: file).map { result -> String? in
                guard case .cable(let cable) = result else { return "\(file): refused: not read as a cable" }
                switch sanitizer.sanitize(cable, input: bytes) {
                case .refused(let reason): return "\(file): refused: \(reason)"
                case .publicVersion(let version):
                    let problems = verifier.problems(in: version)
                    return problems.isEmpty ? nil : "\(file): verification failed: \(problems.joined(separator: "; "))"
                }
            }
        }.flatMap { $0 }
        let written = outcomes.filter { $0 == nil }.count
        let failures = outcomes.compactMap { $0 }
        #expect(written > 2200 / Self.stride, "only \(written) public versions")
        #expect(!failures.contains { $0.contains("verification failed") }, "\(failures.joined(separator: "\n"))")
        let unexpected = failures.filter { !$0.contains("no classification line") && !$0.contains("names no level") }
        #expect(unexpected.isEmpty, "\(unexpected.joined(separator: "\n"))")
    }
}
