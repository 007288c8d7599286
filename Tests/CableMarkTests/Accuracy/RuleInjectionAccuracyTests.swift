import Foundation
import Testing

@testable import CableMark

/// Injects one instance of a rule's defect into real corpus cables of every format, in the file's
/// own bytes, and checks that the rule fires and that no other finding appears.
@Suite struct RuleInjectionAccuracyTests {
    static let required = 0.97
    static let perFormat = 40
    /// A run date before every cable, so that date-passed findings do not depend on the injection.
    static let asOf = CalendarDate(year: 1900, month: 1, day: 1)!

    /// One defect: which cables it applies to, and the bytes that put it in (nil: not here).
    struct Injection: Sendable {
        var rule: String
        var inject: @Sendable (Cable, [UInt8]) -> [UInt8]?
    }

    static func replacing(_ bytes: [UInt8], _ range: Range<Int>, with text: String) -> [UInt8] {
        var copy = bytes
        copy.replaceSubrange(range, with: Array(text.utf8))
        return copy
    }

    /// The first `needle` inside `range` of the file's bytes.
    static func find(_ needle: String, in bytes: [UInt8], _ range: SourceRange) -> Range<Int>? {
        let pattern = Array(needle.utf8)
        let end = min(range.end.offset, bytes.count)
        guard end - range.start.offset >= pattern.count else { return nil }
        for start in range.start.offset...(end - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start..<(start + pattern.count)
        }
        return nil
    }

    static func isClassified(_ cable: Cable) -> Bool { cable.level?.isClassified ?? false }

    static func dated(_ cable: Cable, after year: Int) -> Bool { (cable.date?.year ?? 0) > year }

    static func firstMarked(_ cable: Cable, _ raw: String) -> Paragraph? {
        cable.paragraphs.first { $0.number != nil && $0.mark?.raw == raw }
    }

    /// The first paragraph marked `raw` when another one keeps that mark, so that changing it
    /// leaves the cable's highest mark as it was.
    static func firstOfSeveral(_ cable: Cable, _ raw: String) -> Paragraph? {
        cable.paragraphs.filter { $0.number != nil && $0.mark?.raw == raw }.count >= 2 ? firstMarked(cable, raw) : nil
    }

    static func declDate(_ cable: Cable) -> TextField? {
        guard let line = cable.executiveOrder, case .date = line.declassification else { return nil }
        return line.instruction
    }

    static let injections: [Injection] = [
        Injection(rule: "reason-invalid") { cable, bytes in
            guard isClassified(cable), dated(cable, after: 2004), let reason = cable.classifiedBy?.reason,
                cable.classifiedBy?.reasonSection == "1.4",
                let letter = find("(d)", in: bytes, reason.range) ?? find("(b)", in: bytes, reason.range)
            else { return nil }
            return replacing(bytes, letter, with: "(k)")
        },
        Injection(rule: "reason-section-date") { cable, bytes in
            guard isClassified(cable), dated(cable, after: 2004), let reason = cable.classifiedBy?.reason,
                let section = find("1.4", in: bytes, reason.range)
            else { return nil }
            return replacing(bytes, section, with: "1.5")
        },
        Injection(rule: "portion-invalid") { cable, bytes in
            guard let paragraph = firstOfSeveral(cable, "C") ?? firstOfSeveral(cable, "U"),
                let mark = find("(\(paragraph.mark!.raw))", in: bytes, paragraph.markRange)
            else { return nil }
            return replacing(bytes, mark, with: "(Q)")
        },
        Injection(rule: "portion-missing") { cable, bytes in
            guard isClassified(cable), dated(cable, after: 1995),
                let paragraph = firstOfSeveral(cable, "C") ?? firstOfSeveral(cable, "S"),
                let mark = find("(\(paragraph.mark!.raw))", in: bytes, paragraph.markRange)
            else { return nil }
            return replacing(bytes, mark, with: "   ")
        },
        Injection(rule: "portion-above-banner") { cable, bytes in
            guard cable.level == .confidential, let paragraph = firstMarked(cable, "C"),
                let mark = find("(C)", in: bytes, paragraph.markRange)
            else { return nil }
            return replacing(bytes, mark, with: "(S)")
        },
        Injection(rule: "noforn-rollup") { cable, bytes in
            guard isClassified(cable), !cable.captions.contains(where: { $0.name == "NOFORN" }), let paragraph = firstMarked(cable, "C") ?? firstMarked(cable, "S"),
                let mark = find("(\(paragraph.mark!.raw))", in: bytes, paragraph.markRange)
            else { return nil }
            return replacing(bytes, mark, with: "(\(paragraph.mark!.raw)//NF)")
        },
        Injection(rule: "routing-mismatch") { cable, bytes in
            guard cable.level == .confidential, let warning = cable.routing.securityWarning,
                let letters = find("CCCCC", in: bytes, warning.range)
            else { return nil }
            return replacing(bytes, letters, with: "SSSSS")
        },
        Injection(rule: "declass-before-origin") { cable, bytes in
            guard isClassified(cable), dated(cable, after: 1995), let decl = declDate(cable),
                let slash = (decl.range.start.offset..<decl.range.end.offset).last(where: { bytes[$0] == UInt8(ascii: "/") })
            else { return nil }
            let year = slash + 1..<decl.range.end.offset
            // MM/DD/YY or MM/DD/YYYY only: a year-first date has no year at its end.
            guard decl.text.split(separator: "/").first.map({ $0.count <= 2 }) == true, year.count == 2 || year.count == 4, year.allSatisfy({ TextBytes.isDigit(bytes[$0]) }) else { return nil }
            return replacing(bytes, year, with: year.count == 2 ? "90" : "1990")
        },
        Injection(rule: "declass-oadr") { cable, bytes in
            guard isClassified(cable), dated(cable, after: 1996), let decl = declDate(cable) else { return nil }
            return replacing(bytes, decl.range.start.offset..<decl.range.end.offset, with: "OADR")
        },
        Injection(rule: "declass-mr") { cable, bytes in
            guard isClassified(cable), dated(cable, after: 1996), let decl = declDate(cable) else { return nil }
            return replacing(bytes, decl.range.start.offset..<decl.range.end.offset, with: "MR")
        },
        Injection(rule: "declass-invalid") { cable, bytes in
            guard isClassified(cable), let decl = declDate(cable) else { return nil }
            return replacing(bytes, decl.range.start.offset..<decl.range.end.offset, with: "SOON")
        },
        Injection(rule: "tags-unknown") { cable, bytes in
            let subjectLike = cable.tags.filter { $0.text.count == 4 && ($0.text.hasPrefix("P") || $0.text.hasPrefix("E")) }
            guard subjectLike.count >= 2, let tag = subjectLike.last else { return nil }
            return replacing(bytes, tag.range.start.offset..<(tag.range.start.offset + 1), with: "Q")
        },
        Injection(rule: "paragraph-numbering") { cable, bytes in
            // Every paragraph marked: a portion-missing message naming the numbers would change too.
            let numbered = cable.paragraphs.filter { $0.number != nil }
            guard numbered.count >= 3, numbered.allSatisfy({ $0.mark != nil }), numbered[1].number == 2, let digit = find("2", in: bytes, numbered[1].range)
            else { return nil }
            return replacing(bytes, digit, with: "7")
        },
    ]

