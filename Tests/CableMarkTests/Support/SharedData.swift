import Foundation

/// The real cables kept beside the package, in ../shared (never copied into the repository):
/// `seeds/` and `corpus/` with its MANIFEST.tsv.
enum SharedData {
    /// The package root: this file is Tests/CableMarkTests/Support/SharedData.swift.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = root.appendingPathComponent("corpus")
    static let seeds = root.appendingPathComponent("seeds")

    /// Thrown when ../shared is not there: a test that needs it fails with this message.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "shared test data not found at \(path) (expected ../shared beside the package)" }
    }

    /// One row of corpus/MANIFEST.tsv.
    struct ManifestEntry: Sendable, CustomStringConvertible {
        /// Path below corpus/.
        var file: String
        var sourceRepository: String
        /// raw-telegram, web-extract, cablegate-html, csv-row, other.
        var format: String
        /// What the source's own metadata states; empty where it states none.
        var classification: String
        var cableID: String
        var url: URL { SharedData.corpus.appendingPathComponent(file) }
        var description: String { file }
    }

    /// Every row of the manifest; throws `Missing` when ../shared is absent.
    static func manifest() throws -> [ManifestEntry] {
        // Split on bytes: a "\r\n" would be one Character and hide the line ends from String.split.
        var lines = try bytes(of: corpus.appendingPathComponent("MANIFEST.tsv"))
            .split(separator: 0x0A, omittingEmptySubsequences: true)
            .map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        else { return [] }
        lines.removeFirst()
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        let file = column("file")
        let repository = column("source_repo")
        let format = column("format")
        let classification = column("classification")
        let cableID = column("cable_id")
        return lines.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return ManifestEntry(
                file: fields[file], sourceRepository: fields[repository], format: fields[format],
                classification: fields[classification], cableID: fields[cableID])
        }
    }

    /// The seed files, sorted by name.
    static func seedFiles() throws -> [URL] {
        guard FileManager.default.fileExists(atPath: seeds.path) else { throw Missing(path: seeds.path) }
        return try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func bytes(of url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if !FileManager.default.fileExists(atPath: root.path) { throw Missing(path: root.path) }
            throw Missing(path: url.path)
        }
        return [UInt8](data)
    }
}
