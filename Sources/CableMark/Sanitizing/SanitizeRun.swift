import Foundation

/// Sanitizes input files on several threads, writing each verified public version as soon as it
/// is ready; the outcomes come back in input order whatever order the threads finish in.
public struct SanitizeRun: Sendable {
    public let sanitizer: Sanitizer
    public let verifier: PublicVersionVerifier
    public let digest: SaltedDigest
    public let layout: OutputLayout
    public let jobs: Int
    /// Reads a file's bytes into cables: `CableReader.read(bytes:path:)`.
    public let read: @Sendable ([UInt8], String) -> [ReadResult]

    public init(
        sanitizer: Sanitizer, digest: SaltedDigest, layout: OutputLayout, jobs: Int,
        read: @escaping @Sendable ([UInt8], String) -> [ReadResult]
    ) {
        self.sanitizer = sanitizer
        verifier = PublicVersionVerifier(policy: sanitizer.policy, options: sanitizer.options)
        self.digest = digest
        self.layout = layout
        self.jobs = jobs
        self.read = read
    }

    /// Sanitizes `files` (sorted, as `InputCollector` gives them).
    public func run(files: [String]) -> [InputOutcome] {
        let inputs = Set(files.compactMap(FileIdentity.init(path:)))
        let claimedBy = Self.singleOutputOwners(files, layout: layout)
        return orderedParallelMap(count: files.count, jobs: jobs) { index in
            process(files[index], inputs: inputs, claimedBy: claimedBy)
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

    private func process(_ path: String, inputs: Set<FileIdentity>, claimedBy: [String: String]) -> InputOutcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return InputOutcome(
                path: path, digest: nil, problem: exists ? "cannot be read" : "no such file", cables: [])
        }
        let bytes = [UInt8](data)
        let results = read(bytes, path)
        let locator = SpanLocator(input: bytes)
        let holdsRecords = results.count > 1
        var cables: [CableOutcome] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .unrecognized(_, let record, let range, let reason):
                cables.append(
                    CableOutcome(
                        record: record ?? (holdsRecords ? index + 1 : nil), range: range,
                        digest: holdsRecords ? digest.hexDigest(of: Self.slice(bytes, range)) : nil, status: .refused,
                        reason: "not read as a cable: \(reason)", problems: []))
            case .cable(let cable):
                let record = holdsRecords ? cable.recordNumber ?? index + 1 : nil
                var outcome = sanitize(cable, locator: locator, output: layout.outputPath(for: path, record: record))
                outcome.record = record
                outcome.digest = holdsRecords ? digest.hexDigest(of: Self.slice(bytes, cable.range)) : nil
                if outcome.status == .written {
                    outcome = write(outcome, input: path, inputs: inputs, claimedBy: holdsRecords ? nil : claimedBy)
                }
                cables.append(outcome)
            }
        }
        return InputOutcome(path: path, digest: digest.hexDigest(of: bytes[...]), problem: nil, cables: cables)
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

    private static func slice(_ bytes: [UInt8], _ range: SourceRange) -> ArraySlice<UInt8> {
        let start = min(max(0, range.start.offset), bytes.count)
        return bytes[start..<min(max(start, range.end.offset), bytes.count)]
    }
}

/// A file's device and inode: the same file under any name or link.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
