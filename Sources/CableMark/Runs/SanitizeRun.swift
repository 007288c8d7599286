import Foundation

/// Sanitizes input files on several threads, writing each verified public version as soon as it
/// is ready, then the manifest. Files are read as `check` reads them: a cables.csv dump of any
/// size a window at a time (`jobs` windows at once), every cable's manifest entry spilled to a
/// temporary file as soon as it is made, so that a run holds counts, not cables or entries.
public struct SanitizeRun: Sendable {
    public let sanitizer: Sanitizer
    public let verifier: PublicVersionVerifier
    public let digest: SaltedDigest
    public let layout: OutputLayout
    public let manifest: SanitizeManifest
    public let jobs: Int
    /// Where the Vaughn index goes (CSV), when the run writes one.
    public let vaughnIndexPath: String?
    /// Where the HTML report goes, when the run writes one.
    public let htmlReportPath: String?
    private let reader: StreamingReader

    public init(
        sanitizer: Sanitizer, digest: SaltedDigest, layout: OutputLayout, manifest: SanitizeManifest, jobs: Int,
        vaughnIndexPath: String? = nil, htmlReportPath: String? = nil
    ) {
        self.init(
            sanitizer: sanitizer, digest: digest, layout: layout, manifest: manifest, jobs: jobs,
            reader: StreamingReader(jobs: jobs), vaughnIndexPath: vaughnIndexPath, htmlReportPath: htmlReportPath)
    }

    /// `reader`: how files are read (tests use small windows).
    init(
        sanitizer: Sanitizer, digest: SaltedDigest, layout: OutputLayout, manifest: SanitizeManifest, jobs: Int,
        reader: StreamingReader, vaughnIndexPath: String? = nil, htmlReportPath: String? = nil
    ) {
        self.vaughnIndexPath = vaughnIndexPath
        self.htmlReportPath = htmlReportPath
        self.sanitizer = sanitizer
        verifier = PublicVersionVerifier(policy: sanitizer.policy, options: sanitizer.options)
        self.digest = digest
        self.layout = layout
        self.manifest = manifest
        self.jobs = jobs
        self.reader = reader
    }

    public struct Outcome: Sendable {
        /// Inputs that could not be collected, then the files in the order given.
        public var inputs: [SanitizedInput]
        public var summary: SanitizeSummary
        /// Why the manifest was not written, when it was not.
        public var manifestFailure: WriteError?
        /// Why the Vaughn index was not written, when one was asked for and it was not.
        public var vaughnIndexFailure: WriteError?
        /// Why the HTML report was not written, when one was asked for and it was not.
        public var htmlReportFailure: WriteError?

        /// The run's files that could not be written: manifest, Vaughn index, HTML report.
        public var failedFiles: Int {
            [manifestFailure, vaughnIndexFailure, htmlReportFailure].count { $0 != nil }
        }
    }

    /// Sanitizes `files` (sorted, as `InputCollector` gives them) and writes the manifest;
    /// `unusable` are inputs that could not be collected.
    public func run(files: [String], unusable: [InputError] = []) -> Outcome {
        let spill: SpillFile
        do throws(OutputError) {
            // Beside the outputs: a run that can write them can write this.
            try? FileManager.default.createDirectory(atPath: layout.directory, withIntermediateDirectories: true)
            spill = try SpillFile(directory: layout.directory)
        } catch {
            return Outcome(
                inputs: [], summary: SanitizeSummary(), manifestFailure: WriteError(path: error.path, problem: error.problem))
        }
        let inputs = Set(files.compactMap(FileIdentity.init(path:)))
        let claimedBy = Self.singleOutputOwners(files, layout: layout)
        let sanitized = orderedParallelMap(count: files.count, jobs: jobs) { index in
            process(files[index], inputs: inputs, claimedBy: claimedBy, spill: spill)
        }
        let all = unusable.map { SanitizedInput(path: $0.path, problem: $0.problem) } + sanitized
        var summary = SanitizeSummary()
        for input in all { summary.add(input) }
        var failure = all.lazy.compactMap(\.spillFailure).first.map { WriteError(path: $0.path, problem: $0.problem) }
        if failure == nil {
            do throws(WriteError) {
                try manifest.write(to: layout.manifestPath, inputs: all, summary: summary, spill: spill)
            } catch {
                failure = error
            }
        }
        var outcome = Outcome(inputs: all, summary: summary, manifestFailure: failure)
        if let vaughnIndexPath, failure == nil {
            do throws(WriteError) {
                try write(to: vaughnIndexPath, head: VaughnIndex.header, parts: all.map(\.vaughnRows), tail: "", spill: spill)
            } catch {
                outcome.vaughnIndexFailure = error
            }
        }
        if let htmlReportPath, failure == nil {
            do throws(WriteError) {
                try write(
                    to: htmlReportPath, head: SanitizeHTMLReport.head(summary, tool: manifest.tool), parts: all.map(\.htmlParts),
                    tail: SanitizeHTMLReport.tail, spill: spill)
            } catch {
                outcome.htmlReportFailure = error
            }
        }
        return outcome
    }

