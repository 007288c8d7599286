import CableMark

/// Rule-set loading (the XML loader, the schema, every check kind's parameters) on any bytes; and
/// the same bytes as a pattern (the first line) matched against a value (the rest), which reaches
/// the pattern automaton's parser and matcher on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleSet(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = try? RuleSet.parse(bytes, name: "fuzz-rules.xml")
    let newline = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let pattern = String(decoding: bytes[..<newline], as: UTF8.self)
    if let expression = try? XMLRegularExpression(pattern) {
        _ = expression.matches(String(decoding: bytes[min(newline + 1, bytes.count)...], as: UTF8.self))
    }
    return 0
}
