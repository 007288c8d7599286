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
                try output.append(JSONValue.indentation(Self.inputIndent) + frame.before)
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

    /// A cable's entry in its input's "cables".
    func cableJSON(_ cable: CableOutcome) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("record", .optional(cable.record)),
            ("range", cable.range.map(Self.rangeJSON) ?? .null),
            ("hmacSHA256", .optional(cable.digest)),
            ("status", .string(cable.status.rawValue)),
            ("output", .optional(cable.outputPath.map(relativeToOutput))),
            ("reason", .optional(cable.reason)),
            ("problems", .array(cable.problems.map(JSONValue.string))),
        ]
        if let version = cable.version {
            members += [
                ("level", .string(version.cableSensitivity.mark)),
                ("levelRaisedBy", .array(version.sensitivityRaisedBy.map(JSONValue.string))),
                ("paragraphs", .int(version.paragraphCount)),
                ("paragraphsWithheld", .int(version.withheldParagraphCount)),
                ("paragraphsDeclassified", .int(version.declassifiedParagraphCount)),
                ("alterations", .array(version.alterations.map(Self.alterationJSON))),
            ]
        }
        return .object(members)
    }

    private static func alterationJSON(_ alteration: Alteration) -> JSONValue {
        .object([
            ("kind", .string(alteration.kind.rawValue)),
            ("paragraph", .optional(alteration.paragraph)),
            ("field", .optional(alteration.field)),
            ("range", rangeJSON(alteration.range)),
            ("rangeIsExact", .bool(alteration.rangeIsExact)),
            ("rule", .string(alteration.rule)),
            ("operator", .string(alteration.operation)),
            ("reason", .string(alteration.reason)),
            ("replacement", .string(alteration.replacement)),
            ("mark", .optional(alteration.mark)),
            ("exemption", .optional(alteration.exemption)),
        ])
    }

    private static func rangeJSON(_ range: SourceRange) -> JSONValue {
        func position(_ position: SourcePosition) -> JSONValue {
            .object([
                ("line", .int(position.line)), ("column", .int(position.column)), ("offset", .int(position.offset)),
            ])
        }
        return .object([("start", position(range.start)), ("end", position(range.end))])
    }

    /// Output paths are written relative to the output directory, so a manifest moves with it.
    private func relativeToOutput(_ path: String) -> String {
        let base = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
