import Foundation
import Testing

@testable import CableMark

/// `cablemark sanitize` run as a user runs it: the built binary, its files and exit statuses.
@Suite struct SanitizeCommandTests {
    typealias Support = SanitizeTestSupport

    static let oslo = SharedFixtures.sanitize.appendingPathComponent("oslo-raw-telegram.txt")
    static let refused = SharedFixtures.sanitize.appendingPathComponent("no-classification-line.txt")
    static let records = SharedFixtures.sanitize.appendingPathComponent("two-records.csv")

    func sanitize(_ arguments: [String]) throws -> Subprocess {
        try CableMarkProcess.run(["sanitize"] + arguments)
    }

    @Test func exitStatusZeroWhenEveryPublicVersionIsWritten() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try sanitize([Self.oslo.path, Self.records.path, "--out", out.path, "--salt", "s"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            Support.files(under: out) == [
                "oslo-raw-telegram.public.txt", "sanitize-manifest.json", "two-records.csv.public/record-0001.txt",
                "two-records.csv.public/record-0002.txt",
            ])
        #expect(result.standardOutput.hasPrefix("3 of 3 public version(s) written, 0 refused, 0 failed verification;"))
        #expect(result.standardError == "")
    }

    @Test func exitStatusOneWhenACableIsRefused() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try sanitize([Self.oslo.path, Self.refused.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(Self.refused.path): refused: no classification line: its level is unknown, so nothing can be released\n"
        )
        #expect(!Support.files(under: out).contains { $0.hasPrefix("no-classification-line") })
        #expect(Support.files(under: out).contains("oslo-raw-telegram.public.txt"))
    }

