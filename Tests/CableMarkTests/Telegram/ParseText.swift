@testable import CableMark

/// Parses `text` as the telegram parser sees a plain-text cable, for tests.
func parseTelegram(_ text: String, format: CableFormat = .rawTelegram, path: String = "test.txt") -> Cable? {
    let bytes = Array(text.utf8)
    let source = CableText(
        format: format, text: SourceText(verbatim: bytes[...], offset: 0), lineIndex: LineIndex(bytes: bytes),
        startOffset: 0, endOffset: bytes.count)
    guard case .cable(let cable) = TelegramParser(source: source, path: path).parse() else { return nil }
    return cable
}
