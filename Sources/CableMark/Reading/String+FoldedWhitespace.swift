extension String {
    /// `bytes` as a string with every run of the bytes `isWhitespace` names folded to one space,
    /// trimmed. Written straight into the string's storage (the folded text is never longer),
    /// which a short value does not even allocate; ill-formed UTF-8 is repaired as by
    /// `String(decoding:as:)`.
    init<C: Collection>(folding bytes: C, whitespace isWhitespace: (UInt8) -> Bool) where C.Element == UInt8 {
        guard !bytes.isEmpty else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: bytes.count) { folded in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if isWhitespace(byte) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        folded[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    folded[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
