import Foundation
import Testing

/// Headless Chromium (Scripts/setup --tests installs it) opens the HTML check report of Samples/ as a
/// reviewer would, from disk: after the page's script has run, every finding of the run is in
/// the DOM, and a filter from the URL hides exactly what it should. A screenshot of each page
/// is kept; its path is printed.
@Suite(.serialized) struct HTMLBrowserTests {
    static let chromiumNames = ["chromium", "chromium-browser", "google-chrome"]

    static func chromium() throws -> String {
        if let override = ProcessInfo.processInfo.environment["CABLEMARK_CHROMIUM"], !override.isEmpty { return override }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in chromiumNames {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        throw MissingBrowser(names: chromiumNames)
    }

    struct MissingBrowser: Error, CustomStringConvertible {
        var names: [String]
        var description: String { "no headless browser found (\(names.joined(separator: ", "))); run Scripts/setup --tests or set CABLEMARK_CHROMIUM" }
    }

    /// The DOM after the page's script ran, and a screenshot beside it.
    static func open(_ url: String, screenshot: URL) throws -> String {
        let browser = try chromium()
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=5000"]
        let dom = try Subprocess.run(browser, common + ["--dump-dom", url])
        #expect(dom.status == 0, "\(dom.standardError)")
        let shot = try Subprocess.run(browser, common + ["--window-size=1100,800", "--screenshot=\(screenshot.path)", url])
        #expect(shot.status == 0 && FileManager.default.fileExists(atPath: screenshot.path), "\(shot.standardError)")
        print("screenshot: \(screenshot.path)")
        return dom.standardOutput
    }

    static func outputDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-browser-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The findings the DOM lists: (rule, severity, "line:column" or "whole cable", hidden).
    static func listedFindings(_ dom: String) -> [(rule: String, severity: String, place: String, hidden: Bool)] {
        let pattern = try! NSRegularExpression(
            pattern: "<li class=\"finding\" data-f=\"[^\"]+\" data-rule=\"([^\"]+)\" data-severity=\"([a-z]+)\"( hidden=\"\")?>"
                + "<(?:a|span) class=\"at\"[^>]*>([^<]+)<")
        return pattern.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)).map { match in
            func group(_ index: Int) -> String? { Range(match.range(at: index), in: dom).map { String(dom[$0]) } }
            return (group(1)!, group(2)!, group(4)!, group(3) != nil)
        }
    }

    @Test func checkReportShowsEveryFindingAndFilters() throws {
        let directory = try Self.outputDirectory()
        let report = directory.appendingPathComponent("check.html")
        let samples = CableMarkProcess.packageRoot.appendingPathComponent("Samples").path
        let run = try CableMarkProcess.run(["check", samples, "--as-of", "2026-12-01", "--format", "json", "--report", "html:\(report.path)"])
        #expect(run.status == 1, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count > 5)
        let expected = findings.map { finding -> String in
            let start = (finding["range"] as! [String: Any])["start"] as! [String: Any]
            let severity = (finding["severity"] as! String).replacingOccurrences(of: "info", with: "note")
            return "\(finding["ruleId"]!) \(severity) \(start["line"]!):\(start["column"]!)"
        }

        let all = Self.listedFindings(try Self.open(report.absoluteString, screenshot: directory.appendingPathComponent("check.png")))
        let listed = all.map { "\($0.rule) \($0.severity) \($0.place)" }
        #expect(listed.sorted() == expected.sorted())
        #expect(all.allSatisfy { !$0.hidden })

        let errorsOnly = Self.listedFindings(
            try Self.open(report.absoluteString + "?severity=error", screenshot: directory.appendingPathComponent("check-errors.png")))
        #expect(errorsOnly.count == all.count)
        #expect(errorsOnly.contains { $0.severity != "error" })
        #expect(errorsOnly.allSatisfy { $0.hidden == ($0.severity != "error") })

        let oneRule = Self.listedFindings(try Self.open(report.absoluteString + "?rule=portion-missing", screenshot: directory.appendingPathComponent("check-rule.png")))
        #expect(oneRule.filter { !$0.hidden }.map(\.rule) == Array(repeating: "portion-missing", count: expected.filter { $0.hasPrefix("portion-missing ") }.count))
    }

    @Test func sanitizeReportShowsEveryChangeBesideThePublicVersion() throws {
        let directory = try Self.outputDirectory()
        let report = directory.appendingPathComponent("sanitize.html")
        let out = directory.appendingPathComponent("public")
        let samples = CableMarkProcess.packageRoot.appendingPathComponent("Samples").path
        let run = try CableMarkProcess.run([
            "sanitize", samples, "--out", out.path, "--salt", "s", "--report", "html:\(report.path)",
            "--vaughn", directory.appendingPathComponent("vaughn.csv").path,
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let manifestData = try Data(contentsOf: out.appendingPathComponent("sanitize-manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        var withheld = 0
        var written = 0
        for input in try #require(manifest["inputs"] as? [[String: Any]]) {
            for cable in try #require(input["cables"] as? [[String: Any]]) where cable["status"] as? String == "written" {
                written += 1
                withheld += (cable["alterations"] as? [[String: Any]] ?? []).count {
                    ["withheld-paragraph", "withheld-field"].contains($0["kind"] as? String)
                }
            }
        }
        let dom = try Self.open(report.absoluteString, screenshot: directory.appendingPathComponent("sanitize.png"))
        func count(_ needle: String) -> Int { dom.components(separatedBy: needle).count - 1 }
        #expect(withheld > 10)
        #expect(count("<mark class=\"withheld\" title=") == withheld)
        #expect(count("<div class=\"pair\">") == written)
        let csv = try String(contentsOf: directory.appendingPathComponent("vaughn.csv"), encoding: .utf8)
        #expect(count("<table class=\"vaughn\">") > 0)
        let tables = dom.components(separatedBy: "<table class=\"vaughn\">").dropFirst()
        var tableRows = 0
        for table in tables {
            let body: String = table.components(separatedBy: "</table>")[0]
            tableRows += body.components(separatedBy: "<tr>").count - 2
        }
        let csvRows: Int = csv.split(separator: "\n").count - 1
        #expect(tableRows == csvRows)
    }
}