    @Test func exitStatusTwoForAnUnusableInputOrPolicy() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let missing = try sanitize([Self.oslo.path, "/nonexistent/cable.txt", "--out", out.path])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("cablemark: error: /nonexistent/cable.txt: no such file or directory"))
        let policy = out.appendingPathComponent("bad-policy.xml")
        try Data("<redaction-policy name='p' version='1' format='1'><rule/></redaction-policy>".utf8).write(to: policy)
        let badPolicy = try sanitize([
            Self.oslo.path, "--out", out.appendingPathComponent("o").path, "--policy", policy.path,
        ])
        #expect(badPolicy.status == 2)
        #expect(badPolicy.standardError.hasPrefix("cablemark: error: \(policy.path):1: "))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("o").path))
    }

    @Test(arguments: [
        ["--release", "TS"], ["--as-of", "2025-13-01"], ["--as-of", "yesterday"], ["--jobs", "0"], ["--salt", ""],
    ])
    func badUsageIsExitStatus64(_ extra: [String]) throws {
        let result = try sanitize([Self.oslo.path, "--out", "/tmp/never-written-\(UUID())"] + extra)
        #expect(result.status == 64, "\(extra): \(result.standardError)")
    }

    @Test func missingOutOrInputIsBadUsage() throws {
        #expect(try sanitize([Self.oslo.path]).status == 64)
        #expect(try sanitize(["--out", "/tmp/x"]).status == 64)
    }

    @Test func theManifestRecordsEveryInputSpanDigestAndVersion() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try sanitize([
            Self.oslo.path, Self.refused.path, Self.records.path, "--out", out.path, "--salt", "pepper", "--as-of",
            "2020-01-01", "--declassify-expired",
        ])
        #expect(result.status == 1)
        let data = try #require(
            FileManager.default.contents(atPath: out.appendingPathComponent("sanitize-manifest.json").path))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["format"] as? Int == 2)
        #expect((manifest["tool"] as? [String: Any])?["version"] as? String == ToolInfo.cablemark.version)
        let policy = try #require(manifest["policy"] as? [String: Any])
        #expect(policy["name"] as? String == "cablemark-default" && policy["version"] as? String == "1.0")
        #expect(policy["noticeStyle"] as? String == "classification")
        #expect(
            (manifest["withholdingRules"] as? [String: Any])?["version"] as? String
                == SanitizeManifest.withholdingRulesVersion)
        let options = try #require(manifest["options"] as? [String: Any])
        #expect(options["releaseLevel"] as? String == "U" && options["asOf"] as? String == "2020-01-01")
        #expect(options["declassifyExpired"] as? Bool == true)
        #expect((manifest["digest"] as? [String: Any])?["salt"] as? String == "pepper")

        // Inputs in sorted order, whatever the order on the command line.
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == [Self.refused.path, Self.oslo.path, Self.records.path])
        // The digest is HMAC-SHA-256 of the file keyed with the salt.
        let expected = try hmacSHA256(key: "pepper", of: SharedData.bytes(of: Self.oslo))
        #expect(inputs[1]["hmacSHA256"] as? String == expected)
        #expect(inputs.allSatisfy { $0["sha256"] == nil })

        let oslo = try #require((inputs[1]["cables"] as? [[String: Any]])?.first)
        #expect(oslo["status"] as? String == "written" && oslo["output"] as? String == "oslo-raw-telegram.public.txt")
        #expect(oslo["level"] as? String == "C")
        let alterations = try #require(oslo["alterations"] as? [[String: Any]])
        let email = try #require(alterations.first { $0["rule"] as? String == "email-address" })
        let start = try #require((email["range"] as? [String: Any])?["start"] as? [String: Int])
        let offset = Self.offset(of: "jdoe@state.gov", in: Self.oslo)
        let position = LineIndex(bytes: try SharedData.bytes(of: Self.oslo)).position(ofOffset: offset)
        #expect(start == ["line": position.line, "column": position.column, "offset": offset])
        #expect(position.line == 32 && position.column == 33)
        #expect(email["operator"] as? String == "replace" && email["replacement"] as? String == "[EMAIL]")
        #expect(alterations.contains { $0["kind"] as? String == "declassified" && $0["paragraph"] as? Int == 1 })
        let five = try #require(
            alterations.first { $0["rule"] as? String == "withhold-above-release" && $0["paragraph"] as? Int == 5 })
        #expect(five["mark"] as? String == "SBU" && five["exemption"] is NSNull)
        #expect(email["mark"] is NSNull && email["exemption"] as? String == "(b)(6)")

        let refused = try #require((inputs[0]["cables"] as? [[String: Any]])?.first)
        #expect(refused["status"] as? String == "refused" && refused["output"] is NSNull)
        #expect((refused["reason"] as? String)?.hasPrefix("no classification line") == true)
        let records = try #require(inputs[2]["cables"] as? [[String: Any]])
        #expect(records.map { $0["record"] as? Int } == [1, 2])
        #expect(
            records.map { $0["output"] as? String } == [
                "two-records.csv.public/record-0001.txt", "two-records.csv.public/record-0002.txt",
            ])
        #expect(records.allSatisfy { ($0["hmacSHA256"] as? String)?.count == 64 && $0["sha256"] == nil })
        let summary = try #require(manifest["summary"] as? [String: Int])
        #expect(summary["cables"] == 4 && summary["written"] == 3 && summary["refused"] == 1)
    }

    @Test func twoRunsWithTheSameSaltWriteTheSameFiles() throws {
        let first = try Support.scratchDirectory()
        let second = try Support.scratchDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let arguments = [SharedFixtures.sanitize.path, "--salt", "s", "--as-of", "2024-05-01"]
        _ = try sanitize(arguments + ["--out", first.path])
        _ = try sanitize(arguments + ["--out", second.path, "--jobs", "1"])
        let files = Support.files(under: first)
        #expect(files == Support.files(under: second))
        for file in files where file != "sanitize-manifest.json" {
            #expect(
                FileManager.default.contents(atPath: first.appendingPathComponent(file).path)
                    == FileManager.default.contents(atPath: second.appendingPathComponent(file).path))
        }
        let manifests = [first, second].map {
            String(
                decoding: FileManager.default.contents(atPath: $0.appendingPathComponent("sanitize-manifest.json").path)
                    ?? Data(), as: UTF8.self)
        }
        #expect(
            manifests[0].replacingOccurrences(of: first.path, with: "OUT")
                == manifests[1].replacingOccurrences(of: second.path, with: "OUT"))
    }

    @Test func anInputIsNeverOverwrittenEvenWhenOutIsItsOwnFolder() throws {
        let folder = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cable = try SharedData.bytes(of: Self.oslo)
        try Data(cable).write(to: folder.appendingPathComponent("oslo.txt"))
        let first = try sanitize([folder.path, "--out", folder.path, "--salt", "s"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(Support.files(under: folder) == ["oslo.public.txt", "oslo.txt", "sanitize-manifest.json"])
        #expect(try SharedData.bytes(of: folder.appendingPathComponent("oslo.txt")) == cable)
        // A second run takes neither its earlier public version nor its manifest for input.
        let again = try sanitize([folder.path, "--out", folder.path, "--salt", "s"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.hasPrefix("1 of 1 public version(s) written"))

        // Named explicitly, a public version is an input: the other cable's output would
        // overwrite it, so that cable is refused and the file kept.
        let publicVersion = folder.appendingPathComponent("oslo.public.txt")
        let before = try SharedData.bytes(of: publicVersion)
        let clash = try sanitize([
            folder.appendingPathComponent("oslo.txt").path, publicVersion.path, "--out", folder.path,
        ])
        #expect(clash.status == 1)
        #expect(
            clash.standardError.contains(
                "oslo.txt: refused: not written: \(publicVersion.path) is an input file, which is never overwritten"))
        #expect(try SharedData.bytes(of: publicVersion) == before)
    }

    @Test func twoInputsWithOneOutputNameAreNotBothWritten() throws {
        let folder = try Support.scratchDirectory()
        let out = try Support.scratchDirectory()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: out)
        }
        let cable = try SharedData.bytes(of: Self.oslo)
        try Data(cable).write(to: folder.appendingPathComponent("oslo"))
        try Data(cable).write(to: folder.appendingPathComponent("oslo.txt"))
        let result = try sanitize([
            folder.appendingPathComponent("oslo").path, folder.appendingPathComponent("oslo.txt").path, "--out",
            out.path,
        ])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "oslo.txt: refused: not written: \(out.path)/oslo.public.txt is the public version of \(folder.path)/oslo"
            ))
    }

    @Test func aPublicVersionThatFailsVerificationIsNotWritten() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        // A careless label that puts back the word it replaces: verification finds the word.
        let policy = out.appendingPathComponent("careless.xml")
        try Data(
            """
            <redaction-policy name="careless" version="1" format="1">
              <rule id="parliament" kind="terms" operator="replace" label="[parliament]"><term>Parliament</term></rule>
            </redaction-policy>
            """.utf8
        ).write(to: policy)
        let result = try sanitize([
            Self.oslo.path, Self.records.path, "--out", out.appendingPathComponent("o").path, "--policy", policy.path,
        ])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "oslo-raw-telegram.txt: verification-failed: verification failed: the public version was not written: text removed by parliament is still at line 12"
            ))
        let written = Support.files(under: out.appendingPathComponent("o"))
        #expect(!written.contains("oslo-raw-telegram.public.txt"))
        #expect(written.contains("two-records.csv.public/record-0001.txt"))
    }

    @Test func partialFilesAnEarlierRunLeftAreRemoved() throws {
        let out = try Support.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let nested = out.appendingPathComponent("two-records.csv.public")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let leftovers = [
            out.appendingPathComponent(".cablemark-partial-99-1"),
            nested.appendingPathComponent(".cablemark-partial-99-2"),
        ]
        for leftover in leftovers { try Data("half a cab".utf8).write(to: leftover) }
        let result = try sanitize([Self.records.path, "--out", out.path])
        #expect(result.status == 0)
        #expect(result.standardError.contains("removed 2 partial file(s) an interrupted run left in \(out.path)"))
        #expect(leftovers.allSatisfy { !FileManager.default.fileExists(atPath: $0.path) })
    }
}

/// HMAC-SHA-256 of `bytes` as Python's hmac module computes it, to check the manifest's digests
/// independently of ours.
func hmacSHA256(key: String, of bytes: [UInt8]) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-digest-\(UUID())")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(bytes).write(to: file)
    let script = "import hashlib, hmac, sys; print(hmac.new(sys.argv[1].encode(), open(sys.argv[2], 'rb').read(), hashlib.sha256).hexdigest())"
    let result = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, key, file.path])
    return String(result.standardOutput.prefix(64))
}

extension SanitizeCommandTests {
    static func offset(of text: String, in url: URL) -> Int {
        let bytes = (try? SharedData.bytes(of: url)) ?? []
        let needle = Array(text.utf8)
        return (0...(max(0, bytes.count - needle.count))).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
            ?? -1
    }
}
