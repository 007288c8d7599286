/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=T::message`.
///
/// GitHub shows at most 10 annotations of each kind per step, so only the first 10 errors, 10
/// warnings and 10 notices are written as commands; a plain line counts the rest (the full list
/// goes to the step summary, see `MarkdownReporter`). The summary line ends the output.
public struct GitHubReporter: Reporter {
    public static let annotationsPerKind = 10

    /// Where annotation paths are made relative from (the workspace, normally the current directory).
    public var baseDirectory: String?

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    public var partSeparator: String { "" }

    /// Every line comes from the overview, which keeps the first findings of each severity.
    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter { NoPart() }

    public func head(_ overview: ReportOverview) -> String { "" }

    public func tail(_ overview: ReportOverview) -> String {
        var output = ""
        var shown: [Severity: Int] = [:]
        for finding in overview.leadingFindings where shown[finding.severity, default: 0] < Self.annotationsPerKind {
            shown[finding.severity, default: 0] += 1
            output += command(for: finding) + "\n"
        }
        let summary = overview.summary
        let totals: [Severity: Int] = [.error: summary.errors, .warning: summary.warnings, .note: summary.notes]
        let rest = Severity.allCases.reversed().compactMap { severity -> String? in
            let omitted = totals[severity, default: 0] - shown[severity, default: 0]
            return omitted > 0 ? ReportSummary.count(omitted, severity.rawValue) : nil
        }
        if !rest.isEmpty {
            output += "\(overview.tool.name): \(rest.joined(separator: ", ")) more, not shown as annotations\n"
        }
        output += summary.line + "\n"
        return output
    }

    func command(for finding: Finding) -> String {
        let start = finding.range.start
        let end = finding.range.end.offset >= start.offset ? finding.range.end : start
        let properties = [
            ("file", ReportPath.relative(finding.path, to: baseDirectory)),
            ("line", String(start.line)), ("col", String(start.column)),
            ("endLine", String(end.line)), ("endColumn", String(end.column)),
            ("title", finding.ruleID),
        ]
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(Self.command(finding.severity)) \(list)::\(Self.escapeData(finding.message))"
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Message escaping: % CR LF.
    static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Property escaping: as messages, and also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
