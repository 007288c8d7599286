import Foundation
import Testing

@testable import CableMark

/// Every public version of the corpus at release U, checked by a reading of the original text
/// that shares no code with the sanitizer or the parser: the words after every mark above U, up
/// to the next mark or paragraph number, must not stand as an eight-word run in the public text
/// below its TAGS line. Also counts the (U) paragraphs withheld, by the sanitizer's reason.
@Suite struct CorpusLeakAccuracyTests {
    @Test func noWordMarkedAboveUIsPublished() throws {
        let manifest = try SharedData.manifest()
        let options = SanitizeTestSupport.options()
        let sanitizer = Sanitizer(policy: try SanitizeTestSupport.builtInPolicy(), options: options)
        let verifier = PublicVersionVerifier(policy: sanitizer.policy, options: options)
        let outcomes = orderedParallelMap(count: manifest.count, jobs: ProcessInfo.processInfo.activeProcessorCount) {
            index -> (written: Int, leaks: [String], withheldU: [String: Int], paragraphsU: Int) in
            let entry = manifest[index]
            guard let bytes = try? SharedData.bytes(of: entry.url) else { return (0, ["\(entry.file): unreadable"], [:], 0) }
            var written = 0
            var leaks: [String] = []
            var withheldU: [String: Int] = [:]
            var paragraphsU = 0
            for result in CableReader.read(bytes: bytes, path: entry.file) {
                guard case .cable(let cable) = result,
                    case .publicVersion(let version) = sanitizer.sanitize(cable, input: bytes),
                    verifier.problems(in: version).isEmpty
                else { continue }
                written += 1
                let original = IndependentMarks.plainText(Self.slice(bytes, cable.range))
                let published = IndependentMarks.belowTags(version.text)
                let leaked = IndependentMarks.withheldTexts(in: original).reduce(0) {
                    $0 + LeakWords.leakedWords(of: $1, in: published)
                }
                if leaked > 0 { leaks.append("\(entry.file): \(leaked) words") }
                let uNumbers = Set(cable.paragraphs.filter { $0.mark?.raw.trimmingSpaces() == "U" }.compactMap(\.number))
                paragraphsU += uNumbers.count
                for alteration in version.alterations where alteration.kind == .withheldParagraph {
                    if let number = alteration.paragraph, uNumbers.contains(number) {
                        withheldU[alteration.rule, default: 0] += 1
                    }
                }
            }
            return (written, leaks, withheldU, paragraphsU)
        }
        let written = outcomes.reduce(0) { $0 + $1.written }
        let leaks = outcomes.flatMap(\.leaks)
        var withheldU: [String: Int] = [:]
        for outcome in outcomes { withheldU.merge(outcome.withheldU, uniquingKeysWith: +) }
        let paragraphsU = outcomes.reduce(0) { $0 + $1.paragraphsU }
        print("accuracy: corpus leak check at release U: \(written) public versions of \(manifest.count) files, "
            + "\(leaks.count) with leaked words")
        let reasons = withheldU.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("accuracy: corpus (U) paragraphs withheld at release U: \(withheldU.values.reduce(0, +)) of \(paragraphsU)"
            + (reasons.isEmpty ? "" : " (\(reasons))"))
        #expect(written > 2200)
        #expect(leaks.isEmpty, "\(leaks.prefix(20).joined(separator: "\n"))")
    }

    static func slice(_ bytes: [UInt8], _ range: SourceRange) -> String {
        let start = min(max(0, range.start.offset), bytes.count)
        return String(decoding: bytes[start..<min(max(start, range.end.offset), bytes.count)], as: UTF8.self)
    }
}

/// Marks above U found in a cable's text with regular expressions, written here on their own.
enum IndependentMarks {
    /// A mark above U: C, S, TS, SBU, LOU, or U with a control after it ("(U//FOUO)").
    /// Controls after the level are words of two letters or more ("NF", "REL TO USA, GBR"):
    /// "(S/C)" for a sub-committee and "(S/P)" for Policy Planning are no marks.
    static let mark = try! NSRegularExpression(
        pattern: #"\((?:(?:C|S|TS|SBU|SBU-N|LOU)(?:\s*/{1,2}[A-Z][A-Z ,\-]{1,30})*|U\s*/{1,2}[A-Z][A-Z ,\-/]{1,30})\)"#)
    /// Where the text after a mark stops: any mark, a paragraph number after a line break or a
    /// sentence end, or the label of a header field (the subject's mark covers the subject only).
    static let stop = try! NSRegularExpression(
        pattern: #"\((?:U|C|S|TS|SBU|SBU-N|LOU)(?:\s*/{1,2}[A-Z ,\-/]{1,30})?\)|(?:^|\n|[.:;"'?!)]\s{1,3}|\s)\d{1,3}[.,]\s|(?:\n|\s{2})\s*(?:REFS?:|REF |TAGS:|E\.O\.|Classified [Bb]y|CLASSIFIED BY)"#)

    /// The text after every mark above U, up to the next mark or number.
    static func withheldTexts(in text: String) -> [String] {
        let whole = NSRange(text.startIndex..., in: text)
        let stops = stop.matches(in: text, range: whole).map(\.range)
        let ns = text as NSString
        return mark.matches(in: text, range: whole).compactMap { match in
            // A reason's letter ("1.4(C)", "(B), (C)") or a list's ("(B) STATE 12 (C) …") is no mark.
            let before = ns.substring(with: NSRange(location: max(0, match.range.location - 160), length: min(160, match.range.location)))
            let trimmed = before.trimmingCharacters(in: .whitespaces)
            if let last = trimmed.last, last.isNumber || last == "," { return nil }
            let inner = ns.substring(with: match.range).dropFirst().dropLast()
            if inner.count == 1, let letter = inner.unicodeScalars.first,
                let previous = Unicode.Scalar(letter.value - 1), before.contains("(\(Character(previous)))")
            {
                return nil
            }
            let start = match.range.upperBound
            let end = stops.first { $0.location >= start }?.location ?? whole.upperBound
            guard end > start, let range = Range(NSRange(location: start, length: end - start), in: text) else { return nil }
            return String(text[range])
        }
    }

    /// The text of a container, its markup and escapes turned into spaces and line breaks.
    static func plainText(_ text: String) -> String {
        var plain = text.replacingOccurrences(of: #"<[^>]{0,300}>"#, with: "\n", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"&#x0*[aA];|&#0*10;"#, with: "\n", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"&[#A-Za-z0-9]{1,8};"#, with: " ", options: .regularExpression)
        plain = plain.replacingOccurrences(of: #"\\[nr]"#, with: "\n", options: .regularExpression)
        return plain
    }

    /// The public text after its TAGS line: what it carries of the cable's own body.
    static func belowTags(_ text: String) -> String {
        guard let tags = text.range(of: "\nTAGS") else { return text }
        let rest = text[tags.upperBound...]
        guard let lineEnd = rest.firstIndex(of: "\n") else { return "" }
        return String(rest[lineEnd...])
    }
}
