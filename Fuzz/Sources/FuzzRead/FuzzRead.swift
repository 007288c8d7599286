@testable import CableMark

/// Format detection, every container reader and the telegram parser, on any bytes; and the HTML
/// outline scanner against libxml2: wherever the scanner reads the bytes, libxml2 reads them the
/// same way.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRead(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = CableReader.read(bytes: bytes, path: "fuzz-input")
    let names = CablegateHTMLReader.outlinedElements
    if let scanned = HTMLOutlineScanner.outline(bytes, keeping: names, text: CableTable.textElementNames),
        scanned != HTMLOutline(parsingWithLibxml2: bytes, keeping: names, text: CableTable.textElementNames)
    {
        fatalError("the HTML outline scanner reads the input differently from libxml2")
    }
    return 0
}
