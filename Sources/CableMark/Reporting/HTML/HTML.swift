/// Text for HTML reports: the escaping the XML reports use (markup characters, and controls
/// replaced), which HTML reads the same way.
enum HTML {
    static func text(_ value: String) -> String { XMLEscaping.text(value) }
    static func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }
}
