import Foundation
import Testing

@testable import CableMark

/// The same cable released in several formats (a Cablegate page, a web extract, a cables.csv
/// row, a JSON record) must read the same header fields and paragraphs. Every cable id of
/// ../shared/corpus/MANIFEST.tsv present in more than one file is compared field by field; a
/// copy that says it is a partial extract is compared only on what it holds, and a Classified By
/// line a copy cuts ("Classified By: A...") is no classifier or reason to compare.
@Suite struct CrossFormatAccuracyTests {
    static let fields = ["level", "decl", "classifier", "reason", "tags", "subject", "paragraphs"]
    static let required = 0.997

    /// The topic items cables.csv and the JSON records end a TAGS line with ("Economic Policy &
    /// General Analysis", "Human Rights, TIP", "POL-MIL Issues") are in the record's own TAGS
    /// line, after the same comma as the tags, with nothing after the line's end; the Cablegate
    /// page of the same cable renders its tags as links and leaves them out or splits them. A
    /// reader cannot tell them from a free-text item a drafter wrote (some are tag-shaped: "TIP",
    /// "UNSC"), and tags-unknown must report such items (reviewed sample), so they are read.
    static let addedTopicItem = "the record's TAGS line ends in a topic item the Cablegate page leaves out (see addedTopicItem)"

    /// Copies whose sources genuinely differ: "cable id field", and why.
    static let expectedDifferences: [String: String] = [
        "02BRASILIA4227 tags": addedTopicItem,
        "03BRASILIA2231 tags": addedTopicItem,
        "03BRASILIA3459 tags": addedTopicItem,
        "04BRASILIA2803 tags": addedTopicItem,
        "04BRASILIA745 tags": addedTopicItem,
        "04BRASILIA794 tags": addedTopicItem,
        "04BRASILIA795 tags": addedTopicItem,
        "04BRASILIA941 tags": addedTopicItem,
        "04BRASILIA985 tags": addedTopicItem,
        "04MADRID2215 tags": addedTopicItem,
        "04MADRID4063 tags": addedTopicItem,
        "05NEWDELHI2140 tags": addedTopicItem,
        "09ABUDHABI754 tags": "the JSON record's text reads 'LE SAQA, AE' where the page has SA QA: one tag-shaped word",
        "09CAIRO1468 subject": "one web page has no SUBJECT line",
        "85BEIRUT1013 subject": "the @2ac3c438 cables.csv copy leaves out the quoted word MANIFESTO, in the subject and in paragraph 1",
        "10MADRID49 subject": "the web page has no SUBJECT line",
        "10MADRID49 paragraphs": "two copies end before paragraph 1",
        "73TEHRAN8233 paragraphs":
            "the 1973 page holds paragraph 1 cut ('I ASKED TO ST...') and then another cable's text (THE HAGUE 000174, "
            + "paragraphs 1-2 marked (S)); the cables.csv copy holds paragraphs 1-3 of the cable",
    ]

    /// Disagreements that are the reader's, not yet fixed, each with its owner: counted in the
    /// raw figure, left out of the asserted one, and printed on every run.
    static let knownReaderDefects: [String: String] = [
        "04NEWDELHI6976 subject": "the cables.csv copy has a blank line inside the subject ('CATEGORY ONE', blank, 'REFUGEES'), which the reader takes for its end; the collapsed JSON text cannot show it (header reading)",
    ]

    static let partialExtractNote = "This record is a partial extract of the original cable"

    /// One copy's fields, normalized for comparison (case and punctuation are the release's,
    /// not the cable's); nil when the copy does not hold the field.
    struct Reading {
        var file: String
        var partial: Bool
        /// Fields this copy cuts short, compared with no other copy.
        var cut: Set<String> = []
        var values: [String: String]
        var paragraphs: [String]
    }

