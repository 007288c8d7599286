/// One line per rule that found something, most findings first, with counts per severity and
/// the rule's title; then the summary line.
public struct SummaryReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let counts = RuleCounts.tally(report.findings)
        var output = ""
        if !counts.isEmpty {
            let idWidth = counts.map(\.ruleID.count).max() ?? 0
            output += "errors  warnings  notes  " + Self.padded("rule", idWidth) + "  title\n"
            for count in counts {
                let line = Self.right(count.errors, "errors".count) + "  "
                    + Self.right(count.warnings, "warnings".count) + "  "
                    + Self.right(count.notes, "notes".count) + "  "
                    + Self.padded(count.ruleID, idWidth) + "  "
                    + (report.rule(withID: count.ruleID)?.title ?? "")
                output += Self.trimmingTrailingSpaces(line) + "\n"
            }
        }
        output += report.summary.line + "\n"
        return output
    }

    static func right(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// Findings of one rule, counted by severity.
struct RuleCounts: Hashable {
    var ruleID: String
    var errors = 0
    var warnings = 0
    var notes = 0

    var total: Int { errors + warnings + notes }

    /// One entry per rule id, most findings first, then by id.
    static func tally(_ findings: [Finding]) -> [RuleCounts] {
        var byRule: [String: RuleCounts] = [:]
        for finding in findings {
            var counts = byRule[finding.ruleID] ?? RuleCounts(ruleID: finding.ruleID)
            switch finding.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.notes += 1
            }
            byRule[finding.ruleID] = counts
        }
        return byRule.values.sorted {
            $0.total != $1.total ? $0.total > $1.total : $0.ruleID < $1.ruleID
        }
    }
}
