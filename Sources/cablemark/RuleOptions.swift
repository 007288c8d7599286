import ArgumentParser
import CableMark
import Foundation

/// Options every command that runs or lists rules shares.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("An extra rule set file (repeatable).", valueName: "file"))
    var ruleFiles: [String] = []

    @Option(help: ArgumentHelp("The date date-dependent rules check against (YYYY-MM-DD; default: today, UTC).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Turn a rule off (repeatable, or comma-separated).", valueName: "rule-id"))
    var disable: [String] = []

    @Option(help: ArgumentHelp("Turn on a rule that is off by default (repeatable, or comma-separated).", valueName: "rule-id"))
    var enable: [String] = []

    mutating func validate() throws {
        try RunDate.validate(asOf: asOf)
    }

    /// The built-in rule sets, then each `--rules` file, with the options applied. Rule ids in
    /// --disable and --enable must name rules.
    func makeEngine() throws -> Engine {
        let sets: [RuleSet]
        do {
            sets = try ruleSets()
        } catch {
            throw CommandFailure(error)
        }
        return try makeEngine(from: sets)
    }

    /// The engine of rule sets already loaded (by `ruleSets()`).
    func makeEngine(from ruleSets: [RuleSet]) throws -> Engine {
        let engine: Engine
        do {
            engine = try Engine(ruleSets: ruleSets, options: engineOptions)
        } catch {
            throw CommandFailure(error)
        }
        let known = engine.rules.map(\.id)
        for (option, ids) in [("--disable", Self.ids(disable)), ("--enable", Self.ids(enable))] {
            if let unknown = ids.sorted().first(where: { !known.contains($0) }) {
                throw UnknownRule(id: unknown, known: known, option: option)
            }
        }
        return engine
    }

    /// The built-in rule sets, then each `--rules` file.
    func ruleSets() throws(RuleSetError) -> [RuleSet] {
        var ruleSets = try RuleSet.builtIn()
        for file in ruleFiles {
            ruleSets.append(try RuleSet.load(path: file))
        }
        return ruleSets
    }

    var engineOptions: EngineOptions {
        EngineOptions(
            asOf: RunDate.resolve(asOf: asOf),
            disabledRules: Self.ids(disable), enabledRules: Self.ids(enable))
    }

    static func ids(_ values: [String]) -> Set<String> {
        Set(values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
