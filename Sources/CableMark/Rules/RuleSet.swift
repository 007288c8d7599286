import Foundation

/// A set of rules read from one XML file (see Rules/cablemark-rules.xsd).
public struct RuleSet: Sendable {
    /// The set's name ("core").
    public let name: String
    /// The file name or path it was loaded from.
    public let file: String
    let compiled: [CompiledRule]

    init(name: String, file: String, compiled: [CompiledRule]) {
        self.name = name
        self.file = file
        self.compiled = compiled
    }

    /// The rules as the set declares them (default severities).
    public var rules: [RuleDescription] { compiled.map(\.description) }

    /// The rule sets built into the binary (the Rules/cablemark-*.xml files), in file-name order.
    public static func builtIn() throws(RuleSetError) -> [RuleSet] {
        var sets: [RuleSet] = []
        for file in EmbeddedRules.files.keys.sorted() where file.hasPrefix("cablemark-") && file.hasSuffix(".xml") {
            let source = RuleSetSource(name: file, directory: nil, buildsExamples: false, checksSchema: false)
            sets.append(try RuleSetParser.parse(Array(EmbeddedRules.files[file]!.utf8), source: source))
        }
        return sets
    }

    /// Loads a rule set file; its vocabulary files and example bases are looked up beside it,
    /// then among the built-in ones.
    public static func load(path: String) throws(RuleSetError) -> RuleSet {
        let bytes = try XMLFileLoader.contents(of: path)
        let directory = (path as NSString).deletingLastPathComponent
        return try RuleSetParser.parse(bytes, source: RuleSetSource(name: path, directory: directory))
    }

    /// Parses a rule set from memory; `name` appears in error messages. Vocabulary files and
    /// example bases are looked up among the built-in ones only.
    public static func parse(_ bytes: [UInt8], name: String) throws(RuleSetError) -> RuleSet {
        try RuleSetParser.parse(bytes, source: RuleSetSource(name: name, directory: nil))
    }
}
