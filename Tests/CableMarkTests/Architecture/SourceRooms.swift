import Foundation

/// The library's source files by room (the folder under Sources/CableMark they sit in; a
/// folder inside a room, such as Reporting/Merging, is part of it), the types each room
/// declares, and the uses of another room's types.
struct SourceRooms {
    struct File {
        var room: String
        /// Relative to Sources/CableMark.
        var path: String
        /// The code with comments and string literals blanked out.
        var code: String
    }

    /// A file that uses a type of a room its room may not use.
    struct ForbiddenUse: Hashable, CustomStringConvertible {
        var path: String
        var type: String
        var room: String
        var description: String { "\(path) uses \(type) of \(room)" }
    }

    var files: [File]

    init(files: [File]) {
        self.files = files
    }

    /// Every .swift file below `root`, each in the room of its first folder.
    init(root: URL) throws {
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        files = try paths.filter { $0.hasSuffix(".swift") && $0.contains("/") }.sorted().map { path in
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            return File(room: String(path.prefix { $0 != "/" }), path: path, code: Self.code(of: text))
        }
    }

    var rooms: Set<String> { Set(files.map(\.room)) }

    /// Type name → the room that declares it. Only top-level declarations (struct, enum, class,
    /// protocol, actor, typealias) count: an extension declares nothing, and a nested type is
    /// reached through the type it is nested in (its short name, such as `Kind`, would collide).
    var declarations: [String: String] {
        var owners: [String: String] = [:]
        for file in files {
            for line in file.code.split(separator: "\n") where !(line.first?.isWhitespace ?? true) {
                if let name = Self.declaredName(in: line) { owners[name] = owners[name] ?? file.room }
            }
        }
        return owners
    }

    /// Each use of a type declared in another room that `allowed` (room → rooms it may use)
    /// does not admit for the file's room.
    func forbiddenUses(allowed: [String: Set<String>]) -> [ForbiddenUse] {
        let owners = declarations
        var uses: [ForbiddenUse] = []
        for file in files {
            let may = allowed[file.room] ?? []
            for name in Set(Self.capitalizedWords(in: file.code)).sorted() {
                guard let owner = owners[name], owner != file.room, !may.contains(owner) else { continue }
                uses.append(ForbiddenUse(path: file.path, type: name, room: owner))
            }
        }
        return uses
    }

    private static let modifiers: Set<Substring> = [
        "public", "internal", "private", "fileprivate", "package", "final", "indirect", "open",
    ]
    private static let keywords: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]

    /// The name a top-level line declares, if it declares a type.
    static func declaredName(in line: Substring) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        // Attributes first (`@available(macOS 13, *)` may hold spaces), then modifiers.
        while let word = words.first, word.hasPrefix("@") {
            words = words.dropFirst()
            if word.contains("("), !word.contains(")") {
                while let rest = words.first, !rest.contains(")") { words = words.dropFirst() }
                words = words.dropFirst()
            }
        }
        while let word = words.first, modifiers.contains(word) { words = words.dropFirst() }
        guard let keyword = words.first, keywords.contains(keyword), let name = words.dropFirst().first else { return nil }
        let identifier = name.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return identifier.first?.isUppercase == true ? String(identifier) : nil
    }

    /// Identifiers that start with a capital letter: the type names a file may use.
    static func capitalizedWords(in code: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in code + " " {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else {
                if current.first?.isUppercase == true { words.append(current) }
                current = ""
            }
        }
        return words
    }

    /// `text` with comments (nested block comments too) and string literals (plain, multi-line,
    /// raw) replaced by spaces, so a type named in prose or in a message is not a use.
    /// Interpolations inside strings go with them.
    static func code(of text: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        func starts(_ prefix: String, at position: Int) -> Bool {
            let prefix = Array(prefix)
            return position + prefix.count <= characters.count && Array(characters[position..<position + prefix.count]) == prefix
        }
        while index < characters.count {
            if starts("//", at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if starts("/*", at: index) {
                var depth = 0
                repeat {
                    if starts("/*", at: index) { depth += 1; index += 2 }
                    else if starts("*/", at: index) { depth -= 1; index += 2 }
                    else { index += 1 }
                } while depth > 0 && index < characters.count
                output += " "
            } else if characters[index] == "#" || characters[index] == "\"" {
                var hashes = 0
                while index + hashes < characters.count, characters[index + hashes] == "#" { hashes += 1 }
                guard index + hashes < characters.count, characters[index + hashes] == "\"" else {
                    output.append(characters[index])
                    index += 1
                    continue
                }
                let quote = starts("\"\"\"", at: index + hashes) ? "\"\"\"" : "\""
                let close = quote + String(repeating: "#", count: hashes)
                index += hashes + quote.count
                while index < characters.count, !starts(close, at: index) {
                    // A backslash escapes the next character only in a string without #s.
                    index += hashes == 0 && characters[index] == "\\" ? 2 : 1
                }
                index += close.count
                output += "\"\""
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }
}
