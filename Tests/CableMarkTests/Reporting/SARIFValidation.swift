import Foundation
import Testing

/// Validates SARIF text against the 2.1.0 schema in ../shared/schemas with python3's jsonschema.
/// A missing schema, python3 or jsonschema is a failure, never a pass.
enum SARIFValidation {
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft7Validator.check_schema(schema)
        errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
        for error in errors[:20]: print(list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """

    static func expectValid(file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(
            FileManager.default.fileExists(atPath: schema.path), "SARIF schema not found at \(schema.path)",
            sourceLocation: sourceLocation)
        let result = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, schema.path, file.path])
        #expect(
            result.status == 0, "SARIF validation failed: \(result.standardOutput)\(result.standardError)",
            sourceLocation: sourceLocation)
    }

    /// What GitHub code scanning documents beyond the schema (docs.github.com, "SARIF support for
    /// code scanning"): at most 20 runs, 25,000 results and 25,000 rules a run, 10 locations a
    /// result; every artifact URI relative, with a `uriBaseId` that `originalUriBaseIds` defines as
    /// an absolute file URI ending in "/"; every rule's `security-severity` a number from 0 to 10.
    static let gitHubScript = """
        import json, sys, re
        log = json.load(open(sys.argv[1]))
        problems = []
        runs = log["runs"]
        if len(runs) > 20: problems.append("more than 20 runs")
        for run in runs:
            bases = run.get("originalUriBaseIds", {})
            for name, base in bases.items():
                if not re.match(r"^file:///.*/$", base.get("uri", "")): problems.append("base %s is %r" % (name, base))
            rules = run["tool"]["driver"].get("rules", [])
            if len(rules) > 25000: problems.append("more than 25,000 rules")
            for rule in rules:
                value = rule.get("properties", {}).get("security-severity")
                if value is None or not 0 <= float(value) <= 10: problems.append("rule %s: security-severity %r" % (rule["id"], value))
                if not rule.get("help", {}).get("markdown"): problems.append("rule %s: no help.markdown" % rule["id"])
            results = run.get("results", [])
            if len(results) > 25000: problems.append("more than 25,000 results")
            for result in results:
                if len(result["locations"]) > 10: problems.append("more than 10 locations")
                for location in result["locations"]:
                    artifact = location["physicalLocation"]["artifactLocation"]
                    uri = artifact["uri"]
                    if artifact.get("uriBaseId") not in bases: problems.append("%s: uriBaseId %r not defined" % (uri, artifact.get("uriBaseId")))
                    if uri.startswith("/") or ":" in uri.split("/")[0] or ".." in uri.split("/"): problems.append("%s: not a relative URI inside the base" % uri)
        for problem in problems[:20]: print(problem)
        sys.exit(1 if problems else 0)
        """

    static func expectGitHubReady(file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try Subprocess.run("/usr/bin/env", ["python3", "-c", gitHubScript, file.path])
        #expect(
            result.status == 0, "SARIF is not what GitHub accepts: \(result.standardOutput)\(result.standardError)",
            sourceLocation: sourceLocation)
    }

    static func expectValid(_ sarif: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-\(UUID()).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try expectValid(file: file, sourceLocation: sourceLocation)
    }
}