    static func cable(_ bytes: [UInt8], _ file: String) -> Cable? {
        CableReader.read(bytes: bytes, path: file).lazy.compactMap { result -> Cable? in
            if case .cable(let cable) = result { return cable }
            return nil
        }.first
    }

    /// (rule, message) pairs with their counts: a finding is new when the injected copy has more.
    static func tally(_ bytes: [UInt8], _ file: String, _ engine: Engine) -> [String: Int] {
        var counts: [String: Int] = [:]
        for finding in CableReader.read(bytes: bytes, path: file).flatMap(engine.findings(for:)) {
            counts["\(finding.ruleID)\t\(finding.message)", default: 0] += 1
        }
        return counts
    }

    @Test func everyInjectedDefectIsFoundAndNothingElse() throws {
        let engine = try Engine(ruleSets: RuleSet.builtIn(), options: EngineOptions(asOf: Self.asOf))
        let entries = try SharedData.manifest()
        let byFormat = Dictionary(grouping: entries, by: \.format)
        let originals = try byFormat.mapValues { entries in
            try entries.prefix(400).compactMap { entry -> (String, [UInt8], Cable)? in
                let bytes = try SharedData.bytes(of: entry.url)
                return Self.cable(bytes, entry.file).map { (entry.file, bytes, $0) }
            }
        }
        var failures: [String] = []
        for injection in Self.injections {
            var tried = 0
            var found = 0
            var clean = 0
            var formats: [String] = []
            for (format, cables) in originals.sorted(by: { $0.key < $1.key }) {
                var here = 0
                for (file, bytes, cable) in cables where here < Self.perFormat {
                    guard let injected = injection.inject(cable, bytes) else { continue }
                    here += 1
                    let before = Self.tally(bytes, file, engine)
                    let after = Self.tally(injected, file, engine)
                    let new = after.filter { $0.value > before[$0.key, default: 0] }.map(\.key)
                    let fires = new.contains { $0.hasPrefix(injection.rule + "\t") }
                    let others = new.filter { !$0.hasPrefix(injection.rule + "\t") }
                    if fires { found += 1 }
                    if fires, others.isEmpty { clean += 1 }
                    if !fires || !others.isEmpty, failures.count < 60 {
                        failures.append("\(injection.rule) \(file): \(fires ? "" : "not found; ")\(others.joined(separator: " | "))")
                    }
                }
                if here > 0 { formats.append("\(format) \(here)") }
                tried += here
            }
            let share = tried == 0 ? 0 : Double(clean) / Double(tried)
            print("accuracy: injection \(injection.rule) found \(found)/\(tried), found with nothing else \(clean)/\(tried) = "
                + "\(String(format: "%.1f", share * 100))% (\(formats.joined(separator: ", ")))")
            #expect(tried >= 20, "\(injection.rule): only \(tried) cables to inject into")
            #expect(share >= Self.required, "\(injection.rule): \(share)")
        }
        for line in failures { print("  \(line)") }
    }
}
