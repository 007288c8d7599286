import Foundation

/// Reads inputs into cables: recognises the container by content, takes each cable's text out of
/// it, and parses the telegram.
public enum CableReader {
    /// Reads a file. Fails only when the file cannot be read at all; content that is not a cable
    /// comes back as `ReadResult.unrecognized`.
    public static func read(path: String) throws(InputError) -> [ReadResult] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, problem: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(path: path, problem: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, problem: "cannot be read (permission denied?)")
        }
        return read(bytes: [UInt8](data), path: path)
    }

    /// Reads the bytes of an input named `path`.
    public static func read(bytes: [UInt8], path: String) -> [ReadResult] {
        let wholeFile = SourceRange.fileStart
        if bytes.isEmpty {
            return [.unrecognized(path: path, recordNumber: nil, range: wholeFile, reason: "the file is empty")]
        }
        guard let format = FormatDetector.detect(bytes) else {
            return [.unrecognized(path: path, recordNumber: nil, range: wholeFile, reason: unrecognizedReason(bytes))]
        }
        return ContainerReaders.read(bytes, format: format).map { item in
            switch item {
            case .text(let cableText):
                TelegramParser(source: cableText, path: path).parse()
            case .unreadable(let recordNumber, let range, let reason):
                .unrecognized(path: path, recordNumber: recordNumber, range: range, reason: reason)
            }
        }
    }

    /// Why bytes that no reader takes are not a cable, in a few words.
    static func unrecognizedReason(_ bytes: [UInt8]) -> String {
        let sample = bytes.prefix(4096)
        if sample.contains(0) { return "binary data (NUL bytes)" }
        if String(validating: sample, as: UTF8.self) == nil, sample.filter({ $0 >= 0x80 }).count > sample.count / 4 {
            return "not text (invalid UTF-8)"
        }
        return "no classification line, routing header or cable record found"
    }
}
