import Foundation

/// How `cablemark due` prints the queue.
public enum DueListFormat: String, Sendable, CaseIterable {
    case text
    case csv
    case json

    static let columns = ["date", "status", "path", "line", "record", "id", "level", "instruction", "exemptions"]

    public func render(_ queue: DeclassificationQueue) -> String {
        let entries = queue.sorted
        switch self {
        case .text:
            let lines = entries.map { entry in
                let place = "\(entry.path):\(entry.line)" + (entry.recordNumber.map { " (record \($0))" } ?? "")
                return "\(entry.date) \(Self.status(entry, queue)) \(entry.cableID ?? "-") \(entry.level?.abbreviation ?? "-")"
                    + " DECL: \(entry.instruction) \(place)"
            }
            let passed = entries.filter { $0.hasPassed(asOf: queue.asOf) }.count
            let summary = "\(passed) passed, \(entries.count - passed) due by \(queue.until) (as of \(queue.asOf))"
            return (lines + [summary]).map { $0 + "\n" }.joined()
        case .csv:
            let rows = [Self.columns] + entries.map { Self.fields($0, queue).map(\.text) }
            return rows.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
        case .json:
            let document = JSONValue.object([
                ("asOf", .string(queue.asOf.description)),
                ("until", .string(queue.until.description)),
                ("cables", .array(entries.map { entry in
                    .object(zip(Self.columns, Self.fields(entry, queue)).map { ($0, $1.json) })
                })),
            ])
            return document.rendered() + "\n"
        }
    }

    private enum Field {
        case string(String?)
        case int(Int?)
        case list([String])

        var text: String {
            switch self {
            case .string(let value): value ?? ""
            case .int(let value): value.map(String.init) ?? ""
            case .list(let values): values.joined(separator: " ")
            }
        }

        var json: JSONValue {
            switch self {
            case .string(let value): .optional(value)
            case .int(let value): .optional(value)
            case .list(let values): .array(values.map(JSONValue.string))
            }
        }
    }

    /// One entry's values, in the order of `columns`.
    private static func fields(_ entry: DeclassificationDue, _ queue: DeclassificationQueue) -> [Field] {
        [
            .string(entry.date.description), .string(status(entry, queue)), .string(entry.path), .int(entry.line),
            .int(entry.recordNumber), .string(entry.cableID), .string(entry.level?.abbreviation),
            .string(entry.instruction), .list(entry.exemptions),
        ]
    }

    private static func status(_ entry: DeclassificationDue, _ queue: DeclassificationQueue) -> String {
        entry.hasPassed(asOf: queue.asOf) ? "passed" : "due"
    }

    /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
    private static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
