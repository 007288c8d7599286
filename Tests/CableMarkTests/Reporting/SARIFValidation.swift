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

    static func expectValid(_ sarif: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-\(UUID()).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try expectValid(file: file, sourceLocation: sourceLocation)
    }
}
