import Foundation
import Testing

@testable import CableMark

/// Mutations injected into real corpus cables, in each container's own encoding, for each class
/// of defect a reviewer must see: `check` must report it (or, for a lost line break, still see
/// the paragraph) and the public version at release U must carry no word of what is withheld.
/// A fixed, seeded sample of classified cables per format keeps the debug run short; each
/// figure line says how many were mutated.
@Suite struct LeakMutationAccuracyTests {
    static let perFormat = 40
    static let seed: UInt64 = 9
    static let requiredShare = 0.97
    /// Cables a class must be tried on over all formats (fewer carry a classifier's name in a
    /// (U) paragraph).
    static let minimumPerClass = 60

    enum Mutation: String, CaseIterable {
        case removeMark = "remove-mark"
        case skipNumber = "skip-number"
        case loseLineBreak = "lose-line-break"
        case doubleMark = "double-mark"
        case repeatClassifier = "repeat-classifier"
    }

    /// One mutated cable: whether the defect was found, and how many withheld words leaked.
    struct Result: Sendable {
        var format: String
        var mutation: Mutation
        var found: Bool
        var leakedWords: Int
        var note: String
    }

    @Test func everyMutationIsFoundAndNoWithheldWordIsReleased() throws {
        let manifest = try SharedData.manifest()
        var generator = SeededGenerator(seed: Self.seed)
        var chosen: [SharedData.ManifestEntry] = []
        for format in Set(manifest.map(\.format)).sorted() {
            // Web extracts and raw telegrams state no classification: their banner decides.
            let candidates = manifest.filter { $0.format == format && ($0.classification.isEmpty || Self.isClassified($0.classification)) }
            chosen += candidates.shuffled(using: &generator).prefix(Self.perFormat * 2)
        }
        let engine = try Engine(
            ruleSets: try RuleSet.builtIn(), options: EngineOptions(asOf: CalendarDate(year: 2026, month: 12, day: 1)!))
        let options = SanitizeTestSupport.options()
        let sanitizer = Sanitizer(policy: try SanitizeTestSupport.builtInPolicy(), options: options)
        let verifier = PublicVersionVerifier(policy: sanitizer.policy, options: options)
        let inputs = try chosen.map { ($0, try SharedData.bytes(of: $0.url)) }
        let perCable = orderedParallelMap(count: inputs.count, jobs: ProcessInfo.processInfo.activeProcessorCount) {
            index in
            let (entry, bytes) = inputs[index]
            return Mutation.allCases.compactMap { mutation in
                Self.run(mutation, on: bytes, entry: entry, engine: engine, sanitizer: sanitizer, verifier: verifier)
            }
        }
        // At most `perFormat` cables per format and class, in the sampled order.
        var results: [Result] = []
        var taken: [String: Int] = [:]
        for cable in perCable {
            for result in cable {
                let key = result.format + " " + result.mutation.rawValue
                guard taken[key, default: 0] < Self.perFormat else { continue }
                taken[key, default: 0] += 1
                results.append(result)
            }
        }
        for mutation in Mutation.allCases {
            let ofClass = results.filter { $0.mutation == mutation }
            for format in Set(ofClass.map(\.format)).sorted() {
                let group = ofClass.filter { $0.format == format }
                print(Self.figure(mutation.rawValue + " " + format, group))
            }
            print(Self.figure(mutation.rawValue + " all-formats", ofClass))
            #expect(ofClass.count >= Self.minimumPerClass, "only \(ofClass.count) cables took the \(mutation.rawValue) mutation")
            let share = Double(ofClass.filter(\.found).count) / Double(max(1, ofClass.count))
            #expect(
                share >= Self.requiredShare,
                "\(mutation.rawValue): \(ofClass.filter { !$0.found }.map(\.note).prefix(10).joined(separator: "\n"))")
        }
        let leaks = results.filter { $0.leakedWords > 0 }
        #expect(leaks.isEmpty, "\(leaks.map(\.note).joined(separator: "\n"))")
    }

    static func figure(_ name: String, _ group: [Result]) -> String {
        let found = group.filter(\.found).count
        let share = Double(found) / Double(max(1, group.count)) * 100
        let leaked = group.reduce(0) { $0 + $1.leakedWords }
        return "accuracy: mutation \(name) found \(found)/\(group.count) (\(String(format: "%.1f", share))%), "
            + "leaked words \(leaked) (seeded sample of classified cables, at most \(perFormat) per format)"
    }

    /// The manifest's format, with "other" named for what it is in the corpus: JSON records.
    static func formatName(_ entry: SharedData.ManifestEntry) -> String {
        entry.format == "other" ? "json-record" : entry.format
    }

    static func isClassified(_ classification: String) -> Bool {
        ["CONFIDENTIAL", "SECRET"].contains { classification.uppercased().hasPrefix($0) }
    }

    // MARK: - One mutation

    static func run(
        _ mutation: Mutation, on bytes: [UInt8], entry: SharedData.ManifestEntry, engine: Engine, sanitizer: Sanitizer,
        verifier: PublicVersionVerifier
    ) -> Result? {
        let results = CableReader.read(bytes: bytes, path: entry.file)
        guard results.count == 1, case .cable(let cable) = results[0], cable.banner?.level?.isClassified == true,
            let target = target(for: mutation, in: cable, bytes: bytes)
        else { return nil }
        let paragraph = cable.paragraphs[target]
        let number = paragraph.number!
        var mutated = bytes
        let withheld = paragraph.text
        var expectation: (Cable, [Finding]) -> Bool
        switch mutation {
        case .removeMark:
            mutated.removeSubrange(paragraph.markRange.start.offset..<paragraph.markRange.end.offset)
            expectation = { _, findings in findings.contains { $0.ruleID == "portion-missing" && $0.message.hasPrefix("paragraph \(number) ") } }
        case .skipNumber:
            mutated.removeSubrange(paragraph.markRange.start.offset..<paragraph.markRange.end.offset)
            let digits = numberRange(in: bytes, from: paragraph.range.start.offset, number: number)!
            mutated.replaceSubrange(digits, with: Array(String(number + 1).utf8))
            expectation = { _, findings in
                findings.contains { $0.ruleID == "portion-missing" && $0.message.hasPrefix("paragraph \(number + 1) ") }
            }
        case .loseLineBreak:
            let breakRun = separator(before: paragraph.range.start.offset, in: bytes)
            mutated.replaceSubrange(breakRun, with: Array((number % 2 == 0 ? "  " : " ").utf8))
            let level = paragraph.mark?.sensitivity
            expectation = { cable, _ in
                cable.paragraphs.contains { $0.number == number && $0.mark?.sensitivity == level }
            }
        case .doubleMark:
            mutated.insert(contentsOf: Array("(U) ".utf8), at: paragraph.markRange.start.offset)
            expectation = { _, findings in
                findings.contains { $0.ruleID == "portion-marks-conflict" && $0.message.hasPrefix("paragraph \(number) ") }
            }
        case .repeatClassifier:
            let name = spellings(of: cable.classifiedBy!.classifier)!
            let sentence = " \(name.titled) agreed, and \(name.plain) said so."
            mutated.insert(contentsOf: Array(sentence.utf8), at: paragraph.markRange.end.offset)
            expectation = { _, _ in true }  // the sanitizer's part: judged by the leak below
        }
        let reread = CableReader.read(bytes: mutated, path: entry.file)
        guard reread.count == 1, case .cable(let mutatedCable) = reread[0] else {
            return Result(format: formatName(entry), mutation: mutation, found: false, leakedWords: 0, note: "\(entry.file): not read")
        }
        var found = expectation(mutatedCable, engine.findings(for: reread[0]))
        var leaked = 0
        var note = "\(entry.file) ¶\(number)"
        if case .publicVersion(let version) = sanitizer.sanitize(mutatedCable, input: mutated) {
            if verifier.problems(in: version).isEmpty {
                if mutation == .repeatClassifier {
                    let name = spellings(of: cable.classifiedBy!.classifier)!
                    leaked = [name.titled, name.plain].filter { LeakWords.containsPhrase($0, in: version.text) }.count
                    found = leaked == 0
                } else {
                    leaked = LeakWords.leakedWords(of: withheld, in: IndependentMarks.belowTags(version.text))
                }
                if leaked > 0 { note += ": \(leaked) words released" }
            } else {
                note += ": verification refused the public version"
            }
        }
        if !found { note += ": not found" }
        return Result(format: formatName(entry), mutation: mutation, found: found, leakedWords: leaked, note: note)
    }

    /// The paragraph a mutation works on: a numbered paragraph after the first, marked above U,
    /// in a cable numbered in sequence up to it; for the classifier's name, a (U) paragraph.
    static func target(for mutation: Mutation, in cable: Cable, bytes: [UInt8]) -> Int? {
        let paragraphs = cable.paragraphs
        guard paragraphs.count >= 3 else { return nil }
        if mutation == .repeatClassifier {
            guard let classifier = cable.classifiedBy?.classifier, spellings(of: classifier) != nil else { return nil }
            return paragraphs.indices.first { index in
                index > 0 && paragraphs[index].mark?.sensitivity == .unclassified && paragraphs[index].number != nil
            }
        }
        let candidates = paragraphs.indices.dropFirst().filter { index in
            let paragraph = paragraphs[index]
            guard let number = paragraph.number, number >= 2, paragraphs[index - 1].number == number - 1,
                let mark = paragraph.mark, mark.isValid, let level = mark.sensitivity, level >= .confidential,
                paragraph.markRange.end.offset > paragraph.markRange.start.offset,
                words(paragraph.text) >= 12, numberRange(in: bytes, from: paragraph.range.start.offset, number: number) != nil
            else { return false }
            // Not the last paragraph: the one after shows whether the split held.
            return index + 1 < paragraphs.count
        }
        guard !candidates.isEmpty else { return nil }
        return candidates[candidates.count / 2]
    }

    static func words(_ text: String) -> Int { text.split(separator: " ").count }

    /// The digits of `number` at or just after `offset` (after a pilcrow or a bullet).
    static func numberRange(in bytes: [UInt8], from offset: Int, number: Int) -> Range<Int>? {
        let digits = Array(String(number).utf8)
        for start in offset..<min(bytes.count, offset + 12) where bytes[start...].starts(with: digits) {
            let end = start + digits.count
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") { return start..<end }
        }
        return nil
    }

    /// The white space and encoded line breaks before `offset`: newlines, "\n" escapes, HTML
    /// tags and entities, a pilcrow anchor's markup.
    static func separator(before offset: Int, in bytes: [UInt8]) -> Range<Int> {
        var start = offset
        while start > 0 {
            let byte = bytes[start - 1]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                start -= 1
            } else if byte == UInt8(ascii: "n"), start >= 2, bytes[start - 2] == UInt8(ascii: "\\") {
                start -= 2
            } else if byte == UInt8(ascii: ">"), let open = bytes[max(0, start - 200)..<start].lastIndex(of: UInt8(ascii: "<")) {
                start = open
            } else if byte == UInt8(ascii: ";"), let amp = bytes[max(0, start - 10)..<start].lastIndex(of: UInt8(ascii: "&")),
                String(decoding: bytes[amp..<start], as: UTF8.self).lowercased().hasPrefix("&#x000a")
                    || String(decoding: bytes[amp..<start], as: UTF8.self) == "&#10;"
            {
                start = amp
            } else {
                break
            }
        }
        return start..<offset
    }

    /// The classifier's name without initials, and the surname after "Ambassador",
    /// read here on their own: the words before a comma, the last being the surname.
    static func spellings(of classifier: String) -> (plain: String, titled: String)? {
        let beforeComma = classifier.split(separator: ",").first.map(String.init) ?? classifier
        let words = beforeComma.split(separator: " ").map(String.init).filter { word in
            word.count > 2 && !word.hasSuffix(".") && word.allSatisfy(\.isLetter) && word.first!.isUppercase
                && word.dropFirst().contains { $0.isLowercase }
        }
        guard words.count >= 2, let surname = words.last else { return nil }
        let first = words[words.count - 2]
        guard !["Ambassador", "Charge", "Consul", "General", "Deputy", "Chief", "Counselor"].contains(first) else { return nil }
        return ("\(first) \(surname)", "Ambassador \(surname)")
    }
}

/// Words compared the way a reader compares them, written here on their own (no code of the
/// sanitizer): letters and digits, case folded.
enum LeakWords {
    static let run = 8

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// How many words of `withheld` stand in an eight-word run that `published` repeats.
    static func leakedWords(of withheld: String, in published: String) -> Int {
        let secret = words(withheld)
        guard secret.count >= run else { return 0 }
        let public8 = Set(ngrams(words(published)))
        var leaked = Set<Int>()
        for start in 0...(secret.count - run) where public8.contains(secret[start..<(start + run)].joined(separator: " ")) {
            leaked.formUnion(start..<(start + run))
        }
        return leaked.count
    }

    static func ngrams(_ words: [String]) -> [String] {
        guard words.count >= run else { return [] }
        return (0...(words.count - run)).map { words[$0..<($0 + run)].joined(separator: " ") }
    }

    static func containsPhrase(_ phrase: String, in text: String) -> Bool {
        let needle = words(phrase)
        let haystack = words(text)
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}

/// SplitMix64: the same sample on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
