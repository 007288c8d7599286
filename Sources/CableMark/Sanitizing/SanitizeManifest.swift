/// The manifest a sanitize run writes beside its public versions (`sanitize-manifest.json`):
/// what was read, what was written where, and every withheld or changed span with its place in
/// the input, its reason, rule and operator. Keys keep a fixed order; nothing in it depends on
/// the clock except the as-of date, so two runs with the same salt write the same manifest.
public struct SanitizeManifest: Sendable {
    /// Bumped when a key changes meaning or goes away. 2: the digests of inputs and cables are
    /// under "hmacSHA256" (format 1 called them "sha256").
    public static let formatVersion = 2
    /// The version of the sanitizer's own withholding rules (the fixed rules, as opposed to the
    /// policy's redaction rules).
    public static let withholdingRulesVersion = "2"
    public static let withholdingRules = [
        "withhold-above-release", "withhold-unmarked", "withhold-unreadable-mark", "withhold-repeated-text",
        "withhold-marked-text", "withhold-header-field", "classification-line", "classified-by", "derived-from", "caption",
        TextRedactor.handlingMarkerRule, TextRedactor.classifierRule, "declassify-expired",
    ]

    public var tool: ToolInfo
    public var policy: RedactionPolicy
    public var options: SanitizeOptions
    public var salt: String
    public var outputDirectory: String

    public init(tool: ToolInfo, policy: RedactionPolicy, options: SanitizeOptions, salt: String, outputDirectory: String) {
        self.tool = tool
        self.policy = policy
        self.options = options
        self.salt = salt
        self.outputDirectory = outputDirectory
    }

    /// Inputs are the elements of the top object's "inputs" array; a cable, of its input's
    /// "cables" array.
    static let inputIndent = 2
    static let cableIndent = 4

    /// Writes the manifest whole or not at all: the head, each input with its cables' entries
    /// (spilled to `spill` as the run went), the tail.
    func write(to path: String, inputs: [SanitizedInput], summary: SanitizeSummary, spill: SpillFile) throws(WriteError) {
        let document = document(summary: summary, isEmpty: inputs.isEmpty).renderedAroundHole()
        try AtomicWriter.write(to: path) { output throws(WriteError) in
            try output.append(document.before)
            for (index, input) in inputs.enumerated() {
                if index > 0 { try output.append(",\n") }
                let frame = inputJSON(input).renderedAroundHole(indent: Self.inputIndent)
                try output.append(JSONWriter.indentation(Self.inputIndent) + frame.before)
                try output.append(input.manifestEntries, from: spill)
                try output.append(frame.after)
            }
            try output.append(document.after + "\n")
        }
    }

    private func document(summary: SanitizeSummary, isEmpty: Bool) -> JSONValue {
        JSONValue.object([
            ("format", .int(Self.formatVersion)),
            ("tool", .object([("name", .string(tool.name)), ("version", .string(tool.version))])),
            ("policy", policyJSON),
            (
                "withholdingRules",
                .object([
                    ("version", .string(Self.withholdingRulesVersion)),
                    ("rules", .array(Self.withholdingRules.map(JSONValue.string))),
                ])
            ),
            (
                "options",
                .object([
                    ("releaseLevel", .string(options.releaseLevel.abbreviation)),
                    ("asOf", .string(options.asOf.description)),
                    ("declassifyExpired", .bool(options.declassifyExpired)),
                ])
            ),
            (
                "digest",
                .object([
                    ("algorithm", .string("HMAC-SHA-256")),
                    ("of", .string("the input's bytes, keyed with the salt's UTF-8 bytes")),
                    ("salt", .string(salt)),
                ])
            ),
            ("outputDirectory", .string(outputDirectory)),
            ("summary", Self.summaryJSON(summary)),
            ("inputs", .hole(isEmpty: isEmpty)),
        ])
    }

