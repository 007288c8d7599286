import CableMark

/// Rule-set loading (the XML loader, the schema, every check kind's parameters) on any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleSet(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = try? RuleSet.parse(bytes, name: "fuzz-rules.xml")
    return 0
}
