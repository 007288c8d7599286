/// How the notices of a public version word a portion withheld at a level: the redaction
/// policy's `<notices style="…"/>`.
public enum NoticeStyle: String, Sendable {
    /// The portion's mark and the cable's own citation: "[withheld: (C), E.O. 12958 1.4(d)]".
    case classification
    /// The FOIA exemption claimed, as releases under FOIA mark a deletion: "[(b)(1) 1.4(b),(d)]".
    case foia

    /// What a policy that names no style uses.
    public static let standard = NoticeStyle.classification
}
