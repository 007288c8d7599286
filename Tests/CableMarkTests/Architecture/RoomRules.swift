import Foundation

/// The rooms the house allows each room of Sources/CableMark to use, as the README's "How it is
/// built" section lists them: a table row per room, its first cell the room, its last the rooms
/// it may use (every name in backticks, debts included).
struct RoomRules {
    var allowed: [String: Set<String>]

    init(readme: String) throws {
        guard let start = readme.range(of: "\n## How it is built\n") else { throw Missing.section }
        let section = readme[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        var allowed: [String: Set<String>] = [:]
        for line in section[..<end].split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            // "| `Room` | holds | may use |" splits into "", room, holds, may use, "".
            guard cells.count >= 5, let room = Self.names(in: cells[1]).first else { continue }
            allowed[room] = Set(Self.names(in: cells[cells.count - 2]))
        }
        guard !allowed.isEmpty else { throw Missing.table }
        self.allowed = allowed
    }

    enum Missing: Error {
        case section, table
    }

    /// The words in backticks that name a room (a capitalized word, no dots or spaces).
    static func names(in cell: String) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            .filter { name in name.first?.isUppercase == true && name.allSatisfy { $0.isLetter } }
    }
}
