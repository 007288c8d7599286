import ArgumentParser
import CableMark
import Foundation

struct SanitizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanitize",
        abstract: "Write redacted public versions of cables that withhold every portion above the release level.",
        discussion: """
            Each cable's public version is plain text in telegram layout, whatever the input's \
            format: the classification line at the release level, a line saying it is a sanitized \
            version (tool and policy named), the E.O., TAGS, SUBJECT and REF lines, and the numbered \
            paragraphs. Every paragraph above the release level becomes a notice keeping its number: \
            "3. [withheld: (C), E.O. 12958 1.4(d)]", or "3. [(b)(1) 1.4(d)]" under a policy with \
            <notices style="foia"/>. At release U, SBU and LOU paragraphs are \
            withheld too; a paragraph without a readable mark takes the cable's own level (an UNCLAS \
            cable with the SENSITIVE caption is SBU). Captions, handling markers (SIPDIS …), the \
            Classified By line and what the policy's rules name (e-mail addresses, telephone and \
            passport numbers, term lists) are removed. A cable that cannot be read, or whose \
            classification line names no level, gets no public version.

            Every public version is parsed again and searched for the withheld text before it is \
            written; a failure blocks that cable's write.

            OUTPUT LAYOUT (under --out, mirroring the inputs below their common root)
              lima/0590.txt  ->  DIR/lima/0590.public.txt
              page.html      ->  DIR/page.html.public.txt
              cables.csv     ->  DIR/cables.csv.public/record-0001.txt, …
              DIR/sanitize-manifest.json: each input and record, its output or
              refusal, every withheld or changed span (input line, column and
              offset; reason; rule; operator), salted HMAC-SHA-256 digests, versions.
            Files are written whole (a hidden .cablemark-partial-* file renamed \
            into place); an input file is never overwritten. Directory walks \
            skip earlier public versions and manifests, and the next run \
            removes partial files an interrupted run left.

            EXIT STATUS
              0   every cable's public version was written
              1   a cable was refused (unreadable, no readable classification
                  line, or its output would overwrite an input) or failed
                  verification
              2   an input, the policy or an output file could not be used
              64  bad usage: unknown option, bad value, missing argument
            """
    )

    enum ReleaseLevel: String, ExpressibleByArgument, CaseIterable {
        case u = "U"
        case c = "C"
        case s = "S"

        init?(argument: String) {
            self.init(rawValue: argument.uppercased())
        }

        var level: ClassificationLevel {
            switch self {
            case .u: .unclassified
            case .c: .confidential
            case .s: .secret
            }
        }
    }

    @Argument(help: ArgumentHelp("Cable files or directories (searched recursively).", valueName: "path"))
    var paths: [String] = []

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("Directory for the public versions and the manifest.", valueName: "dir"))
    var outDirectory: String

    @Option(help: ArgumentHelp("Release level: U (the public), C or S.", valueName: "level"))
    var release: ReleaseLevel = .u

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Day DECL dates are judged against, YYYY-MM-DD (default: today, UTC).", valueName: "date"))
    var asOf: String?

    @Flag(help: "Release classified portions of cables whose DECL date has passed as of --as-of.")
    var declassifyExpired = false

    @Option(help: ArgumentHelp("Redaction policy XML (default: the built-in cablemark-default).", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("Key for the manifest's HMAC-SHA-256 digests (default: random per run).", valueName: "text"))
    var salt: String?

    @Option(help: ArgumentHelp("Files sanitized at once (default: the number of active processors).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Also write the Vaughn index (one row per withheld portion) to this CSV file.", valueName: "file"))
    var vaughn: String?

    @Option(help: ArgumentHelp("Also write an HTML report, originals beside their public versions: html:FILE.", valueName: "html:file"))
    var report: String?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("no input: give cable files or directories") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        try RunDate.validate(asOf: asOf)
        if let salt, salt.isEmpty { throw ValidationError("--salt must not be empty") }
        if let report, htmlReportPath == nil { throw ValidationError("--report '\(report)': write html:FILE") }
    }

    /// The file `--report html:FILE` names.
    private var htmlReportPath: String? {
        guard let report, report.hasPrefix("html:"), report.count > 5 else { return nil }
        return String(report.dropFirst(5))
    }

    func run() throws {
        let loaded: RedactionPolicy
        do throws(RedactionPolicyError) {
            if let policy {
                loaded = try RedactionPolicyLoader.load(path: policy)
            } else {
                loaded = try RedactionPolicyLoader.builtIn()
            }
        } catch {
            throw CommandFailure(error)
        }
        let options = SanitizeOptions(
            releaseLevel: release.level, asOf: RunDate.resolve(asOf: asOf),
            declassifyExpired: declassifyExpired)

        PartialFiles.shared.removeOnInterrupt()
        do {
            try FileManager.default.createDirectory(atPath: outDirectory, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("\(outDirectory): cannot create the output directory")
        }
        let swept = PartialFiles.sweep(outDirectory)
        if !swept.isEmpty {
            Diagnostics.write(
                "cablemark: removed \(swept.count) partial file(s) an interrupted run left in \(outDirectory)\n")
        }

        let collection = try InputCollector.collectSome(paths, selection: InputSelection())
        let named = Set(paths.map(OutputLayout.absolutePath))
        let files = collection.files.filter {
            named.contains(OutputLayout.absolutePath($0)) || !OutputLayout.isSanitizeOutput($0)
        }
        for (written, what) in [(vaughn, "the Vaughn index"), (htmlReportPath, "the report")] {
            if let written, files.contains(where: { OutputLayout.absolutePath($0) == OutputLayout.absolutePath(written) }) {
                throw CommandFailure("\(written): is an input file; \(what) is never written over an input")
            }
        }
        let runSalt = salt ?? SaltedDigest.randomSalt()
        let layout = OutputLayout(directory: outDirectory, arguments: paths)
        let manifest = SanitizeManifest(
            tool: .cablemark, policy: loaded, options: options, salt: runSalt, outputDirectory: outDirectory)
        let run = SanitizeRun(
            sanitizer: Sanitizer(policy: loaded, options: options), digest: SaltedDigest(salt: runSalt), layout: layout,
            manifest: manifest, jobs: jobs, vaughnIndexPath: vaughn, htmlReportPath: htmlReportPath)
        let outcome = run.run(files: files, unusable: collection.errors)
        for input in outcome.inputs {
            if let problem = input.problem { Diagnostics.error("\(input.path): \(problem)") }
            input.notices.forEach { Diagnostics.write($0 + "\n") }
        }
        if let failure = outcome.manifestFailure { Diagnostics.error(failure.description) }
        if let failure = outcome.vaughnIndexFailure { Diagnostics.error(failure.description) }
        if let failure = outcome.htmlReportFailure { Diagnostics.error(failure.description) }
        StandardOutput.write(
            Self.summaryLine(outcome.summary, manifest: outcome.manifestFailure == nil ? layout.manifestPath : nil))
        let status = ExitStatus.of(outcome)
        if status != .clean { throw ExitCode(status.rawValue) }
    }

    /// `manifest`: its path, nil when it could not be written.
    static func summaryLine(_ summary: SanitizeSummary, manifest: String?) -> String {
        "\(summary.written) of \(summary.cables) public version(s) written, \(summary.refused) refused, "
            + "\(summary.verificationFailed) failed verification; \(summary.paragraphsWithheld) of "
            + "\(summary.paragraphs) paragraph(s) withheld; " + (manifest.map { "manifest: \($0)" } ?? "no manifest written") + "\n"
    }
}
