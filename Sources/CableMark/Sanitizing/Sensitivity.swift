/// How much protection a portion or a cable needs, for deciding what a public version may carry:
/// the classification levels, with SBU (and LOU, its pre-1995 name) between unclassified and
/// confidential because it carries an administrative control.
public enum Sensitivity: Int, Sendable, Comparable, CaseIterable {
    case unclassified = 0
    case sbu = 1
    case confidential = 2
    case secret = 3
    case topSecret = 4

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(_ level: ClassificationLevel) {
        switch level {
        case .unclassified: self = .unclassified
        case .confidential: self = .confidential
        case .secret: self = .secret
        case .topSecret: self = .topSecret
        }
    }

    /// The mark a withholding notice states: U, SBU, C, S, TS.
    public var mark: String {
        switch self {
        case .unclassified: "U"
        case .sbu: "SBU"
        case .confidential: "C"
        case .secret: "S"
        case .topSecret: "TS"
        }
    }

    /// C, S and TS: information an executive order protects, which a DECL date can release.
    public var isClassified: Bool { self >= .confidential }
}

extension PortionMark {
    /// The sensitivity the mark states. A U portion with any control after it ("(U//FOUO)",
    /// "(U//NF)") counts as SBU: the control still keeps it from the public. Nil when the mark
    /// names no level and no SBU/LOU.
    var sensitivity: Sensitivity? {
        let controlled =
            isSBU || isLOU || isNoforn || !releasableTo.isEmpty
            || raw.split(separator: "/", omittingEmptySubsequences: true).count > 1
        switch level {
        case .some(let level) where level.isClassified: return Sensitivity(level)
        case .some: return controlled ? .sbu : .unclassified
        case .none: return isSBU || isLOU ? .sbu : nil
        }
    }
}
