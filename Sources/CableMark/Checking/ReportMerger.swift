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
public enum ReportMerger {
    public enum Format: String, Sendable {
        case json
        case sarif
    }

    public struct Merged: Sendable {
        public var text: String
        public var format: Format
        /// The severity of every finding in the merged report.
        public var severities: [Severity]
        public var hasUnreadableInputs: Bool

        /// The status the single run would have exited with.
        public func exitStatus(failOn threshold: FailThreshold) -> ExitStatus {
            if hasUnreadableInputs { return .unusable }
            return severities.contains(where: threshold.fails) ? .findings : .clean
        }
    }

    /// `inputs`: each report's path (for messages) and bytes, in any order.
    public static func merge(_ inputs: [(path: String, bytes: [UInt8])]) throws(MergeError) -> Merged {
        var documents: [Document] = []
        for input in inputs {
            let value: JSONValue
            do {
                value = try JSONValue.parse(input.bytes)
            } catch {
                throw MergeError("\(input.path): not JSON: \(error)")
            }
            guard let format = Self.format(of: value) else {
                throw MergeError("\(input.path): neither a cablemark JSON report nor a SARIF log")
            }
            if let first = documents.first, first.format != format {
                throw MergeError("\(input.path) is \(format.rawValue) but \(first.path) is \(first.format.rawValue)")
            }
            documents.append(Document(path: input.path, format: format, value: value))
        }
        guard let first = documents.first else { throw MergeError("no report to merge") }
        switch first.format {
        case .json: return try mergeJSON(documents)
        case .sarif: return try mergeSARIF(documents)
        }
    }

    private struct Document {
        var path: String
        var format: Format
        var value: JSONValue
    }

    private static func format(of value: JSONValue) -> Format? {
        if value["runs"]?.arrayValue != nil, value["version"]?.stringValue == "2.1.0" { return .sarif }
        if value["summary"] != nil, value["findings"]?.arrayValue != nil, value["version"]?.intValue != nil { return .json }
        return nil
    }

    // MARK: - cablemark JSON

    private static func mergeJSON(_ documents: [Document]) throws(MergeError) -> Merged {
        var owners = FileOwners()
        let merged = try mergeObjects(documents.map { ($0.path, $0.value) }, context: "the report") { key, values throws(MergeError) in
            switch key {
            case "summary": return try sum(values, name: "summary")
            case "findings", "unreadableInputs":
                return .array(try ordered(values, owners: &owners) { $0["path"]?.stringValue })
            default: return nil
            }
        }
        let severities = (merged["findings"]?.arrayValue ?? []).compactMap { $0["severity"]?.stringValue.flatMap(Severity.init) }
        let unreadable = !(merged["unreadableInputs"]?.arrayValue ?? []).isEmpty
        return Merged(text: merged.rendered() + "\n", format: .json, severities: severities, hasUnreadableInputs: unreadable)
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

    private static func mergeSARIF(_ documents: [Document]) throws(MergeError) -> Merged {
        var runs: [(path: String, value: JSONValue)] = []
        for document in documents {
            guard let documentRuns = document.value["runs"]?.arrayValue, documentRuns.count == 1 else {
                throw MergeError("\(document.path): a shard's SARIF log holds exactly one run")
            }
            runs.append((document.path, documentRuns[0]))
        }
        var owners = FileOwners()
        let run = try mergeObjects(runs, context: "the run") { key, values throws(MergeError) in
            switch key {
            case "results": return .array(try ordered(values, owners: &owners, path: Self.artifactPath))
            case "invocations": return try mergeInvocations(values, owners: &owners)
            default: return nil
            }
        }
        let log = try mergeObjects(documents.map { ($0.path, $0.value) }, context: "the log") { key, _ in
            key == "runs" ? .array([run]) : nil
        }
        let severities = (run["results"]?.arrayValue ?? []).compactMap { result -> Severity? in
            switch result["level"]?.stringValue {
            case "error": .error
            case "warning": .warning
            case "note": .info
            default: nil
            }
        }
        let notifications = (run["invocations"]?.arrayValue ?? []).flatMap { $0["toolExecutionNotifications"]?.arrayValue ?? [] }
        return Merged(text: log.rendered() + "\n", format: .sarif, severities: severities, hasUnreadableInputs: !notifications.isEmpty)
    }

    /// One invocation: successful when every shard's was, with every shard's notifications.
    private static func mergeInvocations(
        _ values: [(path: String, value: JSONValue)], owners: inout FileOwners
    ) throws(MergeError) -> JSONValue {
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
            case "toolExecutionNotifications":
                return .array(try ordered(values, owners: &owners, path: Self.artifactPath))
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

    /// The arrays' elements, file by file (files in path byte order, the same file only from one
    /// input, each input's own order kept).
    private static func ordered(
        _ arrays: [(path: String, value: JSONValue)], owners: inout FileOwners, path: (JSONValue) -> String?
    ) throws(MergeError) -> [JSONValue] {
        var entries: [(key: String, input: Int, index: Int, value: JSONValue)] = []
        for (input, (reportPath, array)) in arrays.enumerated() {
            guard let elements = array.arrayValue else { throw MergeError("\(reportPath): expected an array") }
            for (index, element) in elements.enumerated() {
                guard let file = path(element) else { throw MergeError("\(reportPath): an entry names no file") }
                let key = InputCollector.normalized(file)
                try owners.claim(key, input: input, name: reportPath)
                entries.append((key, input, index, element))
            }
        }
        entries.sort { lhs, rhs in
            if lhs.key != rhs.key { return InputCollector.bytesPrecede(lhs.key, rhs.key) }
            return (lhs.input, lhs.index) < (rhs.input, rhs.index)
        }
        return entries.map(\.value)
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
