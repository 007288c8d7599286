/// How sensitive a cable is as a whole: what its unmarked portions are taken to be.
///
/// Fail-closed: the highest of what the classification line says (an UNCLAS cable with the
/// SENSITIVE, FOR OFFICIAL USE ONLY or LIMITED OFFICIAL USE caption, or a LIMITED OFFICIAL USE line, is SBU), what the container's metadata says, what
/// the ACP-127 security warning says, and what any repeat of the classification line says.
struct CableSensitivity {
    var level: Sensitivity
    /// What raised the level above the classification line's, for the manifest.
    var raisedBy: [String]

    /// Nil when the classification line is missing or names no level: such a cable gets no
    /// public version.
    init?(_ cable: Cable) {
        guard let banner = cable.banner, banner.level != nil else { return nil }
        level = Self.of(banner, captions: cable.isSensitive || Self.controlCaptions.contains(where: cable.hasCaption))
        raisedBy = []
        if let metadataLevel = cable.metadata.classificationLevel, let text = cable.metadata.classification?.text {
            var stated = Sensitivity(metadataLevel)
            // "UNCLASSIFIED//FOR OFFICIAL USE ONLY": the release's name for SBU.
            if stated == .unclassified, text.contains("/") { stated = .sbu }
            raise(to: stated, by: "the source's metadata (\(text))")
        }
        if let warning = cable.routing.securityWarningLevel, let line = cable.routing.securityWarning?.text {
            raise(to: Sensitivity(warning), by: "the security warning line (\(line))")
        }
        for repeated in cable.sectionBanners {
            raise(to: Self.of(repeated, captions: false), by: "a repeated classification line (\(repeated.marking))")
        }
    }

    /// Captions of an administrative control on unclassified information: a cable that carries
    /// one is treated as SBU (../shared/docs/domain.md §5).
    static let controlCaptions = ["FOR OFFICIAL USE ONLY", "LIMITED OFFICIAL USE"]

    private mutating func raise(to stated: Sensitivity, by reason: String) {
        guard stated > level else { return }
        level = stated
        raisedBy.append(reason)
    }

    private static func of(_ banner: Banner, captions sensitive: Bool) -> Sensitivity {
        guard let level = banner.level else { return .unclassified }
        if level == .unclassified {
            let compound = banner.compoundWords.contains { $0 == "SENSITIVE" || $0 == "SBU" || $0 == "LOU" }
            return sensitive || banner.isLOU || compound ? .sbu : .unclassified
        }
        return Sensitivity(level)
    }
}
