/// Classification levels, lowest first: U < C < S < TS.
public enum ClassificationLevel: Int, Sendable, Comparable, CaseIterable, Codable {
    case unclassified = 0
    case confidential = 1
    case secret = 2
    case topSecret = 3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Short form as portion marks write it: U, C, S, TS.
    public var abbreviation: String {
        switch self {
        case .unclassified: "U"
        case .confidential: "C"
        case .secret: "S"
        case .topSecret: "TS"
        }
    }

    /// Long form as classification lines write it.
    public var name: String {
        switch self {
        case .unclassified: "UNCLASSIFIED"
        case .confidential: "CONFIDENTIAL"
        case .secret: "SECRET"
        case .topSecret: "TOP SECRET"
        }
    }

    public var isClassified: Bool { self != .unclassified }

    /// Reads U/C/S/TS or the long names (any case).
    public init?(token: String) {
        switch token.uppercased() {
        case "U", "UNCLAS", "UNCLASSIFIED": self = .unclassified
        case "C", "CONFIDENTIAL": self = .confidential
        case "S", "SECRET": self = .secret
        case "TS", "TOP SECRET": self = .topSecret
        default: return nil
        }
    }
}
