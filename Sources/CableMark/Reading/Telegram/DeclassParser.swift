/// Reads what follows "DECL:": a date, exemptions, OADR, MR, N/A.
enum DeclassParser {
    static func parse(_ instruction: String) -> DeclassInstruction {
        let tokens = instruction.uppercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
            .map { String($0).trimming(".()") }
            .filter { !$0.isEmpty && $0 != "AND" }
        guard !tokens.isEmpty else { return .missing }
        if let word = instructionWords[tokens.joined(separator: " ")] { return word }
        var date: CalendarDate?
        var exemptions: [String] = []
        for token in tokens {
            // A field label glued on when a line break was lost ("08/22/2017 AGS: PGOV") ends it.
            if date != nil || !exemptions.isEmpty, token.hasSuffix(":") { break }
            let bytes = TextBytes(bytes: Array(token.utf8))
            if date == nil, let parsed = bytes.slashDate(at: 0, token.utf8.count, years: .declassification), parsed.end == token.utf8.count {
                guard let value = parsed.date else { return .unreadable(instruction) }
                date = value
            } else if isExemption(token) {
                exemptions.append(token)
            } else {
                return .unreadable(instruction)
            }
        }
        if let date { return .date(date, exemptions: exemptions) }
        return .exemptions(exemptions)
    }

    /// Instructions written as words rather than a date.
    static let instructionWords: [String: DeclassInstruction] = [
        "N/A": .notApplicable, "NA": .notApplicable, "N / A": .notApplicable, "OADR": .oadr,
        "MR": .manualReview, "M/R": .manualReview, "MANUAL REVIEW": .manualReview,
    ]

    /// Anything shaped like an exemption: X1–X8 (also "1.6X1"), 25X…, 50X…, AEA, NATO. Whether
    /// it is a valid one for the cable's date is the rules' business.
    static func isExemption(_ token: String) -> Bool {
        let body = token.hasPrefix("1.6") ? String(token.dropFirst(3)) : token
        if ["AEA", "NATO", "NATO-AEA"].contains(body) { return true }
        guard let x = body.firstIndex(of: "X") else { return false }
        let prefix = body[..<x]
        let rest = body[body.index(after: x)...]
        guard prefix.isEmpty || prefix == "25" || prefix == "50" || prefix == "75",
            let digit = rest.first, digit.isNumber
        else { return false }
        return true
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
