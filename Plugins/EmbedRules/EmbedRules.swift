import Foundation
import PackagePlugin

/// Embeds the package's top-level `Rules/` folder (rule sets, schema, vocabularies) into the
/// CableMark library as generated Swift, so a copied binary still carries its default rules.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
        // A checkout without Rules/ embeds nothing; loading the built-in rules then fails clearly.
        let inputs = ((try? FileManager.default.contentsOfDirectory(at: rulesDirectory, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["xml", "xsd", "txt"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) rule files",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