    private var policyJSON: JSONValue {
        .object([
            ("name", .string(policy.name)),
            ("version", .string(policy.version)),
            ("source", .string(policy.source)),
            ("noticeStyle", .string(policy.noticeStyle.rawValue)),
            ("handlingMarkers", .array(policy.handlingMarkers.map(JSONValue.string))),
            (
                "rules",
                .array(
                    policy.rules.map { rule in
                        var members: [(String, JSONValue)] = [
                            ("id", .string(rule.id)), ("kind", .string(rule.matcher.kind)),
                            ("operator", .string(rule.operation.name)),
                        ]
                        if case .replace(let label) = rule.operation { members.append(("label", .string(label))) }
                        return .object(members)
                    })
            ),
        ])
    }

    private static func summaryJSON(_ summary: SanitizeSummary) -> JSONValue {
        .object([
            ("inputs", .int(summary.inputs)),
            ("unusableInputs", .int(summary.unusableInputs)),
            ("cables", .int(summary.cables)),
            ("written", .int(summary.written)),
            ("refused", .int(summary.refused)),
            ("verificationFailed", .int(summary.verificationFailed)),
            ("writeFailed", .int(summary.writeFailed)),
            ("paragraphs", .int(summary.paragraphs)),
            ("paragraphsWithheld", .int(summary.paragraphsWithheld)),
            ("paragraphsDeclassified", .int(summary.paragraphsDeclassified)),
        ])
    }

    /// An input's entry, its cables left as a hole.
    private func inputJSON(_ input: SanitizedInput) -> JSONValue {
        .object([
            ("path", .string(input.path)),
            ("hmacSHA256", .optional(input.digest)),
            ("problem", .optional(input.problem)),
            ("cables", .hole(isEmpty: input.cables.cables == 0)),
        ])
    }

    /// A cable's entry in its input's "cables", rendered at `cableIndent`: written without a
    /// `JSONValue`, as a run writes one per cable.
    func cableEntry(_ cable: CableOutcome) -> String {
        var writer = JSONWriter(level: Self.cableIndent)
        writer.beginObject()
        writer.member("record", cable.record)
        writer.key("range")
        if let range = cable.range { Self.write(range, to: &writer) } else { writer.null() }
        writer.member("hmacSHA256", cable.digest)
        writer.member("status", cable.status.rawValue)
        writer.member("output", cable.outputPath.map(relativeToOutput))
        writer.member("reason", cable.reason)
        writer.key("problems")
        Self.write(cable.problems, to: &writer)
        if let version = cable.version {
            writer.member("level", version.cableSensitivity.mark)
            writer.key("levelRaisedBy")
            Self.write(version.sensitivityRaisedBy, to: &writer)
            writer.member("paragraphs", version.paragraphCount)
            writer.member("paragraphsWithheld", version.withheldParagraphCount)
            writer.member("paragraphsDeclassified", version.declassifiedParagraphCount)
            writer.key("alterations")
            writer.beginArray()
            for alteration in version.alterations { Self.write(alteration, to: &writer) }
            writer.endArray()
        }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private static func write(_ alteration: Alteration, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("kind", alteration.kind.rawValue)
        writer.member("paragraph", alteration.paragraph)
        writer.member("field", alteration.field)
        writer.key("range")
        write(alteration.range, to: &writer)
        writer.member("rangeIsExact", alteration.rangeIsExact)
        writer.member("rule", alteration.rule)
        writer.member("operator", alteration.operation)
        writer.member("reason", alteration.reason)
        writer.member("replacement", alteration.replacement)
        writer.member("mark", alteration.mark)
        writer.member("exemption", alteration.exemption)
        writer.endObject()
    }

    private static func write(_ strings: [String], to writer: inout JSONWriter) {
        writer.beginArray()
        for string in strings { writer.string(string) }
        writer.endArray()
    }

    /// `{"start": {"line", "column", "offset"}, "end": {…}}`.
    private static func write(_ range: SourceRange, to writer: inout JSONWriter) {
        writer.range(
            from: (range.start.line, range.start.column, range.start.offset),
            to: (range.end.line, range.end.column, range.end.offset))
    }

    /// Output paths are written relative to the output directory, so a manifest moves with it.
    private func relativeToOutput(_ path: String) -> String {
        let base = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
