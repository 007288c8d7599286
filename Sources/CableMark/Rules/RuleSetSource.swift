import Foundation

/// Where a rule set being loaded comes from: its name for messages, and where its vocabulary
/// files and example bases are found (beside it, then among the built-in Rules/ files).
struct RuleSetSource {
    /// The file name or path given when loading; every error names it.
    let name: String
    /// Folder searched first for `<list file=>` and example bases; nil searches only the built-in files.
    let directory: String?
    /// Whether the rule examples are built while loading, so that one whose edits cannot be made
    /// fails the load (a user's rule file), or when first asked for (the built-in rule sets, whose
    /// examples the test suite verifies: loading them for every run would cost more than the run
    /// of a small file).
    var buildsExamples = true
    /// Whether the file is checked against Rules/cablemark-rules.xsd while loading (a user's rule
    /// file), or not (the built-in rule sets, which the test suite checks against it: compiling
    /// the schema and validating them cost a tenth of a check of one small file).
    var checksSchema = true

    func error(_ problem: String, at line: Int) -> RuleSetError {
        RuleSetError(file: name, line: line, problem: problem)
    }

    func vocabulary(named file: String) -> String? {
        self.file(named: file)
    }

    /// The cable `<triggering base="NAME">` edits: examples/NAME.txt, beside the rule set, then
    /// among the built-in Rules/examples/ files.
    func exampleBase(named name: String) -> String? {
        file(named: Self.exampleBaseFolder + name + ".txt")
    }

    /// The names of the built-in example bases, for a message about one that does not exist.
    static var builtInExampleBases: [String] {
        EmbeddedRules.files.keys.filter { $0.hasPrefix(exampleBaseFolder) && $0.hasSuffix(".txt") }
            .map { String($0.dropFirst(exampleBaseFolder.count).dropLast(4)) }.sorted()
    }

    private static let exampleBaseFolder = "examples/"

    /// A file beside the rule set, else the built-in one of that name.
    private func file(named file: String) -> String? {
        if let directory {
            let path = directory.isEmpty ? file : directory + "/" + file
            if let data = FileManager.default.contents(atPath: path) {
                return String(decoding: data, as: UTF8.self)
            }
        }
        return EmbeddedRules.files[file]
    }

    /// The `from`/`until` attributes of an element.
    func window(of node: XMLNode) throws(RuleSetError) -> DateWindow {
        DateWindow(from: try date(node, "from"), until: try date(node, "until"))
    }

    private func date(_ node: XMLNode, _ attribute: String) throws(RuleSetError) -> CalendarDate? {
        guard let text = node.attribute(attribute) else { return nil }
        guard let date = CalendarDate(iso: Substring(text)) else {
            throw error("\(attribute)=\"\(text)\" is not a date (YYYY-MM-DD)", at: node.line)
        }
        return date
    }
}
