/// One cable's findings in the HTML report: the list (severity, rule with its help one click
/// away, message, a link to the place) and the cable's text around them with every finding
/// marked at its exact byte range. Overlapping findings split the text into segments, each
/// marked with every finding that covers it.
struct HTMLCable {
    var findings: [Finding]
    /// Unique in the report: the findings' element ids start with it.
    var idPrefix: String
    /// Rule ids that have a help popover.
    var knownRules: Set<String>

    func render() -> String {
        guard let first = findings.first else { return "" }
        var output = "<article class=\"cable\">"
        var heading = first.cableID.map(HTML.text) ?? "cable"
        if let record = first.recordNumber { heading += " <span class=\"record\">record \(record)</span>" }
        output += "<h3>\(heading)</h3><ol class=\"findings\">"
        for (index, finding) in findings.enumerated() { output += item(finding, index: index) }
        output += "</ol>"
        output += text()
        return output + "</article>\n"
    }

    private func id(_ index: Int) -> String { "\(idPrefix)-\(index)" }

    /// A finding about the whole document (no place in its text).
    private static func isWholeDocument(_ finding: Finding) -> Bool { finding.range == .fileStart }

    private func item(_ finding: Finding, index: Int) -> String {
        let severity = finding.severity.rawValue
        let start = finding.range.start
        let place = Self.isWholeDocument(finding)
            ? "<span class=\"at\">whole cable</span>"
            : "<a class=\"at\" href=\"#\(id(index))\">\(start.line):\(start.column)</a>"
        let rule = HTML.text(finding.ruleID)
        let ruleElement = knownRules.contains(finding.ruleID)
            ? "<button type=\"button\" class=\"rule\" popovertarget=\"\(HTML.attribute(HTMLReporter.helpID(finding.ruleID)))\" title=\"explain\">\(rule)</button>"
            : "<span class=\"rule\">\(rule)</span>"
        return "<li class=\"finding\" data-f=\"\(id(index))\" data-rule=\"\(HTML.attribute(finding.ruleID))\" "
            + "data-severity=\"\(severity)\">\(place) <span class=\"sev \(severity)\">\(severity)</span> "
            + "\(ruleElement) <span class=\"msg\">\(HTML.text(finding.message))</span></li>"
    }

    private var located: [(index: Int, range: Range<Int>)] {
        findings.enumerated().compactMap { index, finding in
            Self.isWholeDocument(finding) ? nil : (index, finding.range.start.offset..<max(finding.range.start.offset, finding.range.end.offset))
        }
    }

    private func text() -> String {
        let located = self.located
        guard let path = findings.first?.path, !located.isEmpty else { return "" }
        let spans = located.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        switch SourceExcerpts.read(path: path, spans: spans) {
        case .failure(let failure):
            return "<p class=\"missing\">\(HTML.text(failure.text))</p>"
        case .success(let windows):
            var output = ""
            for (number, window) in windows.enumerated() {
                if number > 0 || window.offset > 0 { output += "<div class=\"gap\">…</div>" }
                output += "<pre class=\"text\">" + marked(window, located) + "</pre>"
                if window.truncated { output += "<div class=\"gap\">… (cut at \(SourceExcerpts.maximumLength) bytes)</div>" }
            }
            return output
        }
    }

    /// The window's text, each finding's start anchored and every covered segment marked.
    private func marked(_ window: SourceExcerpts.Window, _ located: [(index: Int, range: Range<Int>)]) -> String {
        var output = ""
        for segment in MarkedSegments(stretch: window.offset..<window.end, spans: located.map(\.range)).segments {
            for span in segment.starting {
                let index = located[span].index
                output += "<a class=\"pin \(findings[index].severity.rawValue)\" id=\"\(id(index))\" data-marks=\"\(id(index))\"></a>"
            }
            guard !segment.range.isEmpty else { continue }
            let bytes = window.bytes[(segment.range.lowerBound - window.offset)..<(segment.range.upperBound - window.offset)]
            let text = HTML.text(String(decoding: bytes, as: UTF8.self))
            let covering = segment.covering.map { located[$0].index }
            if let worst = covering.map({ findings[$0].severity }).max() {
                let ids = covering.map(id).joined(separator: " ")
                output += "<mark class=\"\(worst.rawValue)\" data-marks=\"\(ids)\">\(text)</mark>"
            } else {
                output += text
            }
        }
        return output
    }
}
