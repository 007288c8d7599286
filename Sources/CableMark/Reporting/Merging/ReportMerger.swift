import Foundation

/// A set of shard reports that cannot be merged, one line for the user.
public struct MergeError: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// `cablemark merge`: the cablemark JSON reports, or the SARIF logs, that the parts of a sharded
/// run wrote (`check --shard K/N`), combined into the report one run over all the files writes.
///
/// Findings, results and unreadable inputs are put in the order a single run gives them (file
/// by file, files sorted by path bytes; each file's own order kept, as one shard wrote it whole);
/// summary counts are added; everything else (tool, rules) must be the same in every report.
/// A file reported by two inputs means they are not parts of one run, and is refused.
///
/// Reports are read one at a time and only their frames are kept: the entries of the long
/// arrays are indexed as runs of one file's entries (their byte ranges), and copied from the
/// inputs into the merged report as it is written, so merging costs the memory of the largest
/// input, not of all of them.
public enum ReportMerger {
    public enum Format: String, Sendable {
        case json
        case sarif
    }

    public struct Merged: Sendable {
        public var format: Format
        /// The merged report's findings by severity.
        public var counts: [Severity: Int]
        public var hasUnreadableInputs: Bool
    }

    /// The long arrays: findings and unreadable inputs of a JSON report, results and
    /// notifications of a SARIF log.
    static let findingsArray = "findings"
    static let unreadableArray = "unreadableInputs"
    static let resultsArray = "runs/0/results"
    static let notificationsArray = "runs/0/invocations/0/toolExecutionNotifications"
    static let indexedArrays: Set<String> = [findingsArray, unreadableArray, resultsArray, notificationsArray]

    /// Merges the reports at `paths` (in any order) and writes the merged report to `place`.
    public static func merge(_ paths: [String], to place: OutputPlace) throws(MergeError) -> Merged {
        var documents: [Document] = []
        for path in paths {
            let document = try Document(path: path)
            if let first = documents.first, first.format != document.format {
                throw MergeError("\(path) is \(document.format.rawValue) but \(first.path) is \(first.format.rawValue)")
            }
            documents.append(document)
        }
        guard let first = documents.first else { throw MergeError("no report to merge") }
        var owners = FileOwners()
        var blocks: [String: [Block]] = [:]
        for name in indexedArrays {
            blocks[name] = try ordered(documents, array: name, owners: &owners)
        }
        let frame = try first.format == .json ? mergeJSON(documents) : mergeSARIF(documents)
        try write(frame, blocks: blocks, documents: documents, to: place)

        let results = first.format == .json ? findingsArray : resultsArray
        let unreadable = first.format == .json ? unreadableArray : notificationsArray
        var counts: [Severity: Int] = [:]
        for block in blocks[results] ?? [] {
            for (severity, count) in block.counts { counts[severity, default: 0] += count }
        }
        return Merged(format: first.format, counts: counts, hasUnreadableInputs: !(blocks[unreadable] ?? []).isEmpty)
    }

    /// One input report: its frame (every value but the long arrays, which are holes) and, for
    /// each long array, its entries as runs of one file's.
    private struct Document {
        var path: String
        var format: Format
        var frame: JSONValue
        var blocks: [String: [Block]]

        init(path: String) throws(MergeError) {
            let bytes = try Self.contents(of: path)
            var blocks: [String: [Block]] = [:]
            var unnamed = false
            let frame: JSONValue
            do {
                frame = try JSONValue.parse(bytes, indexing: ReportMerger.indexedArrays) { array, entry, range in
                    guard let file = ReportMerger.file(of: entry, in: array) else { return unnamed = true }
                    let severity = ReportMerger.severity(of: entry, in: array)
                    var list = blocks[array, default: []]
                    if let last = list.last, last.file == file {
                        list[list.count - 1].range = last.range.lowerBound..<range.upperBound
                        if let severity { list[list.count - 1].counts[severity, default: 0] += 1 }
                    } else {
                        list.append(Block(file: file, range: range, counts: severity.map { [$0: 1] } ?? [:]))
                    }
                    blocks[array] = list
                }
            } catch {
                throw MergeError("\(path): not JSON: \(error)")
            }
            guard let format = ReportMerger.format(of: frame) else {
                throw MergeError("\(path): neither a cablemark JSON report nor a SARIF log")
            }
            if unnamed { throw MergeError("\(path): an entry names no file") }
            self.path = path
            self.format = format
            self.frame = frame
            self.blocks = blocks
        }

