/// Text for XML 1.0 reports: markup characters escaped, and characters XML 1.0 cannot carry at
/// all (most C0 controls) replaced by U+FFFD, so a report is well-formed whatever a cable holds.
enum XMLEscaping {
    /// For element content.
    static func text(_ value: String) -> String { escape(value, attribute: false) }

    /// For a double-quoted attribute value; line breaks and tabs are kept as character references
    /// so that attribute normalization does not fold them into spaces.
    static func attribute(_ value: String) -> String { escape(value, attribute: true) }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where attribute: output += "&#9;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
