/// A named property that marker checks and `when` conditions test, in one of three scopes:
///
/// - `portion:` a paragraph's mark: U, C, S, TS, classified (C, S or TS), SBU (SBU or SBU-N),
///   SBU-N, LOU, NF (an NF or NOFORN token), REL (a REL TO list), marked, unmarked.
/// - `header:` a caption or handling marker of the header (SIPDIS, SENSITIVE, NOFORN, EXDIS,
///   NODIS, LIMDIS, STADIS, REL for any "REL TO" caption, or any other caption word), including
///   words on the classification line after the level (SBU there counts as SENSITIVE).
/// - `banner:` the classification line: U, C, S, TS, classified, EFTO, LOU, compound (a word
///   after the level that does not belong there).
enum Marker: Sendable, Hashable, CustomStringConvertible {
    case portion(PortionMarkers)
    case header(String)
    case banner(BannerMarkers)

    enum Scope: String, Sendable {
        case portion, header, banner
    }

    var scope: Scope {
        switch self {
        case .portion: .portion
        case .header: .header
        case .banner: .banner
        }
    }

    /// Parses "portion:NF", "header:SIPDIS", "banner:classified"; nil for an unknown name.
    init?(_ text: Substring) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = String(text[text.index(after: colon)...])
        switch text[..<colon] {
        case "portion":
            guard let markers = PortionMarkers.named[name] else { return nil }
            self = .portion(markers)
        case "banner":
            guard let markers = BannerMarkers.named[name] else { return nil }
            self = .banner(markers)
        case "header":
            guard !name.isEmpty, name == name.uppercased(), !name.contains(" ") else { return nil }
            self = .header(name)
        default:
            return nil
        }
    }

    var description: String {
        switch self {
        case .portion(let markers): "portion:" + markers.name
        case .header(let name): "header:" + name
        case .banner(let markers): "banner:" + markers.name
        }
    }

    /// The marker's name without its scope, as messages show it ("NF", "SIPDIS").
    var name: String {
        switch self {
        case .portion(let markers): markers.name
        case .header(let name): name
        case .banner(let markers): markers.name
        }
    }

    static let syntaxHelp =
        "a marker is portion:NAME (\(PortionMarkers.named.keys.sorted().joined(separator: ", "))), "
        + "header:CAPTION, or banner:NAME (\(BannerMarkers.named.keys.sorted().joined(separator: ", ")))"
}

/// Properties of one paragraph's portion mark.
struct PortionMarkers: LevelMarkers, Sendable, Hashable {
    let rawValue: UInt16

    static let unclassified = PortionMarkers(rawValue: 1 << 0)
    static let confidential = PortionMarkers(rawValue: 1 << 1)
    static let secret = PortionMarkers(rawValue: 1 << 2)
    static let topSecret = PortionMarkers(rawValue: 1 << 3)
    static let classified = PortionMarkers(rawValue: 1 << 4)
    static let sbu = PortionMarkers(rawValue: 1 << 5)
    static let sbuNoforn = PortionMarkers(rawValue: 1 << 6)
    static let lou = PortionMarkers(rawValue: 1 << 7)
    static let noforn = PortionMarkers(rawValue: 1 << 8)
    static let releasable = PortionMarkers(rawValue: 1 << 9)
    static let marked = PortionMarkers(rawValue: 1 << 10)
    static let unmarked = PortionMarkers(rawValue: 1 << 11)

    static let named: [String: PortionMarkers] = [
        "U": .unclassified, "C": .confidential, "S": .secret, "TS": .topSecret, "classified": .classified,
        "SBU": .sbu, "SBU-N": .sbuNoforn, "LOU": .lou, "NF": .noforn, "REL": .releasable,
        "marked": .marked, "unmarked": .unmarked,
    ]

    var name: String { Self.named.first { $0.value == self }?.key ?? String(rawValue) }

    init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// The properties of a paragraph with this mark (nil: no mark).
    init(_ mark: PortionMark?) {
        guard let mark else {
            self = .unmarked
            return
        }
        // Reading a mark's tokens costs several strings; the common marks are read once.
        if let known = Self.common[mark.raw] {
            self = known
        } else {
            self.init(reading: mark)
        }
    }

    private static let common: [String: PortionMarkers] = Dictionary(
        uniqueKeysWithValues: PortionMark.commonRaw.map { ($0, PortionMarkers(reading: PortionMark(raw: $0))) })

    private init(reading mark: PortionMark) {
        var markers = PortionMarkers(level: mark.level).union(.marked)
        let tokens = mark.tokens
        if mark.isSBU { markers.insert(.sbu) }
        if tokens.contains("SBU-N") || tokens.contains("SBU NOFORN") { markers.insert(.sbuNoforn) }
        if mark.isLOU { markers.insert(.lou) }
        if tokens.contains("NF") || tokens.contains("NOFORN") { markers.insert(.noforn) }
        if !mark.releasableTo.isEmpty || tokens.contains("REL TO") { markers.insert(.releasable) }
        self = markers
    }
}

/// Properties of the classification line.
struct BannerMarkers: LevelMarkers, Sendable, Hashable {
    let rawValue: UInt8

    static let unclassified = BannerMarkers(rawValue: 1 << 0)
    static let confidential = BannerMarkers(rawValue: 1 << 1)
    static let secret = BannerMarkers(rawValue: 1 << 2)
    static let topSecret = BannerMarkers(rawValue: 1 << 3)
    static let classified = BannerMarkers(rawValue: 1 << 4)
    static let efto = BannerMarkers(rawValue: 1 << 5)
    static let lou = BannerMarkers(rawValue: 1 << 6)
    static let compound = BannerMarkers(rawValue: 1 << 7)

    static let named: [String: BannerMarkers] = [
        "U": .unclassified, "C": .confidential, "S": .secret, "TS": .topSecret, "classified": .classified,
        "EFTO": .efto, "LOU": .lou, "compound": .compound,
    ]

    var name: String { Self.named.first { $0.value == self }?.key ?? String(rawValue) }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    init(_ banner: Banner?) {
        guard let banner else {
            self = []
            return
        }
        var markers = BannerMarkers(level: banner.level)
        if banner.isEFTO { markers.insert(.efto) }
        if banner.isLOU { markers.insert(.lou) }
        if !banner.compoundWords.isEmpty { markers.insert(.compound) }
        self = markers
    }
}

/// Marker sets with a marker for each level, and one for any level above U.
protocol LevelMarkers: OptionSet {
    static var unclassified: Self { get }
    static var confidential: Self { get }
    static var secret: Self { get }
    static var topSecret: Self { get }
    static var classified: Self { get }
}

extension LevelMarkers {
    /// The markers of `level`: its own, and classified above U; none for no level.
    init(level: ClassificationLevel?) {
        switch level {
        case .unclassified: self = .unclassified
        case .confidential: self = Self.confidential.union(.classified)
        case .secret: self = Self.secret.union(.classified)
        case .topSecret: self = Self.topSecret.union(.classified)
        case nil: self = []
        }
    }
}