    /// A file of the run besides the manifest: its head, every input's spilled part, its tail.
    private func write(to path: String, head: String, parts: [SpilledPart], tail: String, spill: SpillFile) throws(WriteError) {
        try AtomicWriter.write(to: path) { output throws(WriteError) in
            try output.append(head)
            for part in parts { try output.append(part, from: spill) }
            try output.append(tail)
        }
    }

    /// For each one-cable output path, the first file (in input order) it belongs to: "x" and
    /// "x.txt" would both be written to "x.public.txt".
    private static func singleOutputOwners(_ files: [String], layout: OutputLayout) -> [String: String] {
        var owners: [String: String] = [:]
        for file in files {
            let output = layout.outputPath(for: file, record: nil)
            if owners[output] == nil { owners[output] = file }
        }
        return owners
    }

    /// One cable done: its counts, its line for the user when it was not written, its manifest
    /// entry (rendered on the thread that made it).
    private struct Done: Sendable {
        var counts: SanitizeSummary
        var notice: String?
        var entry: String
        /// Its rows of the Vaughn index, when the run writes one.
        var vaughnRows: String
        /// Its part of the HTML report, when the run writes one.
        var htmlPart: String
    }

    private func process(
        _ path: String, inputs: Set<FileIdentity>, claimedBy: [String: String], spill: SpillFile
    ) -> SanitizedInput {
        var input = SanitizedInput(path: path)
        var entries = JSONElements(indent: SanitizeManifest.cableIndent)
        // The digest is made of the bytes the reader reads, so that the file is read once.
        let fileDigest = digest.running()
        var handedOn = false
        do throws(InputError) {
            try reader.read(path: path, fileBytes: fileDigest.update) { results, piece in
                sanitize(results, piece: piece, path: path, inputs: inputs, claimedBy: claimedBy)
            } _: { done in
                handedOn = true
                for cable in done {
                    input.cables.add(cables: cable.counts)
                    if let notice = cable.notice { input.notices.append(notice) }
                    do throws(OutputError) {
                        try input.manifestEntries.append(entries.appendRendered(cable.entry), to: spill)
                        if !cable.vaughnRows.isEmpty { try input.vaughnRows.append(cable.vaughnRows, to: spill) }
                        if !cable.htmlPart.isEmpty { try input.htmlParts.append(cable.htmlPart, to: spill) }
                    } catch {
                        input.spillFailure = input.spillFailure ?? error
                    }
                }
            }
            input.digest = fileDigest.hexDigest()
        } catch {
            // The reader stopped before the file's end: its digest is read on its own.
            input.digest = digest.hexDigest(ofFileAt: path)
            guard input.digest != nil || handedOn else {
                let problem = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
                return SanitizedInput(path: path, problem: problem)
            }
            input.problem = error.problem
        }
        return input
    }

