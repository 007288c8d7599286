import Foundation
import PackagePlugin

/// Embeds the package's top-level `Rules/` folder (rule sets, schema, vocabularies, and the base
/// cables of rule examples in `Rules/examples/`) into the CableMark library as generated Swift, so
/// a copied binary still carries its default rules.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
        let inputs = (files(in: rulesDirectory, extensions: ["xml", "xsd", "txt"])
            + files(in: rulesDirectory.appending(path: "examples"), extensions: ["txt"]))
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) rule files",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [output.path, rulesDirectory.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// The folder's files with one of the extensions, by name; none for a missing folder (a
    /// checkout without Rules/ embeds nothing, and loading the built-in rules then fails clearly).
    private func files(in directory: URL, extensions: Set<String>) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { extensions.contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
