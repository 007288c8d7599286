/// The sanitize run's HTML page for reviewers: for every cable, the lines of the original around
/// what was changed, each withheld or altered span highlighted with its reason and notice, beside
/// the public version as written, and the cable's rows of the Vaughn index. Parts are rendered
/// on the worker that sanitized the cable, from the bytes it read and what the manifest records,
/// and spilled like the manifest's entries.
enum SanitizeHTMLReport {
    static func head(_ summary: SanitizeSummary, tool: ToolInfo) -> String {
        var output = HTMLPage.start(title: "\(tool.name) sanitize report")
        output += "<header><h1>\(HTML.text(tool.name)) sanitize report</h1><p class=\"summary\">"
        output += "\(summary.written) of \(summary.cables) public version(s) written, \(summary.refused) refused, "
        output += "\(summary.verificationFailed) failed verification; \(summary.paragraphsWithheld) of "
        output += "\(summary.paragraphs) paragraph(s) withheld</p>"
        output += "<p class=\"legend\"><mark class=\"withheld\">withheld</mark> <mark class=\"redacted\">redacted</mark> "
        output += "<mark class=\"changed\">left out or rewritten</mark> <mark class=\"declassified\">declassified</mark></p></header>\n<main>\n"
        return output
    }

    static let tail = "</main>\n" + HTMLPage.end

    /// One cable's part. `bytes` are the bytes the cable was read from, starting at `bytesOffset`
    /// in the file (its outcome's offsets are the file's); `publicText` is the public version's
    /// text (nil when none was made).
    static func part(
        path: String, cable: Cable?, outcome: CableOutcome, bytes: [UInt8], bytesOffset: Int, publicText: String?
    ) -> String {
        var heading = "<code>\(HTML.text(path))</code>"
        if let record = outcome.record { heading += " <span class=\"record\">record \(record)</span>" }
        if let id = cable?.metadata.referenceID?.text { heading += " \(HTML.text(id))" }
        var output = "<section class=\"sanitized \(outcome.status.rawValue)\" data-path=\"\(HTML.attribute(path))\"><h2>\(heading)"
        output += " <span class=\"status\">\(outcome.status.rawValue)</span></h2>\n"
        if let reason = outcome.reason { output += "<p class=\"reason\">\(HTML.text(reason))</p>" }
        for problem in outcome.problems { output += "<p class=\"reason\">\(HTML.text(problem))</p>" }
        let alterations = outcome.version?.alterations ?? []
        if let publicText {
            output += "<div class=\"pair\"><div><h3>Original</h3>\(original(alterations, outcome: outcome, bytes: bytes, bytesOffset: bytesOffset))</div>"
            output += "<div><h3>Public version</h3><pre class=\"text\">\(publicHTML(publicText, alterations))</pre></div></div>\n"
        }
        output += vaughnTable(VaughnIndex.rows(cable: cable, outcome: outcome, path: path))
        return output + "</section>\n"
    }

    private static func cssClass(_ kind: Alteration.Kind) -> String {
        switch kind {
        case .withheldParagraph, .withheldField: "withheld"
        case .redactedText: "redacted"
        case .removedLine, .replacedLine: "changed"
        case .declassified: "declassified"
        }
    }

    /// The lines of the cable from a few before its first change to a few after its last, every
    /// change marked but those that overlap an earlier one or run past the cut. Works on indices
    /// of `bytes`, file offsets less `bytesOffset`.
    private static func original(
        _ alterations: [Alteration], outcome: CableOutcome, bytes: [UInt8], bytesOffset: Int
    ) -> String {
        let cableRange = outcome.range.map { range in
            min(max(0, range.start.offset - bytesOffset), bytes.count)..<min(max(0, range.end.offset - bytesOffset), bytes.count)
        } ?? 0..<bytes.count
        let spans = alterations.map { alteration in
            let (start, end) = (alteration.range.start.offset - bytesOffset, alteration.range.end.offset - bytesOffset)
            return (alteration, min(max(start, cableRange.lowerBound), cableRange.upperBound)
                ..< min(max(start, end, cableRange.lowerBound), cableRange.upperBound))
        }.sorted { $0.1.lowerBound < $1.1.lowerBound }
        guard let first = spans.first?.1.lowerBound, let last = spans.map(\.1.upperBound).max() else {
            return "<p class=\"missing\">nothing was changed</p>"
        }
        var from = SourceExcerpts.lineStart(in: bytes, before: first)
        from = max(from, cableRange.lowerBound)
        var to = min(SourceExcerpts.lineEnd(in: bytes, after: last), cableRange.upperBound)
        let cut = to - from > SourceExcerpts.maximumLength
        if cut { to = from + SourceExcerpts.maximumLength }
        // Changes in start order, each after the end of the one before and before the cut.
        var shown: [(alteration: Alteration, span: Range<Int>)] = []
        for (alteration, span) in spans where span.lowerBound >= (shown.last?.span.upperBound ?? from) && span.upperBound <= to {
            shown.append((alteration, span))
        }
        var output = from > cableRange.lowerBound ? "<div class=\"gap\">…</div>" : ""
        output += "<pre class=\"text\">"
        for segment in MarkedSegments(stretch: from..<to, spans: shown.map(\.span)).segments {
            let text = HTML.text(String(decoding: bytes[segment.range], as: UTF8.self))
            for index in segment.starting where shown[index].span.isEmpty { output += mark(shown[index].alteration, "") }
            output += segment.covering.first.map { mark(shown[$0].alteration, text) } ?? text
        }
        output += "</pre>"
        if cut { output += "<div class=\"gap\">… (cut at \(SourceExcerpts.maximumLength) bytes)</div>" }
        return output
    }

    /// `text` (escaped) marked as changed by `alteration`, its reason and notice in the title,
    /// and a withheld portion's notice after it.
    private static func mark(_ alteration: Alteration, _ text: String) -> String {
        let title = alteration.reason + (alteration.replacement.isEmpty ? "" : " → " + alteration.replacement)
        var output = "<mark class=\"\(cssClass(alteration.kind))\" title=\"\(HTML.attribute(title))\">\(text)</mark>"
        if !alteration.replacement.isEmpty, alteration.kind != .redactedText {
            output += "<span class=\"notice\">\(HTML.text(alteration.replacement))</span>"
        }
        return output
    }

    /// The public text with every notice and label it carries for a change marked.
    private static func publicHTML(_ text: String, _ alterations: [Alteration]) -> String {
        var output = HTML.text(text)
        let replacements = Set(alterations.filter { $0.kind != .replacedLine }.map(\.replacement).filter { !$0.isEmpty })
        for replacement in replacements.sorted(by: { $0.count > $1.count }) {
            let escaped = HTML.text(replacement)
            output = output.replacingOccurrences(of: escaped, with: "<mark class=\"notice\">\(escaped)</mark>")
        }
        return output
    }

    private static func vaughnTable(_ rows: [VaughnIndex.Row]) -> String {
        guard !rows.isEmpty else { return "" }
        let shown = ["portion", "level", "exemption", "basis", "notice"]
        let indices = shown.compactMap { VaughnIndex.columns.firstIndex(of: $0) }
        var output = "<table class=\"vaughn\"><thead><tr>" + shown.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            output += "<tr>" + indices.map { "<td>\(HTML.text(row[$0]))</td>" }.joined() + "</tr>"
        }
        return output + "</tbody></table>\n"
    }
}
