import CLibXML2

/// Collects the errors libxml2 reports through a structured error handler, so that nothing is
/// printed to stderr and every message can be turned into a one-line "file:line: problem".
final class XMLErrorCollector {
    struct Entry {
        var line: Int
        var message: String
        /// libxml2's error code (an `xmlParserErrors` or `xmlXPathError` value).
        var code: Int32
    }

    private(set) var entries: [Entry] = []

    /// The `userData` pointer to hand to libxml2 together with `handler`; valid while `self` lives.
    var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// A C handler that appends each error to the collector passed as `userData`.
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.entries.append(
            Entry(line: Int(error.pointee.line), message: LibXML.message(of: error.pointee), code: error.pointee.code))
    }

    /// Runs `body` with this collector installed as the calling thread's structured error handler
    /// (libxml2 keeps that handler per thread), for calls that take no context of their own, and
    /// with the thread's unstructured messages discarded, so that libxml2 prints nothing.
    func capturingThreadErrors<T>(_ body: () -> T) -> T {
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(userData, Self.handler)
        cablemark_discard_generic_errors()
        defer {
            xmlSetStructuredErrorFunc(previousContext, previousHandler)
            cablemark_restore_generic_errors()
        }
        return body()
    }
}
