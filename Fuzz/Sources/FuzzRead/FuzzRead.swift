import CableMark

/// Format detection, every container reader and the telegram parser, on any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRead(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = CableReader.read(bytes: bytes, path: "fuzz-input")
    return 0
}
