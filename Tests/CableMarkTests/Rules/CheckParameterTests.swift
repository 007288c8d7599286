import Foundation
import Testing

@testable import CableMark

/// The check kinds' parameter declarations against the registry, the schema and loading.
@Suite struct CheckParameterTests {
    static let rulesDirectory = SharedData.packageRoot.appendingPathComponent("Rules")
    static let checksDirectory = SharedData.packageRoot.appendingPathComponent("Sources/CableMark/Rules/Checks")

    /// Every type in Checks/*.swift that conforms to CheckKind (or to a protocol in Rules/
    /// that refines it) is registered, and nothing else is.
    @Test func everyKindInChecksIsRegistered() throws {
        var kindProtocols: Set<String> = ["CheckKind"]
        for file in try swiftFiles(in: Self.checksDirectory.deletingLastPathComponent()) {
            for match in file.matches(of: /protocol\s+(\w+)\s*:\s*CheckKind\b/) { kindProtocols.insert(String(match.output.1)) }
        }
        var declared: Set<String> = []
        for file in try swiftFiles(in: Self.checksDirectory) {
            for match in file.matches(of: /struct\s+(\w+)\s*:\s*([\w\s,]+)\{/) {
                let conformances = match.output.2.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if conformances.contains(where: kindProtocols.contains) { declared.insert(String(match.output.1)) }
            }
        }
        #expect(declared.count == 17)
        #expect(Set(CheckKinds.all.map { String(describing: $0) }) == declared)
        #expect(CheckKinds.byName.count == CheckKinds.all.count, "two kinds share a name")
    }

    private func swiftFiles(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }.map {
            try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// The attributes and child elements `<check>` may carry in cablemark-rules.xsd are the
    /// parameters the kinds declare (and the common ones), with the same types: both directions.
    @Test func theSchemaTakesExactlyTheDeclaredParameters() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.rulesDirectory.appendingPathComponent("cablemark-rules.xsd")))
        let document = try XMLDocument.parseXML(bytes, name: "cablemark-rules.xsd")
        let types = document.root?.elements(named: "complexType") ?? []
        let check = try #require(types.first { $0.attribute("name") == "check" })
        var inSchema: [String: String] = [:]
        for node in check.descendants(named: "attribute") + check.descendants(named: "element") {
            inSchema[node.attribute("name") ?? ""] = node.attribute("type") ?? ""
        }

        var declared: [String: String] = [:]
        for parameter in CheckParameter.common + CheckKinds.all.flatMap({ $0.parameters }) {
            let type = parameter.type.schemaType
            let earlier = declared[parameter.name] ?? type
            #expect(earlier == type, "\(parameter.name) is declared as \(earlier) and as \(type)")
            declared[parameter.name] = type
        }
        for (name, type) in declared {
            #expect(inSchema[name] == type, "\(name): declared \(type), schema \(inSchema[name] ?? "nothing")")
        }
        for name in inSchema.keys where declared[name] == nil {
            Issue.record("the schema's <check> takes \(name), which no kind declares")
        }
    }

    /// What a kind requires is asked for; what it does not declare (the schema allows it, for
    /// another kind) is refused.
    @Test func loadingFollowsTheDeclarations() throws {
        for kind in CheckKinds.all {
            if let required = kind.parameters.first(where: \.isRequired) {
                let error = try #require(loadingError(#"<check kind="\#(kind.name)"/>"#), "\(kind.name)")
                #expect(error.problem == "check kind '\(kind.name)' needs the attribute '\(required.name)'")
            } else if kind.name != XPathCheck.name {
                let attribute = try #require(loadingError(#"<check kind="\#(kind.name)" order="A B"/>"#), "\(kind.name)")
                #expect(attribute.problem == "check kind '\(kind.name)' does not take the attribute 'order'")
                let element = try #require(loadingError(#"<check kind="\#(kind.name)"><value>A</value></check>"#))
                #expect(element.problem == "check kind '\(kind.name)' does not take <value> elements")
            }
        }
    }

    @Test func amongAndQuantifierNeedAHeaderConditionAndAPortionRequirement() throws {
        let check = #"<check kind="marker-requires" if="portion:NF" then="header:NOFORN" quantifier="some"/>"#
        let error = try #require(loadingError(check))
        #expect(error.problem == "among= and quantifier= need a header or banner if= and a portion then=")
        #expect(loadingError(#"<check kind="marker-requires" if="header:NOFORN" then="portion:NF" quantifier="some"/>"#) == nil)
    }

    @Test func explainListsTheParametersOfEachKindOnce() throws {
        let engine = try Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: .testRunDate))
        let rule = try #require(
            engine.rules.first { rule in ((try? engine.explain(rule.id))??.checks.count ?? 0) > 1 })
        let explanation = try #require(try engine.explain(rule.id))
        let kinds = explanation.checks.map { String($0.prefix { $0 != " " }) }
        #expect(explanation.checkKinds.map(\.name) == kinds.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        #expect(explanation.checkKinds.allSatisfy { $0.parameters == CheckKinds.byName[$0.name]?.parameters })
    }

    /// The error of loading a one-rule rule set with `check`, nil when it loads.
    private func loadingError(_ check: String) -> RuleSetError? {
        do {
            _ = try RuleSet.parse(Array(ruleSetText(check: check).utf8), name: "kind.xml")
            return nil
        } catch {
            return error
        }
    }
}