    /// Sanitizes the cables of one piece of a file (the whole file, or one record of a dump).
    private func sanitize(
        _ results: [ReadResult], piece: InputPiece, path: String, inputs: Set<FileIdentity>, claimedBy: [String: String]
    ) -> [Done] {
        let holdsRecords = !piece.isWholeFile || results.count > 1
        let wholeFileLocator = piece.isWholeFile ? SpanLocator(input: piece.bytes) : nil
        return results.enumerated().map { index, result in
            var outcome: CableOutcome
            var readCable: Cable?
            var publicText: String?
            switch result {
            case .unrecognized(_, let record, let range, let reason):
                outcome = CableOutcome(
                    record: record ?? (holdsRecords ? index + 1 : nil), range: range,
                    digest: holdsRecords ? digest.hexDigest(of: piece.bytes(of: range)) : nil, status: .refused,
                    reason: "not read as a cable: \(reason)", problems: [])
            case .cable(let cable):
                readCable = cable
                let record = holdsRecords ? cable.recordNumber ?? index + 1 : nil
                let locator = wholeFileLocator ?? SpanLocator(record: cable.range, in: piece.bytes, fileOffset: piece.offset)
                outcome = sanitize(cable, locator: locator, output: layout.outputPath(for: path, record: record))
                outcome.record = record
                outcome.digest = holdsRecords ? digest.hexDigest(of: piece.bytes(of: cable.range)) : nil
                if outcome.status == .written {
                    let text = outcome.version?.text
                    outcome = write(outcome, input: path, inputs: inputs, claimedBy: holdsRecords ? nil : claimedBy)
                    if outcome.status == .written { publicText = text }
                }
            }
            let htmlPart = htmlReportPath == nil ? "" : SanitizeHTMLReport.part(
                path: path, cable: readCable, outcome: outcome, bytes: piece.bytes, bytesOffset: piece.offset,
                publicText: publicText)
            var counts = SanitizeSummary()
            counts.add(outcome)
            let entry = manifest.cableEntry(outcome)
            let vaughnRows = vaughnIndexPath == nil ? "" : VaughnIndex.csv(cable: readCable, outcome: outcome, path: path)
            return Done(
                counts: counts, notice: Self.notice(outcome, path: path), entry: entry, vaughnRows: vaughnRows,
                htmlPart: htmlPart)
        }
    }

    /// The line the user is told about a cable without a public version.
    private static func notice(_ cable: CableOutcome, path: String) -> String? {
        guard cable.status != .written else { return nil }
        let place = cable.record.map { "\(path): record \($0)" } ?? path
        let details = cable.problems.isEmpty ? "" : ": " + cable.problems.joined(separator: "; ")
        return "\(place): \(cable.status.rawValue): \(cable.reason ?? "")\(details)"
    }

    /// Builds and verifies the public version; its status is `written` when it may be written.
    private func sanitize(_ cable: Cable, locator: SpanLocator, output: String) -> CableOutcome {
        switch sanitizer.sanitize(cable, locator: locator) {
        case .refused(let reason):
            return CableOutcome(range: cable.range, status: .refused, reason: reason, problems: [])
        case .publicVersion(let version):
            let problems = verifier.problems(in: version)
            return CableOutcome(
                range: cable.range, status: problems.isEmpty ? .written : .verificationFailed, outputPath: output,
                reason: problems.isEmpty ? nil : "verification failed: the public version was not written",
                problems: problems, version: version)
        }
    }

    /// Writes a verified public version unless its path names an input or another input's
    /// public version; drops its text afterwards.
    private func write(
        _ verified: CableOutcome, input: String, inputs: Set<FileIdentity>, claimedBy: [String: String]?
    ) -> CableOutcome {
        var outcome = verified
        guard var version = outcome.version, let output = outcome.outputPath else { return outcome }
        if let existing = FileIdentity(path: output), inputs.contains(existing) {
            outcome.status = .refused
            outcome.reason = "not written: \(output) is an input file, which is never overwritten"
        } else if let owner = claimedBy?[output], owner != input {
            outcome.status = .refused
            outcome.reason = "not written: \(output) is the public version of \(owner)"
        } else {
            do throws(WriteError) {
                try AtomicWriter.write(Array(version.text.utf8), to: output)
            } catch {
                outcome.status = .writeFailed
                outcome.reason = error.problem
            }
        }
        version.text = ""
        outcome.version = version
        return outcome
    }
}
