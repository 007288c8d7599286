/// One self-contained HTML page (no network, opens from disk) for reviewers: the run's summary
/// per rule and severity, filters by rule, severity and file, and for each cable with findings
/// its text around them with every finding marked at its exact range, the rule's help one
/// click away. Parts stream like every report's: a file's part is its cables, each rendered
/// once its findings are all known (its text read back then, only the lines shown); the page's
/// script filters the static markup.
public struct HTMLReporter: Reporter {
    public init() {}

    public var partSeparator: String { "\n" }

    public func fileWriter(path: String, context: ReportContext) -> any FilePartWriter {
        HTMLFilePart(path: path, knownRules: Set(context.rules.map(\.id)))
    }

    public func head(_ overview: ReportOverview) -> String {
        var output = HTMLPage.start(title: "\(overview.tool.name) check report")
        output += "<header><h1>\(HTML.text(overview.tool.name)) check report</h1>"
        output += "<p class=\"summary\">\(HTML.text(overview.summary.line))</p></header>\n"
        output += "<table class=\"rules\"><thead><tr><th>Rule</th><th>What it checks</th>"
        output += Severity.allCases.reversed().map { "<th class=\"n\">\($0.rawValue)s</th>" }.joined()
        output += "<th class=\"n\">all</th></tr></thead><tbody>\n"
        for counts in overview.ruleCounts {
            let title = overview.rule(withID: counts.ruleID)?.title ?? ""
            output += "<tr data-rule=\"\(HTML.attribute(counts.ruleID))\"><td>\(ruleButton(counts.ruleID, overview))</td>"
            output += "<td>\(HTML.text(title))</td><td class=\"n\">\(counts.errors)</td><td class=\"n\">\(counts.warnings)</td>"
            output += "<td class=\"n\">\(counts.notes)</td><td class=\"n\">\(counts.total)</td></tr>\n"
        }
        output += "</tbody></table>\n"
        output += filters(overview)
        for rule in overview.rules { output += help(rule) }
        return output + "<main>\n"
    }

    public func tail(_ overview: ReportOverview) -> String {
        var output = "</main>\n"
        let unreadable = overview.files.filter { $0.problem != nil }
        if !unreadable.isEmpty {
            output += "<section class=\"unreadable\"><h2>Files that could not be used</h2><ul>"
            for file in unreadable {
                output += "<li><code>\(HTML.text(file.path))</code>: \(HTML.text(file.problem ?? ""))</li>"
            }
            output += "</ul></section>\n"
        }
        return output + HTMLPage.end
    }

    /// The element id of a rule's help popover.
    static func helpID(_ ruleID: String) -> String { "help-" + ruleID }

    private func ruleButton(_ ruleID: String, _ overview: ReportOverview) -> String {
        guard overview.rule(withID: ruleID) != nil else { return "<code>\(HTML.text(ruleID))</code>" }
        return "<button type=\"button\" class=\"rule\" popovertarget=\"\(HTML.attribute(Self.helpID(ruleID)))\" "
            + "title=\"explain\">\(HTML.text(ruleID))</button>"
    }

    private func filters(_ overview: ReportOverview) -> String {
        var output = "<form class=\"filters\" onsubmit=\"return false\"><label>Rule <select id=\"filter-rule\"><option value=\"\">all</option>"
        for counts in overview.ruleCounts {
            output += "<option value=\"\(HTML.attribute(counts.ruleID))\">\(HTML.text(counts.ruleID)) (\(counts.total))</option>"
        }
        output += "</select></label> <label>Severity <select id=\"filter-severity\"><option value=\"\">all</option>"
        for severity in Severity.allCases.reversed() {
            output += "<option value=\"\(severity.rawValue)\">\(severity.rawValue)</option>"
        }
        output += "</select></label> <label>File <input id=\"filter-file\" type=\"search\" placeholder=\"path contains\"></label> "
        return output + "<output id=\"shown\"></output></form>\n"
    }

    /// What `cablemark explain` says first about the rule, in a popover.
    private func help(_ rule: RuleDescription) -> String {
        var output = "<div popover class=\"help\" id=\"\(HTML.attribute(Self.helpID(rule.id)))\">"
        output += "<h4>\(HTML.text(rule.id)): \(HTML.text(rule.title))</h4>"
        output += "<p>Severity: \(rule.severity.rawValue)\(rule.enabled ? "" : " (disabled)")</p>"
        for (heading, body) in [("Why", rule.rationale), ("Source", rule.source), ("Help", rule.help)]
        where !body.allSatisfy(\.isWhitespace) {
            output += "<h5>\(heading)</h5><p class=\"prose\">\(HTML.text(body))</p>"
        }
        return output + "<p>More: <code>cablemark explain \(HTML.text(rule.id))</code></p></div>\n"
    }
}

/// A file's part of the HTML report: its cables in order, each rendered when the next begins.
struct HTMLFilePart: FilePartWriter {
    let path: String
    let knownRules: Set<String>
    private var cable: [Finding] = []
    private var cablesDone = 0

    init(path: String, knownRules: Set<String>) {
        self.path = path
        self.knownRules = knownRules
    }

    mutating func write(_ findings: [Finding]) -> String {
        var output = ""
        for finding in findings {
            if let first = cable.first, first.recordNumber != finding.recordNumber { output += renderCable() }
            cable.append(finding)
        }
        return output
    }

    mutating func finish(_ file: FileOutline) -> (before: String, after: String) {
        let last = renderCable()
        guard file.findingCount > 0 else { return ("", "") }
        let before = "<section class=\"file\" data-path=\"\(HTML.attribute(path))\"><h2><code>\(HTML.text(path))</code> "
            + "<span class=\"count\">\(file.findingCount) finding\(file.findingCount == 1 ? "" : "s")</span></h2>\n"
        return (before, last + "</section>")
    }

    private mutating func renderCable() -> String {
        guard !cable.isEmpty else { return "" }
        let prefix = "f" + Fingerprint.fnv1a64([path]) + "-\(cablesDone)"
        let output = HTMLCable(findings: cable, idPrefix: prefix, knownRules: knownRules).render()
        cable.removeAll()
        cablesDone += 1
        return output
    }
}
