/// Character references as libxml2's HTML parser (2.9) reads them, so that text decoded from the
/// raw bytes equals the text libxml2 gives for the same element.
enum HTMLEntities {
    /// What an "&" at some index stands for.
    enum Reference {
        /// A reference to this character, `length` bytes long ("&#x000A;", "&amp;").
        case character(Unicode.Scalar, length: Int)
        /// A numeric reference to no valid character ("&#1;", "&#;"): libxml2 drops it.
        case invalid(length: Int)
    }

    /// Reads the reference at `index` (where the "&" is); nil when the "&" is a plain ampersand
    /// (no name, an unknown name, or a name without ";").
    static func reference(in bytes: [UInt8], at index: Int, end: Int) -> Reference? {
        var position = index + 1
        guard position < end else { return nil }
        if bytes[position] == UInt8(ascii: "#") {
            position += 1
            let hex = position < end && (bytes[position] == UInt8(ascii: "x") || bytes[position] == UInt8(ascii: "X"))
            if hex { position += 1 }
            let digitsStart = position
            var value: UInt32 = 0
            while position < end {
                let byte = bytes[position]
                let digit: UInt32
                if ContainerBytes.isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if hex, ContainerBytes.isHexDigit(byte) {
                    digit = UInt32(ContainerBytes.lowercased(byte) - 0x61 + 10)
                } else {
                    break
                }
                if value < 0x110000 { value = value * (hex ? 16 : 10) + digit }
                position += 1
            }
            let hasDigits = position > digitsStart
            // libxml2 accepts a numeric reference without its ";", and drops "&#" without digits.
            if position < end, bytes[position] == UInt8(ascii: ";") { position += 1 }
            guard hasDigits, isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
                return .invalid(length: position - index)
            }
            return .character(scalar, length: position - index)
        }
        let nameStart = position
        while position < end, position - nameStart < 10, isNameByte(bytes[position]) { position += 1 }
        guard position > nameStart, position < end, bytes[position] == UInt8(ascii: ";") else {
            return nil
        }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        guard let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
        return .character(scalar, length: position + 1 - index)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        ContainerBytes.isLetter(byte) || ContainerBytes.isDigit(byte)
    }

    /// XML's Char production: what libxml2 lets a character reference stand for.
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// HTML 4 entities cables and their pages use: the markup five, Latin-1, typographic marks.
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "quot": 34, "amp": 38, "apos": 39, "lt": 60, "gt": 62,
            "OElig": 338, "oelig": 339, "Scaron": 352, "scaron": 353, "Yuml": 376, "fnof": 402,
            "circ": 710, "tilde": 732, "ensp": 8194, "emsp": 8195, "thinsp": 8201, "zwnj": 8204,
            "zwj": 8205, "lrm": 8206, "rlm": 8207, "ndash": 8211, "mdash": 8212, "lsquo": 8216,
            "rsquo": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221, "bdquo": 8222,
            "dagger": 8224, "Dagger": 8225, "bull": 8226, "hellip": 8230, "permil": 8240,
            "prime": 8242, "Prime": 8243, "lsaquo": 8249, "rsaquo": 8250, "euro": 8364,
            "trade": 8482,
        ]
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg \
            plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
            iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml \
            Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave \
            Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil \
            egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde \
            ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = 160 + UInt32(offset)
        }
        return table
    }()
}