        /// The file's bytes, read straight into one array (a report can be most of the memory a
        /// merge uses).
        private static func contents(of path: String) throws(MergeError) -> [UInt8] {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw MergeError(errno == ENOENT ? "\(path): no such file" : "\(path): cannot be read")
            }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
                throw MergeError("\(path): cannot be read")
            }
            var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
            var done = 0
            while done < bytes.count {
                let count = bytes.withUnsafeMutableBytes { buffer in read(descriptor, buffer.baseAddress! + done, buffer.count - done) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw MergeError("\(path): cannot be read") }
                done += count
            }
            return bytes
        }
    }

    /// A run of entries of one file in one input: where they lie, and their findings by severity.
    private struct Block {
        var file: String
        var range: Range<Int>
        var counts: [Severity: Int]
        /// The input it lies in, once ordered.
        var input = 0
    }

    private static func format(of frame: JSONValue) -> Format? {
        if frame["runs"]?.arrayValue != nil, frame["version"]?.stringValue == "2.1.0" { return .sarif }
        if frame["summary"] != nil, case .hole? = frame["findings"], frame["version"]?.intValue != nil { return .json }
        return nil
    }

    /// The input file an entry of `array` is about.
    private static func file(of entry: JSONValue, in array: String) -> String? {
        switch array {
        case findingsArray, unreadableArray: entry["path"]?.stringValue
        default: artifactPath(entry)
        }
    }

    /// A finding's or result's severity; nil for other entries.
    private static func severity(of entry: JSONValue, in array: String) -> Severity? {
        switch array {
        case findingsArray: return entry["severity"]?.stringValue.flatMap { Severity(name: $0) }
        case resultsArray:
            switch entry["level"]?.stringValue {
            case "error": return .error
            case "warning": return .warning
            case "note": return .note
            default: return nil
            }
        default: return nil
        }
    }

    /// The blocks of every input's `array`, file by file (files in path byte order, the same
    /// file only from one input, each input's own order kept).
    private static func ordered(
        _ documents: [Document], array: String, owners: inout FileOwners
    ) throws(MergeError) -> [Block] {
        var all: [(key: String, input: Int, index: Int, block: Block)] = []
        for (input, document) in documents.enumerated() {
            for (index, var block) in (document.blocks[array] ?? []).enumerated() {
                let key = InputOrder.normalized(block.file)
                try owners.claim(key, input: input, name: document.path)
                block.input = input
                all.append((key, input, index, block))
            }
        }
        all.sort { lhs, rhs in
            if lhs.key != rhs.key { return InputOrder.bytesPrecede(lhs.key, rhs.key) }
            return (lhs.input, lhs.index) < (rhs.input, rhs.index)
        }
        return all.map(\.block)
    }

    /// The merged frame, then each hole's blocks copied from the inputs, elements joined as the
    /// reporters join them.
    private static func write(
        _ frame: JSONValue, blocks: [String: [Block]], documents: [Document], to place: OutputPlace
    ) throws(MergeError) {
        var inputs: [Int32] = []
        defer { inputs.forEach { close($0) } }
        for document in documents {
            let descriptor = open(document.path, O_RDONLY)
            guard descriptor >= 0 else { throw MergeError("\(document.path): cannot be read") }
            inputs.append(descriptor)
        }
        do throws(OutputError) {
            let (segments, holes) = frame.renderedAroundHoles()
            let output = try ReportOutput(place)
            for (index, segment) in segments.enumerated() {
                try output.write(segment)
                guard index < holes.count else { continue }
                for (number, block) in (blocks[holes[index].name] ?? []).enumerated() {
                    try output.write((number > 0 ? ",\n" : "") + JSONWriter.indentation(holes[index].elementIndent))
                    try copy(block.range, from: inputs[block.input], name: documents[block.input].path, to: output)
                }
            }
            try output.write("\n")
            try output.commit()
        } catch {
            throw MergeError(error.description)
        }
    }

    /// Copies `range` of an input into the output, a MiB at a time.
    private static func copy(_ range: Range<Int>, from descriptor: Int32, name: String, to output: ReportOutput) throws(OutputError) {
        var buffer = [UInt8](repeating: 0, count: min(range.count, 1 << 20))
        var done = range.lowerBound
        while done < range.upperBound {
            let count = buffer.withUnsafeMutableBytes { bytes in
                pread(descriptor, bytes.baseAddress!, min(bytes.count, range.upperBound - done), off_t(done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw OutputError(path: name, problem: "cannot be read back") }
            try output.write(Array(buffer[..<count]))
            done += count
        }
    }

    // MARK: - cablemark JSON

    private static func mergeJSON(_ documents: [Document]) throws(MergeError) -> JSONValue {
        try mergeObjects(documents.map { ($0.path, $0.frame) }, context: "the report") { key, values throws(MergeError) in
            switch key {
            case "summary": return try sum(values, name: "summary")
            case findingsArray, unreadableArray: return hole(values, name: key)
            default: return nil
            }
        }
    }

    /// A hole for the merged array: empty when every input's is.
    private static func hole(_ values: [(path: String, value: JSONValue)], name: String) -> JSONValue {
        let isEmpty = values.allSatisfy { if case .hole(true, _) = $0.value { true } else { false } }
        return .hole(isEmpty: isEmpty, name: name)
    }

    /// Counts added member by member; a null (no baseline in that run) adds nothing.
    private static func sum(_ values: [(path: String, value: JSONValue)], name: String) throws(MergeError) -> JSONValue {
        let present = values.filter { if case .null = $0.value { false } else { true } }
        guard let first = present.first else { return .null }
        switch first.value {
        case .int:
            var total = 0
            for (path, value) in present {
                guard let number = value.intValue else { throw MergeError("\(path): \"\(name)\" is not a count") }
                total += number
            }
            return .int(total)
        case .object(let members):
            var summed: [(String, JSONValue)] = []
            for (key, _) in members {
                var column: [(path: String, value: JSONValue)] = []
                for (path, value) in present {
                    guard let member = value[key] else { throw MergeError("\(path): \"\(name)\" has no \"\(key)\"") }
                    column.append((path, member))
                }
                summed.append((key, try sum(column, name: "\(name).\(key)")))
            }
            return .object(summed)
        default:
            throw MergeError("\(first.path): \"\(name)\" is not a count")
        }
    }

    // MARK: - SARIF

    private static func mergeSARIF(_ documents: [Document]) throws(MergeError) -> JSONValue {
        var runs: [(path: String, value: JSONValue)] = []
        for document in documents {
            guard let documentRuns = document.frame["runs"]?.arrayValue, documentRuns.count == 1 else {
                throw MergeError("\(document.path): a shard's SARIF log holds exactly one run")
            }
            runs.append((document.path, documentRuns[0]))
        }
        let run = try mergeObjects(runs, context: "the run") { key, values throws(MergeError) in
            switch key {
            case "results": return hole(values, name: resultsArray)
            case "invocations": return try mergeInvocations(values)
            default: return nil
            }
        }
        return try mergeObjects(documents.map { ($0.path, $0.frame) }, context: "the log") { key, _ in
            key == "runs" ? .array([run]) : nil
        }
    }

    /// One invocation: successful when every shard's was, with every shard's notifications.
    private static func mergeInvocations(_ values: [(path: String, value: JSONValue)]) throws(MergeError) -> JSONValue {
        var invocations: [(path: String, value: JSONValue)] = []
        for (path, value) in values {
            guard let list = value.arrayValue, list.count == 1 else {
                throw MergeError("\(path): a shard's run has exactly one invocation")
            }
            invocations.append((path, list[0]))
        }
        let merged = try mergeObjects(invocations, context: "the invocation") { key, values throws(MergeError) in
            switch key {
            case "executionSuccessful":
                return .bool(values.allSatisfy { if case .bool(true) = $0.value { true } else { false } })
            case "toolExecutionNotifications": return hole(values, name: notificationsArray)
            default: return nil
            }
        }
        return .array([merged])
    }

    /// The input path a SARIF result or notification is about: its first location's URI,
    /// percent-decoded, "file://" dropped.
    private static func artifactPath(_ value: JSONValue) -> String? {
        guard let uri = value["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue
        else { return nil }
        var bytes: [UInt8] = []
        var encoded = Array(uri.utf8)
        if encoded.starts(with: "file://".utf8) { encoded.removeFirst(7) }
        var index = 0
        while index < encoded.count {
            if encoded[index] == UInt8(ascii: "%"), index + 2 < encoded.count,
                let byte = UInt8(String(decoding: encoded[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(encoded[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Shared

    /// An object with the first input's keys in its order: `merge` decides a key's value (nil:
    /// every input must have the same value there).
    private static func mergeObjects(
        _ inputs: [(path: String, value: JSONValue)], context: String,
        merge: (String, [(path: String, value: JSONValue)]) throws(MergeError) -> JSONValue?
    ) throws(MergeError) -> JSONValue {
        guard case .object(let firstMembers) = inputs[0].value else { throw MergeError("\(inputs[0].path): \(context) is not an object") }
        let keys = firstMembers.map(\.0)
        var members: [(String, JSONValue)] = []
        for (path, value) in inputs {
            guard case .object(let own) = value, own.map(\.0) == keys else {
                throw MergeError("\(path): \(context) has other fields than in \(inputs[0].path)")
            }
        }
        for key in keys {
            let values = inputs.map { (path: $0.path, value: $0.value[key] ?? .null) }
            if let merged = try merge(key, values) {
                members.append((key, merged))
                continue
            }
            let expected = values[0].value.rendered()
            if let other = values.first(where: { $0.value.rendered() != expected }) {
                throw MergeError("\(other.path): \"\(key)\" differs from \(values[0].path)'s: not parts of one run")
            }
            members.append((key, values[0].value))
        }
        return .object(members)
    }

    /// Which input reported each file: parts of one run never share one.
    private struct FileOwners {
        private var owners: [String: (input: Int, name: String)] = [:]

        mutating func claim(_ file: String, input: Int, name: String) throws(MergeError) {
            if let owner = owners[file], owner.input != input {
                throw MergeError("\(owner.name) and \(name) both report \(file): not parts of one run")
            }
            owners[file] = (input, name)
        }
    }
}
