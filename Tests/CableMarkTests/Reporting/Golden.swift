import Foundation
import Testing

/// Compares an output with its golden file, byte for byte. With CABLEMARK_UPDATE_GOLDEN=1 the
/// file is rewritten instead, and the test fails so that a rewrite is never mistaken for a pass.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func expectMatches(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let actual = Data(output.utf8)
        if ProcessInfo.processInfo.environment["CABLEMARK_UPDATE_GOLDEN"] == "1" {
            do {
                try actual.write(to: url)
                Issue.record("rewrote golden file \(name); run again without CABLEMARK_UPDATE_GOLDEN", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("golden file \(url.path) is missing", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record(
            "output differs from \(name): \(firstDifference(String(decoding: expected, as: UTF8.self), output))",
            sourceLocation: sourceLocation)
    }

    /// "line 12: expected «…» got «…»".
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if want != got { return "line \(index + 1): expected «\(want)» got «\(got)»" }
        }
        return "same lines, different bytes"
    }
}
