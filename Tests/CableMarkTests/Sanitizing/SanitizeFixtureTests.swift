import Foundation
import Testing

@testable import CableMark

/// The cables in Fixtures/sanitize, one per real format, against their expected public versions
/// beside them, byte for byte. With CABLEMARK_UPDATE_GOLDEN=1 the expected files are rewritten
/// instead, and the test fails so that a rewrite is never mistaken for a pass.
@Suite struct SanitizeFixtureTests {
    typealias Support = SanitizeTestSupport
    static let directory = SharedFixtures.sanitize
    static let customPolicyDirectory = directory.appendingPathComponent("custom-policy")

    /// The cable files of `directory` itself (not its subfolders), expected outputs left out.
    static func inputs(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .map { directory.appendingPathComponent($0).path }
            .filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue && !OutputLayout.isSanitizeOutput(path)
                    && !path.hasSuffix(".xml")
            }
    }

    /// Sanitizes the inputs of `directory` into a scratch folder: the manifest's inputs and
    /// that folder.
    static func run(_ directory: URL, policy: RedactionPolicy) throws -> (inputs: [[String: Any]], output: URL) {
        let output = try Support.scratchDirectory()
        let options = Support.options()
        let run = SanitizeRun(
            sanitizer: Sanitizer(policy: policy, options: options), digest: SaltedDigest(salt: "fixtures"),
            layout: OutputLayout(directory: output.path, arguments: [directory.path]),
            manifest: SanitizeManifest(
                tool: .cablemark, policy: policy, options: options, salt: "fixtures", outputDirectory: output.path),
            jobs: 2)
        let outcome = run.run(files: try inputs(in: directory))
        #expect(outcome.manifestFailure == nil)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(OutputLayout.manifestName)))
                as? [String: Any])
        return (try #require(manifest["inputs"] as? [[String: Any]]), output)
    }

    /// The cables of the manifest's inputs, each with its file's name.
    static func cables(_ inputs: [[String: Any]]) -> [(file: String, cable: [String: Any])] {
        inputs.flatMap { input in
            let file = ((input["path"] as? String ?? "") as NSString).lastPathComponent
            return (input["cables"] as? [[String: Any]] ?? []).map { (file, $0) }
        }
    }

    /// The expected public versions kept in `directory` (not in its subfolders' own runs).
    static func expectedFiles(in directory: URL, excluding excluded: [String] = []) -> [String] {
        Support.files(under: directory).filter { path in
            OutputLayout.isSanitizeOutput(path) && !excluded.contains { path.hasPrefix($0 + "/") }
        }
    }

    static func compare(produced output: URL, expected directory: URL, excluding excluded: [String] = []) {
        let produced = Support.files(under: output).filter { $0 != OutputLayout.manifestName }
        let update = ProcessInfo.processInfo.environment["CABLEMARK_UPDATE_GOLDEN"] == "1"
        if update {
            for file in produced {
                let target = directory.appendingPathComponent(file)
                try? FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: target)
                try? FileManager.default.copyItem(at: output.appendingPathComponent(file), to: target)
            }
            Issue.record(
                "rewrote the expected public versions in \(directory.path); run again without CABLEMARK_UPDATE_GOLDEN")
            return
        }
        #expect(produced == expectedFiles(in: directory, excluding: excluded))
        for file in produced {
            let actual = FileManager.default.contents(atPath: output.appendingPathComponent(file).path)
            let expected = FileManager.default.contents(atPath: directory.appendingPathComponent(file).path)
            #expect(actual != nil && actual == expected, "\(file) differs from the expected public version")
        }
    }

    @Test func everyFormatsPublicVersionMatchesItsExpectedFile() throws {
        let (inputs, output) = try Self.run(Self.directory, policy: try Support.builtInPolicy())
        defer { try? FileManager.default.removeItem(at: output) }
        Self.compare(produced: output, expected: Self.directory, excluding: ["custom-policy"])
        let statuses = Self.cables(inputs).map { ($0.file, $0.cable["status"] as? String) }
        #expect(statuses.filter { $0.1 != "written" }.map(\.0) == ["no-classification-line.txt"])
        #expect(statuses.count == 7)
    }

    @Test func theFixturesAreInTheFormatsTheyStandFor() throws {
        var formats: [String: [CableFormat]] = [:]
        for path in try Self.inputs(in: Self.directory) {
            let results = try CableReader.read(path: path)
            formats[(path as NSString).lastPathComponent] = results.compactMap {
                if case .cable(let cable) = $0 { cable.format } else { nil }
            }
        }
        #expect(formats["oslo-raw-telegram.txt"] == [.rawTelegram])
        #expect(formats["reykjavik-web-extract.txt"] == [.webExtract])
        #expect(formats["two-records.csv"] == [.csvRecord, .csvRecord])
        #expect(formats["ankara-record.json"] == [.jsonRecord])
        #expect(formats["rome-cablegate.html"] == [.cablegateHTML])
    }

    @Test func aUsersPolicyRemovesItsTermsAndPatterns() throws {
        let policy = try RedactionPolicyLoader.load(
            path: Self.customPolicyDirectory.appendingPathComponent("names-policy.xml").path)
        let (inputs, output) = try Self.run(Self.customPolicyDirectory, policy: policy)
        defer { try? FileManager.default.removeItem(at: output) }
        Self.compare(produced: output, expected: Self.customPolicyDirectory)
        let rules = Self.cables(inputs).flatMap { $0.cable["alterations"] as? [[String: Any]] ?? [] }.compactMap { $0["rule"] as? String }
        #expect(Set(rules).isSuperset(of: ["contact-names", "case-numbers", "project-code", "handling-marker"]))
    }
}
