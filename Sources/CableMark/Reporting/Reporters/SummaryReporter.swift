/// One line per rule that found something, most findings first, with counts per severity and
/// the rule's title; then the summary line.
public struct SummaryReporter: Reporter {
    public init() {}

    public var partSeparator: String { "" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter { NoPart() }

    public func head(_ overview: ReportOverview) -> String { "" }

    public func tail(_ overview: ReportOverview) -> String {
        let counts = overview.ruleCounts
        var output = ""
        if !counts.isEmpty {
            let idWidth = counts.map(\.ruleID.count).max() ?? 0
            output += "errors  warnings  notes  " + Self.padded("rule", idWidth) + "  title\n"
            for count in counts {
                let line = Self.right(count.errors, "errors".count) + "  "
                    + Self.right(count.warnings, "warnings".count) + "  "
                    + Self.right(count.notes, "notes".count) + "  "
                    + Self.padded(count.ruleID, idWidth) + "  "
                    + (overview.rule(withID: count.ruleID)?.title ?? "")
                output += Self.trimmingTrailingSpaces(line) + "\n"
            }
        }
        output += overview.summary.line + "\n"
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
public struct RuleCounts: Sendable, Hashable {
    public var ruleID: String
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init(ruleID: String) {
        self.ruleID = ruleID
    }

    public var total: Int { errors + warnings + notes }

    mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: notes += 1
        }
    }

    mutating func add(_ other: RuleCounts) {
        errors += other.errors
        warnings += other.warnings
        notes += other.notes
    }
}

/// The part of a file in an output made only from the overview: nothing.
struct NoPart: FilePartWriter {
    mutating func write(_ findings: [Finding]) -> String { "" }
    mutating func finish(_ file: FileOutline) -> (before: String, after: String) { ("", "") }
}
