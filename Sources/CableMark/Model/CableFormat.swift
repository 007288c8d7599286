/// The container a cable arrived in, recognised by content.
public enum CableFormat: String, Sendable, Codable, CaseIterable {
    /// A telegram as text: routing header, classification line, paragraphs (PDF conversions too).
    case rawTelegram = "raw-telegram"
    /// Cable text cut from a web page: page boilerplate, `<pre>` wrappers, links, a header twice.
    case webExtract = "web-extract"
    /// A Cablegate HTML page or its cable fragment.
    case cablegateHTML = "cablegate-html"
    /// A record of the cables.csv dump.
    case csvRecord = "csv-record"
    /// A JSON record (mongoexport line) with the body's newlines collapsed.
    case jsonRecord = "json-record"
}
