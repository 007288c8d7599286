/// A paragraph's portion mark, such as (U), (SBU), (C), (S//NF), (C//REL TO USA, GBR).
public struct PortionMark: Sendable, Hashable, Codable {
    /// The text between the parentheses, as written.
    public var raw: String
    /// The level, when the mark names one.
    public var level: ClassificationLevel?
    /// Sensitive But Unclassified: (SBU) or (SBU-N).
    public var isSBU: Bool
    /// Limited Official Use, the pre-1995 name for SBU.
    public var isLOU: Bool
    /// NOFORN: NF, NOFORN, or SBU-N.
    public var isNoforn: Bool
    /// Countries of a REL TO list, empty when there is none.
    public var releasableTo: [String]
    /// Parts of the mark that are not a known token.
    public var unknownTokens: [String]

    /// The level used to decide what may be released: SBU and LOU count as unclassified, but
    /// are withheld by a sanitizer at release U because they carry an administrative control.
    public var effectiveLevel: ClassificationLevel { level ?? .unclassified }

    /// Marks a mark is made of: a level (U, C, S, TS) or SBU/SBU-N/LOU, then controls after "/"
    /// or "//" (NF, NOFORN, REL TO ..., ORCON, ...).
    public init(raw: String) {
        // The marks nearly every paragraph carries are read once; a lookup costs a fraction of
        // reading one (the parser reads a paragraph's mark more than once).
        if let known = Self.common[raw] {
            self = known
        } else {
            self.init(reading: raw)
        }
    }

    /// The marks nearly every paragraph carries, as written between the parentheses.
    static let commonRaw = [
        "U", "C", "S", "TS", "SBU", "SBU-N", "LOU", "C/NF", "S/NF", "C//NF", "S//NF", "C/NOFORN", "S/NOFORN",
        "C//NOFORN", "S//NOFORN",
    ]

    private static let common: [String: PortionMark] = Dictionary(
        uniqueKeysWithValues: commonRaw.map { ($0, PortionMark(reading: $0)) })

    private init(reading raw: String) {
        self.raw = raw
        level = nil
        isSBU = false
        isLOU = false
        isNoforn = false
        releasableTo = []
        unknownTokens = []
        let parts = raw.uppercased().split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.trimmingSpaces() }
        for (position, part) in parts.enumerated() where !part.isEmpty {
            if position == 0, let level = ClassificationLevel(token: part) {
                self.level = level
            } else if part == "SBU" {
                isSBU = true
            } else if part == "SBU-N" || part == "SBU NOFORN" {
                isSBU = true
                isNoforn = true
            } else if part == "LOU" {
                isLOU = true
            } else if part == "NF" || part == "NOFORN" {
                isNoforn = true
            } else if part.hasPrefix("REL TO") || part.hasPrefix("REL ") {
                releasableTo = part.dropFirst(part.hasPrefix("REL TO") ? 6 : 4)
                    .split(whereSeparator: { $0 == "," || $0 == " " })
                    .map(String.init)
            } else if position > 0, Self.knownControls.contains(part) {
                continue
            } else if position > 0, let level = ClassificationLevel(token: part), self.level == nil {
                // "(SBU/C)": a level after SBU is still a level (and a finding of its own).
                self.level = level
            } else {
                unknownTokens.append(part)
            }
        }
        if level == nil, !isSBU, !isLOU, unknownTokens.isEmpty {
            unknownTokens.append(raw)
        }
    }

    /// Dissemination controls accepted after the level.
    static let knownControls: Set<String> = [
        "ORCON", "OC", "PROPIN", "PR", "IMCON", "FGI", "RELIDO", "FOUO", "LIMDIS", "EXDIS", "NODIS",
    ]

    public var isValid: Bool { unknownTokens.isEmpty }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
