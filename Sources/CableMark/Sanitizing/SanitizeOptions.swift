/// What a sanitize run releases: the level its readers may see, and whether portions whose
/// declassification date has passed are released.
public struct SanitizeOptions: Sendable {
    /// U (the public), C or S. Every portion above it is withheld.
    public var releaseLevel: ClassificationLevel
    /// The day against which DECL dates are judged.
    public var asOf: CalendarDate
    /// Releases classified portions of cables whose DECL date is on or before `asOf`.
    public var declassifyExpired: Bool

    public init(releaseLevel: ClassificationLevel = .unclassified, asOf: CalendarDate, declassifyExpired: Bool = false)
    {
        self.releaseLevel = releaseLevel
        self.asOf = asOf
        self.declassifyExpired = declassifyExpired
    }

    /// Levels `--release` accepts: a public version is never produced for TOP SECRET readers.
    public static let releasableLevels: [ClassificationLevel] = [.unclassified, .confidential, .secret]

    /// The most a portion may need and still be released.
    var ceiling: Sensitivity { Sensitivity(releaseLevel) }
}