    @Test func everyFieldAgreesAcrossFormatsOnAtLeast997Permille() throws {
        let entries = try SharedData.manifest()
        let byID = Dictionary(grouping: entries, by: \.cableID).filter { $0.value.count > 1 }
        #expect(byID.count > 300)
        var compared: [String: Int] = [:]
        var agreed: [String: Int] = [:]
        var rawAgreed: [String: Int] = [:]
        var seenKeys: Set<String> = []
        var disagreements: [String] = []
        for (id, copies) in byID.sorted(by: { $0.key < $1.key }) {
            let readings = try copies.compactMap { try Self.reading(of: $0) }
            // The reference is a full copy, the first one in file order.
            guard let reference = readings.first(where: { !$0.partial }) ?? readings.first else { continue }
            for other in readings where other.file != reference.file {
                for field in Self.fields {
                    guard let agrees = Self.agree(field, reference, other) else { continue }
                    let key = "\(id) \(field)"
                    compared[field, default: 0] += 1
                    if agrees { rawAgreed[field, default: 0] += 1 }
                    if !agrees { seenKeys.insert(key) }
                    if agrees || Self.expectedDifferences[key] != nil || Self.knownReaderDefects[key] != nil {
                        agreed[field, default: 0] += 1
                    } else {
                        disagreements.append(
                            "\(key): \(reference.file) \(Self.show(field, reference)) vs \(other.file) \(Self.show(field, other))")
                    }
                }
            }
        }
        for field in Self.fields {
            let total = compared[field, default: 0]
            let share = total == 0 ? 0 : Double(agreed[field, default: 0]) / Double(total)
            let raw = total == 0 ? 0 : Double(rawAgreed[field, default: 0]) / Double(total)
            print(
                "accuracy: cross-format \(field) \(rawAgreed[field, default: 0])/\(total) = \(String(format: "%.2f", raw * 100))% as read, "
                    + "\(String(format: "%.2f", share * 100))% without expected differences and known defects")
            #expect(total > 100, "\(field): only \(total) comparisons")
            #expect(share >= Self.required, "\(field) agrees on \(share)")
        }
        print("accuracy: cross-format unexplained disagreements \(disagreements.count)")
        for line in disagreements { print("  \(line)") }
        for (key, why) in Self.knownReaderDefects.sorted(by: { $0.key < $1.key }) {
            print("  known defect \(key): \(why)")
        }
        // A listed difference that no longer occurs is stale: the list must shrink with the fixes.
        let stale = Set(Self.expectedDifferences.keys).union(Self.knownReaderDefects.keys).subtracting(seenKeys)
        #expect(stale.isEmpty, "listed differences that no longer occur: \(stale.sorted())")
    }

    static func reading(of entry: SharedData.ManifestEntry) throws -> Reading? {
        let bytes = try SharedData.bytes(of: entry.url)
        let cables = CableReader.read(bytes: bytes, path: entry.file).compactMap { result -> Cable? in
            if case .cable(let cable) = result { return cable }
            return nil
        }
        guard let cable = cables.first else { return nil }
        let partial = bytes.count < 2_000_000
            && String(decoding: bytes, as: UTF8.self).contains(partialExtractNote)
        var values: [String: String] = [:]
        values["level"] = cable.level.map { "\($0)" }
        if let line = cable.executiveOrder { values["decl"] = "\(line.declassification)" }
        var cut: Set<String> = []
        if let classifiedBy = cable.classifiedBy, classifiedBy.isCut {
            cut = ["classifier", "reason"]
        } else if let classifiedBy = cable.classifiedBy {
            values["classifier"] = normalized(classifiedBy.classifier)
            values["reason"] = (classifiedBy.reasonSection ?? "-") + " " + classifiedBy.reasonCategories
        }
        if !cable.tags.isEmpty { values["tags"] = cable.tags.map { normalized($0.text) }.joined(separator: " ") }
        if let subject = cable.subject { values["subject"] = normalized(subject.text) }
        let paragraphs = cable.paragraphs.compactMap { paragraph in
            paragraph.number.map { "\($0)\(paragraph.mark.map { "(\(normalized($0.raw)))" } ?? "")" }
        }
        return Reading(file: entry.file, partial: partial, cut: cut, values: values, paragraphs: paragraphs)
    }

    /// Letters and digits only, upper-cased.
    static func normalized(_ text: String) -> String {
        String(text.uppercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Whether two copies agree on `field`; nil when neither holds it, a partial copy lacks it, or
    /// a copy cuts it short.
    static func agree(_ field: String, _ reference: Reading, _ other: Reading) -> Bool? {
        if reference.cut.contains(field) || other.cut.contains(field) { return nil }
        if field == "paragraphs" {
            if reference.paragraphs.isEmpty, other.paragraphs.isEmpty { return nil }
            if other.partial || reference.partial {
                let (small, large) = other.paragraphs.count <= reference.paragraphs.count
                    ? (other.paragraphs, reference.paragraphs) : (reference.paragraphs, other.paragraphs)
                return Set(small).isSubset(of: Set(large))
            }
            return reference.paragraphs == other.paragraphs
        }
        let left = reference.values[field]
        let right = other.values[field]
        if left == nil, right == nil { return nil }
        if other.partial || reference.partial, left == nil || right == nil { return nil }
        return left == right
    }

    static func show(_ field: String, _ reading: Reading) -> String {
        field == "paragraphs" ? reading.paragraphs.joined(separator: " ") : (reading.values[field] ?? "nothing")
    }
}
