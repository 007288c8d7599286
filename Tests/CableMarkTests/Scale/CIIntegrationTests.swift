import Foundation
import Testing

@testable import CableMark

/// The GitHub Action and the pre-commit hook run the command lines they hold against Samples/,
/// with the built binary standing in for the one they build.
@Suite struct CIIntegrationTests {
    static let root = CableMarkProcess.packageRoot

    /// `${{ name }}` expressions replaced from `values`; an unknown one fails the test.
    static func substitute(_ text: String, _ values: [String: String]) throws -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "${{") {
            result += rest[..<open.lowerBound]
            let close = try #require(rest[open.upperBound...].range(of: "}}"))
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += try #require(values[name], "no value for ${{ \(name) }}")
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    @Test func theActionsCheckStepAnnotatesAndWritesSARIF() throws {
        let action = try MiniYAML.parse(String(contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8))
        #expect(action["runs"]?["using"]?.text == "composite")
        let steps = action["runs"]?["steps"]?.items ?? []
        let build = try #require(steps.first { $0["id"]?.text == "build" })
        #expect(build["run"]?.text?.contains("swift build -c release --product cablemark") == true)
        let check = try #require(steps.first { $0["id"]?.text == "check" })
        #expect(check["shell"]?.text == "bash")

        let scratch = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var inputs: [String: String] = [:]
        if case .mapping(let declared)? = action["inputs"] {
            for (name, input) in declared { inputs["inputs.\(name)"] = input["default"]?.text ?? "" }
        }
        inputs["inputs.paths"] = "Samples"
        inputs["inputs.sarif"] = scratch.appendingPathComponent("cablemark.sarif").path
        inputs["steps.build.outputs.binary"] = try BuiltBinary.path()
        var environment = ProcessInfo.processInfo.environment
        if case .mapping(let variables)? = check["env"] {
            for (name, value) in variables { environment[name] = try Self.substitute(value.text ?? "", inputs) }
        }
        let outputFile = scratch.appendingPathComponent("github-output")
        let summaryFile = scratch.appendingPathComponent("step-summary.md")
        environment["GITHUB_OUTPUT"] = outputFile.path
        environment["GITHUB_STEP_SUMMARY"] = summaryFile.path
        let script = try Self.substitute(try #require(check["run"]?.text), inputs)

        let result = try Subprocess.run("/bin/bash", ["-e", "-c", script], environment: environment, directory: Self.root)
        #expect(result.status == 1, "Samples hold errors: \(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let annotations = lines.filter { $0.hasPrefix("::") }
        #expect(!annotations.isEmpty)
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=Samples/") || $0.hasPrefix("::notice file=Samples/") || $0.hasPrefix("::warning file=Samples/") })
        #expect(lines.last?.hasSuffix(" in 11 cables (10 files)") == true)
        try SARIFValidation.expectValid(file: URL(fileURLWithPath: inputs["inputs.sarif"]!))
        #expect(try String(contentsOf: outputFile, encoding: .utf8) == "sarif=\(inputs["inputs.sarif"]!)\n")
        #expect(try String(contentsOf: summaryFile, encoding: .utf8).hasPrefix("### cablemark: "))
    }

    @Test func thePreCommitHookChecksTheFilesItSelects() throws {
        let hooks = try MiniYAML.parse(String(contentsOf: Self.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8))
        let hook = try #require(hooks.items.first { $0["id"]?.text == "cablemark" })
        #expect(hook["language"]?.text == "swift")
        let pattern = try NSRegularExpression(pattern: try #require(hook["files"]?.text).replacingOccurrences(of: "(?i)", with: ""), options: .caseInsensitive)
        func selects(_ name: String) -> Bool {
            pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        for fileExtension in InputSelection.defaultExtensions {
            #expect(selects("cables/a.\(fileExtension)") && selects("A.\(fileExtension.uppercased()).gz"), "\(fileExtension)")
        }
        #expect(!selects("README.md") && !selects("Package.swift") && !selects("notes.txt.bak"))

        // pre-commit runs the entry with the selected files' repository-relative paths.
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Samples").path)
            .map { "Samples/" + $0 }.filter(selects).sorted()
        #expect(samples.count == 10)
        let entry = try #require(hook["entry"]?.text).split(separator: " ").map(String.init)
        #expect(entry.first == "cablemark")
        let result = try Subprocess.run(try BuiltBinary.path(), Array(entry.dropFirst()) + samples, directory: Self.root)
        #expect(result.status == 1, "Samples hold errors: \(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let finding = try NSRegularExpression(pattern: #"^Samples/[^:]+:\d+:\d+: (error|warning|note): .+ \[[a-z0-9-]+\]$"#)
        #expect(lines.dropLast().allSatisfy { finding.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil })
        #expect(lines.last?.hasSuffix(" in 11 cables (10 files)") == true)
    }
}
