import Foundation
import Testing

@testable import CableMark

@Suite struct RedactionPolicyTests {
    @Test func theBuiltInPolicyLoadsWithItsMarkersAndRules() throws {
        let policy = try RedactionPolicyLoader.builtIn()
        #expect(policy.name == "cablemark-default" && policy.version == "1.0" && policy.source == "built-in")
        #expect(policy.handlingMarkers == ["SIPDIS", "NOFORN", "NODIS", "EXDIS", "LIMDIS", "STADIS"])
        #expect(policy.rules.map(\.id) == ["email-address", "telephone-number", "passport-number"])
        #expect(policy.rules.map(\.operation.name) == ["replace", "replace", "mask"])
        #expect(policy.rules.map(\.exemption) == ["(b)(6)", "(b)(6)", "(b)(6)"])
    }

    /// The built-in markers are the known captions' handling markers; a policy may add its own,
    /// or list only its own.
    @Test func handlingMarkersAreTheBuiltInOnesOrThePolicysOwn() throws {
        func markers(_ list: String) throws -> [String] {
            let text = "<redaction-policy name='p' version='1' format='1'>\(list)</redaction-policy>"
            return try RedactionPolicyLoader.parse(Array(text.utf8), name: "p.xml", source: "p.xml").handlingMarkers
        }
        #expect(try markers("<handling-markers built-in='true'><marker>ROGUE</marker></handling-markers>")
            == Caption.handlingMarkers + ["ROGUE"])
        #expect(try markers("<handling-markers><marker>NOFORN</marker></handling-markers>") == ["SIPDIS", "NOFORN"])
        #expect(Set(Caption.handlingMarkers).isSubset(of: Caption.known))
    }

    @Test func anExemptionMustBeAFOIAExemption() throws {
        func policy(_ exemption: String) -> String {
            "<redaction-policy name=\"p\" version=\"1\" format=\"1\">\n"
                + "<rule id=\"e\" kind=\"email\" operator=\"remove\" exemption=\"\(exemption)\"/>\n</redaction-policy>"
        }
        let loaded = try RedactionPolicyLoader.parse(Array(policy("(b)(7)(C)").utf8), name: "p.xml", source: "p.xml")
        #expect(loaded.rules.map(\.exemption) == ["(b)(7)(C)"])
        for invalid in ["(b)(10)", "b6", "(b)(6)(G)", "(b)(0)", ""] {
            let message = error(policy(invalid))
            #expect(message?.hasPrefix("p.xml:2: ") == true, "\(invalid): \(message ?? "no error")")
        }
        let none = try RedactionPolicyLoader.parse(
            Array("<redaction-policy name='p' version='1' format='1'><rule id='e' kind='email' operator='remove'/></redaction-policy>".utf8),
            name: "p.xml", source: "p.xml")
        #expect(none.rules.map(\.exemption) == [nil])
    }

    @Test func theNoticeStyleIsThePolicysChoice() throws {
        #expect(try RedactionPolicyLoader.builtIn().noticeStyle == .classification)
        func policy(_ notices: String) -> String {
            "<redaction-policy name=\"p\" version=\"1\" format=\"1\">\n\(notices)\n</redaction-policy>"
        }
        func style(_ notices: String) throws -> NoticeStyle {
            try RedactionPolicyLoader.parse(Array(policy(notices).utf8), name: "p.xml", source: "p.xml").noticeStyle
        }
        #expect(try style(#"<notices style="foia"/>"#) == .foia)
        #expect(try style(#"<notices style="classification"/>"#) == .classification)
        #expect(try style("<notices/>") == .classification)
        #expect(try style("") == .classification)
        let message = error(policy(#"<notices style="plain"/>"#))
        #expect(message?.hasPrefix("p.xml:2: ") == true, "\(message ?? "no error")")
    }

    /// Every example of every rule: the input redacted by that rule alone must read the output.
    @Test(arguments: try examplePolicies())
    func policyExamplesHold(policy: PolicyFile) throws {
        let loaded = try policy.load()
        let examples = loaded.rules.flatMap { rule in rule.examples.map { (rule, $0) } }
        #expect(!examples.isEmpty)
        for (rule, example) in examples {
            let redactor = TextRedactor(
                redactions: [.init(ruleID: rule.id, matcher: rule.matcher, operation: rule.operation)])
            let output = redactor.redact(example.input).text
            #expect(output == example.output, "\(policy.name):\(example.line): rule \(rule.id)")
        }
    }

    struct PolicyFile: Sendable, CustomStringConvertible {
        var name: String
        var load: @Sendable () throws -> RedactionPolicy
        var description: String { name }
    }

    static func examplePolicies() throws -> [PolicyFile] {
        let custom = SharedFixtures.sanitize.appendingPathComponent("custom-policy/names-policy.xml").path
        return [
            PolicyFile(name: "redaction-policy.xml", load: { try RedactionPolicyLoader.builtIn() }),
            PolicyFile(name: "custom-policy/names-policy.xml", load: { try RedactionPolicyLoader.load(path: custom) }),
        ]
    }

    /// Loads `xml` as a policy file and returns its error's description.
    func error(_ xml: String) -> String? {
        do {
            _ = try RedactionPolicyLoader.parse(Array(xml.utf8), name: "p.xml", source: "p.xml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func schemaViolationsAreReportedWithFileAndLine() {
        let badKind = """
            <?xml version="1.0"?>
            <redaction-policy name="p" version="1" format="1">
              <rule id="x" kind="names" operator="remove"/>
            </redaction-policy>
            """
        let message = error(badKind)
        #expect(message?.hasPrefix("p.xml:3: ") == true, "\(message ?? "no error")")
        #expect(error("<redaction-policy name='p' version='1' format='1'>") != nil)
        let duplicate = """
            <redaction-policy name="p" version="1" format="1">
              <rule id="x" kind="email" operator="remove"/>
              <rule id="x" kind="phone" operator="remove"/>
            </redaction-policy>
            """
        #expect(error(duplicate)?.hasPrefix("p.xml:3: ") == true)
    }

    @Test func rulesThatCannotRunAreRejected() {
        func policy(_ rule: String) -> String {
            "<redaction-policy name=\"p\" version=\"1\" format=\"1\">\n\(rule)\n</redaction-policy>"
        }
        #expect(
            error(policy(#"<rule id="t" kind="terms" operator="remove"/>"#))
                == "p.xml:2: rule 't': kind 'terms' needs at least one <term>")
        #expect(
            error(policy(#"<rule id="r" kind="regex" operator="remove"><pattern>([a</pattern></rule>"#))
                == "p.xml:2: rule 'r': invalid regular expression '([a'")
        #expect(
            error(policy(#"<rule id="e" kind="email" operator="replace"/>"#))
                == "p.xml:2: rule 'e': operator 'replace' needs a label, such as label=\"[NAME]\"")
        #expect(
            error(policy(#"<rule id="e" kind="email" operator="remove"><term>x</term></rule>"#))
                == "p.xml:2: rule 'e': <term> belongs to kind 'terms' only")
    }

    @Test func aMissingPolicyFileIsOneLine() {
        #expect(throws: RedactionPolicyError.self) { try RedactionPolicyLoader.load(path: "/nonexistent/policy.xml") }
        do {
            _ = try RedactionPolicyLoader.load(path: "/nonexistent/policy.xml")
        } catch {
            #expect(error.description == "/nonexistent/policy.xml: no such file")
        }
    }
}

/// The package's Fixtures/ folder.
enum SharedFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let sanitize = root.appendingPathComponent("sanitize")
}
