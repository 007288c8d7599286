import Foundation
import Testing

@testable import CableMark

/// `check --shard K/N` splits a run; `merge` puts the parts' reports back together, byte for byte
/// what one run writes.
@Suite struct ShardMergeTests {
    /// Checks Samples/ (and a path that does not exist) in N parts and as one run, in JSON and in
    /// SARIF, from the package root.
    @Test(arguments: [2, 7])
    func mergedShardsEqualOneRun(parts: Int) throws {
        let scratch = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = CableMarkProcess.packageRoot
        let inputs = ["Samples", "missing.txt"]
        func check(_ extra: [String], _ name: String) throws -> Subprocess {
            try CableMarkProcess.run(
                ["check", "--as-of", "2024-01-01", "--format", "json", "--output", scratch.appendingPathComponent("\(name).json").path,
                 "--report", "sarif:" + scratch.appendingPathComponent("\(name).sarif").path] + extra + inputs,
                directory: root)
        }
        let single = try check([], "single")
        #expect(single.status == 2, "missing.txt makes the run unusable: \(single.standardError)")
        var shardCables = 0
        for part in 1...parts {
            let shard = try check(["--shard", "\(part)/\(parts)"], "part\(part)")
            if part == 1 {
                #expect(shard.status == 2, "part 1 reports the missing input")
            } else {
                #expect([0, 1].contains(shard.status), "\(shard.standardError)")
            }
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.appendingPathComponent("part\(part).json"))) as? [String: Any]
            shardCables += (report?["summary"] as? [String: Any])?["cables"] as? Int ?? -1000
        }
        #expect(shardCables == 11, "every Samples cable is checked by exactly one part")
        for format in ["json", "sarif"] {
            let partFiles = (1...parts).reversed().map { scratch.appendingPathComponent("part\($0).\(format)").path }
            let merged = try CableMarkProcess.run(["merge"] + partFiles)
            #expect(merged.status == single.status, "\(merged.standardError)")
            let expected = try String(contentsOf: scratch.appendingPathComponent("single.\(format)"), encoding: .utf8)
            #expect(merged.standardOutput == expected, "\(format) merge of \(parts) parts: \(Golden.firstDifference(expected, merged.standardOutput))")
        }
    }

    @Test func partsAreStableAndEven() throws {
        let files = try SharedData.manifest().map { "corpus/" + $0.file }
        #expect(files.count > 2000)
        for count in [2, 4, 10] {
            var sizes = [Int](repeating: 0, count: count)
            for file in files { sizes[Shard.part(of: file, count: count) - 1] += 1 }
            let even = files.count / count
            #expect(sizes.allSatisfy { abs($0 - even) < even / 5 }, "parts of \(count): \(sizes)")
        }
        let shard = try #require(Shard("2/3"))
        #expect(shard.contains("./Samples/a.txt", baseDirectory: "/repo") == shard.contains("/repo/Samples/a.txt", baseDirectory: "/repo"))
        #expect(shard.contains("Samples/a.txt", baseDirectory: "/repo") == (Shard.part(of: "Samples/a.txt", count: 3) == 2))
        for bad in ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3", ""] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    @Test func badShardAndMergeInputsAreRefused() throws {
        let directory = try SyntheticCables.directory(["lima.txt": SyntheticCables.unmarkedParagraph, "notes.txt": "not json"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let usage = try CableMarkProcess.run(["check", "--shard", "3/2", "lima.txt"], directory: directory)
        #expect(usage.status == 64)

        #expect(try CableMarkProcess.run(["check", "--format", "json", "--output", "a.json", "lima.txt"], directory: directory).status == 1)
        #expect(try CableMarkProcess.run(["check", "--format", "sarif", "--output", "a.sarif", "lima.txt"], directory: directory).status == 1)
        let twice = try CableMarkProcess.run(["merge", "a.json", "a.json"], directory: directory)
        #expect(twice.status == 2)
        #expect(twice.standardError == "cablemark: error: a.json and a.json both report lima.txt: not parts of one run\n")
        let mixed = try CableMarkProcess.run(["merge", "a.json", "a.sarif"], directory: directory)
        #expect(mixed.standardError == "cablemark: error: a.sarif is sarif but a.json is json\n")
        let notJSON = try CableMarkProcess.run(["merge", "notes.txt"], directory: directory)
        #expect(notJSON.status == 2)
        #expect(notJSON.standardError.hasPrefix("cablemark: error: notes.txt: not JSON: line 1: "))
        let one = try CableMarkProcess.run(["merge", "--fail-on", "never", "a.json"], directory: directory)
        #expect(one.status == 0)
        #expect(one.standardOutput == (try String(contentsOf: directory.appendingPathComponent("a.json"), encoding: .utf8)))
    }
}
