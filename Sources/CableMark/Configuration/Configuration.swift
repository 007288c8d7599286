import Foundation

/// A cablemark.xml: extra rule sets, rules turned on or off, severity changes, excluded inputs
/// and suppressions with their reasons, for the inputs in its folder and below.
public struct Configuration: Sendable {
    /// The file, as found or given.
    public let file: String
    /// The folder its relative paths and globs start from.
    public let directory: String
    /// Extra rule set files, resolved against `directory`.
    public var ruleSetFiles: [String] = []
    public var enabledRules: Set<String> = []
    public var disabledRules: Set<String> = []
    public var severityOverrides: [String: Severity] = [:]
    public var excludes: [Glob] = []
    public var suppressions: [Suppression] = []
    /// Every rule id the file names, with its line, to warn about ids no rule set has.
    var ruleReferences: [(id: String, line: Int)] = []

    /// A rule's accepted findings in some files, with the reason.
    public struct Suppression: Sendable {
        public var files: Glob
        public var ruleID: String
        public var reason: String
    }

    /// The file's name in a folder.
    public static let fileName = "cablemark.xml"

    public init(file: String, directory: String) {
        self.file = file
        self.directory = directory
    }

    /// Reads and validates a configuration file.
    public static func load(path: String) throws(ConfigurationError) -> Configuration {
        try parse(try XMLFileLoader.contents(of: path), path: path)
    }

    /// Every configuration file is read by this loader, against Rules/cablemark-config.xsd.
    static let loader = XMLFileLoader(kind: "configuration", schema: .builtIn("cablemark-config.xsd"))

    static func parse(_ bytes: [UInt8], path: String) throws(ConfigurationError) -> Configuration {
        let document = try loader.parse(bytes, name: path)
        var configuration = Configuration(file: path, directory: (absolute(path) as NSString).deletingLastPathComponent)
        for node in document.root?.elementChildren ?? [] {
            let rule = node.attribute("rule") ?? ""
            switch node.name {
            case "rules":
                configuration.ruleSetFiles.append(configuration.resolve(node.attribute("file") ?? ""))
            case "enable":
                configuration.enabledRules.insert(rule)
            case "disable":
                configuration.disabledRules.insert(rule)
            case "severity":
                configuration.severityOverrides[rule] = Severity(name: node.attribute("level") ?? "")
            case "exclude":
                configuration.excludes.append(Glob(node.attribute("glob") ?? ""))
            case "suppress":
                configuration.suppressions.append(
                    Suppression(files: Glob(node.attribute("files") ?? ""), ruleID: rule, reason: node.attribute("reason") ?? ""))
            default:
                continue  // the schema admits no other element
            }
            if !rule.isEmpty { configuration.ruleReferences.append((rule, node.line)) }
        }
        return configuration
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// `path` relative to the configuration's folder, for globs.
    public func relativePath(of path: String) -> String {
        let full = Self.absolute(path)
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// `path` made absolute against the working directory, "." and ".." resolved.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }

    public func excludes(_ path: String) -> Bool {
        let relative = relativePath(of: path)
        return excludes.contains { $0.matches(relative) }
    }

    /// The suppression that accepts `finding`, if any.
    public func suppression(of finding: Finding) -> Suppression? {
        let relative = relativePath(of: finding.path)
        return suppressions.first { $0.ruleID == finding.ruleID && $0.files.matches(relative) }
    }

    /// The engine options of a run with this configuration on top of the command line's:
    /// the command line wins where both speak.
    public func applied(to options: EngineOptions) -> EngineOptions {
        var merged = options
        merged.enabledRules.formUnion(enabledRules.subtracting(options.disabledRules))
        merged.disabledRules.formUnion(disabledRules.subtracting(options.enabledRules))
        merged.severityOverrides.merge(severityOverrides) { commandLine, _ in commandLine }
        return merged
    }

    /// One warning line for every rule id that names no rule of `rules`.
    public func unknownRuleWarnings(knownRules rules: [RuleDescription]) -> [String] {
        let known = Set(rules.map(\.id))
        return ruleReferences.filter { !known.contains($0.id) }
            .map { "\(file):\($0.line): warning: unknown rule '\($0.id)'" }
    }
}
