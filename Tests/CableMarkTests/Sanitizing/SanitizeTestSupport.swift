import Foundation
import Testing

@testable import CableMark

/// Sanitizes cables written in the tests, and reads what came out.
enum SanitizeTestSupport {
    static let asOf = CalendarDate(year: 2025, month: 1, day: 1)!

    static func options(
        release: ClassificationLevel = .unclassified, asOf: CalendarDate = asOf, declassifyExpired: Bool = false
    ) -> SanitizeOptions {
        SanitizeOptions(releaseLevel: release, asOf: asOf, declassifyExpired: declassifyExpired)
    }

    static func builtInPolicy() throws -> RedactionPolicy {
        try RedactionPolicyLoader.builtIn()
    }

    /// The public version of `text` (a raw telegram), which must not be refused.
    static func publicVersion(
        _ text: String, options: SanitizeOptions = options(), policy: RedactionPolicy? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> PublicVersion {
        let cable = try #require(parseTelegram(text), sourceLocation: sourceLocation)
        let sanitizer = Sanitizer(policy: try policy ?? builtInPolicy(), options: options)
        switch sanitizer.sanitize(cable, input: Array(text.utf8)) {
        case .publicVersion(let version): return version
        case .refused(let reason):
            Issue.record("refused: \(reason)", sourceLocation: sourceLocation)
            throw Refused(reason: reason)
        }
    }

    struct Refused: Error {
        var reason: String
    }

    /// The public version's paragraph lines by number ("3" → "3. [withheld: (C)]").
    static func paragraphLines(_ text: String) -> [Int: String] {
        var lines: [Int: String] = [:]
        for line in text.split(separator: "\n") {
            guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]) else { continue }
            lines[number] = String(line)
        }
        return lines
    }

    static func line(startingWith prefix: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }

    /// True when `output` repeats eight consecutive words of `withheld` (normalised as the
    /// verifier compares them), or all of it when it is shorter.
    static func repeatsWords(of withheld: String, in output: String) -> Bool {
        var shingles = ShingleSet()
        shingles.insert(withheld)
        return shingles.firstHit(in: Array(output.utf8)) != nil
    }

    /// A new empty directory under the temporary directory.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cablemark-sanitize-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file under `directory`, as paths relative to it, sorted.
    static func files(under directory: URL) -> [String] {
        let root = directory.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                found.append(relative)
            }
        }
        return found.sorted()
    }
}

/// A CONFIDENTIAL cable with a portion at each level, an unmarked one, contact details, handling
/// markers and the classifier's name inside a released paragraph.
enum OsloCable {
    static let text = """
        VZCZCXYZ0101
        PP RUEHWEB
        DE RUEHNY #0101/01 1722107
        ZNY CCCCC ZZH
        P 212107Z JUN 07
        FM AMEMBASSY OSLO
        TO RUEHC/SECSTATE WASHDC PRIORITY 0101

        C O N F I D E N T I A L OSLO 000101

        SIPDIS
        NOFORN

        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV NO
        SUBJECT: COALITION PARTNERS PROMISE TO HOLD TOGETHER

        REF: A. OSLO 12 B. STATE 4567 (NOTAL)

        Classified By: Ambassador Jane Q. Doe for Reasons 1.4 (b) and (d)

        1. (C) The foreign minister told the Ambassador that the three coalition parties will hold together.
        2. (U) Parliament meets again on June 25; press inquiries go to jdoe@state.gov or 202-647-4000.
        3. (S//NF) A senior official in the prime minister's office said the finance minister will resign.
        4. The coalition agreement expires in 2009 and will be renegotiated after the election.
        5. (SBU) The consular section issued 412 visas in May, up from 380 visas in April.
        6. (U) Ambassador Jane Q. Doe will host the coalition leaders on July 4. SIPDIS
        DOE
        """

    static let confidentialText =
        "The foreign minister told the Ambassador that the three coalition parties will hold together."
    static let secretText = "A senior official in the prime minister's office said the finance minister will resign."
    static let unmarkedText = "The coalition agreement expires in 2009 and will be renegotiated after the election."
    static let sbuText = "The consular section issued 412 visas in May, up from 380 visas in April."
}
