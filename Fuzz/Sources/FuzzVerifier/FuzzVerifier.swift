import CableMark

private let policy = try! RedactionPolicyLoader.builtIn()
private let options = SanitizeOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!)
private let sanitizer = Sanitizer(policy: policy, options: options)
private let verifier = PublicVersionVerifier(policy: policy, options: options)

/// The sanitizer and its verifier on every cable read from any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVerifier(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    for case .cable(let cable) in CableReader.read(bytes: bytes, path: "fuzz-input") {
        if case .publicVersion(let version) = sanitizer.sanitize(cable, input: bytes) {
            _ = verifier.problems(in: version)
        }
    }
    return 0
}
