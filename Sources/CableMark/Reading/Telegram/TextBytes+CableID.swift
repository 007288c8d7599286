extension TextBytes {
    /// The parts of a cable id, "09RABAT1018" → origin RABAT and serial 1018 (leading zeros
    /// kept): two digits of the year, upper-case letters, digits, and nothing else; nil for
    /// anything that is not one.
    static func cableIDParts(_ id: ArraySlice<UInt8>) -> (origin: ArraySlice<UInt8>, serial: ArraySlice<UInt8>)? {
        guard id.count > 3, id.prefix(2).allSatisfy(isDigit) else { return nil }
        let origin = id.dropFirst(2).prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        let serial = id[origin.endIndex...]
        guard !origin.isEmpty, !serial.isEmpty, serial.allSatisfy(isDigit) else { return nil }
        return (origin, serial)
    }
}
