/// Checks a public version before it is written: parsed again as a telegram, it must carry the
/// release level, no portion above it, no caption or handling marker, none of the text that was
/// withheld or redacted, and no run of words that the input's own marks and paragraph numbers
/// withhold, as `MarkedTextScan` reads them from the input's bytes without the parser. Any
/// problem blocks the write.
public struct PublicVersionVerifier: Sendable {
    public let policy: RedactionPolicy
    public let options: SanitizeOptions

    /// Every handling marker in one list, and each in a list of its own: a public version the
    /// first finds nothing in holds none of them, and is not searched once per marker.
    private let anyMarker: TermList
    private let markers: [(marker: String, list: TermList)]

    public init(policy: RedactionPolicy, options: SanitizeOptions) {
        self.policy = policy
        self.options = options
        anyMarker = TermList(terms: policy.handlingMarkers, caseSensitive: true)
        markers = policy.handlingMarkers.map { ($0, TermList(terms: [$0], caseSensitive: true)) }
    }

    /// What is wrong with `version`, one line each; empty when it may be written. Messages name
    /// places in the public text, never the withheld text itself.
    public func problems(in version: PublicVersion) -> [String] {
        let bytes = Array(version.text.utf8)
        let (reread, structural) = structureProblems(bytes)
        var problems = structural
        // Lines are counted only for a problem found.
        func line(_ offset: Int) -> Int { LineIndex(bytes: bytes).position(ofOffset: offset).line }
        func line(ofWords words: Range<Int>) -> Int {
            line(bytes.withUnsafeBufferPointer { ShingleSet.byteRange(ofWords: words, in: $0) }.lowerBound)
        }

        if !anyMarker.matches(in: bytes).isEmpty {
            for (marker, list) in markers {
                for range in list.matches(in: bytes) {
                    problems.append("handling marker \(marker) left at line \(line(range.lowerBound))")
                }
            }
        }
        // The public text's words, read once for both searches below.
        let words = bytes.withUnsafeBufferPointer(ShingleSet.wordHashes)
        // A withheld paragraph may hold a repeat of the header (a second section's E.O. and TAGS
        // lines): the header lines the public text carries are not withheld text.
        let headerWords = reread.map { ShingleSet.wordHashes(Self.headerText(of: $0)) }
        var withheld = ShingleSet()
        withheld.insert(contentsOf: version.withheldTexts.map(ShingleSet.wordHashes))
        if let headerWords { withheld.remove(shinglesOf: headerWords) }
        if let hit = withheld.firstHit(words: words) {
            problems.append(
                "line \(line(ofWords: hit)) repeats \(ShingleSet.length) or more consecutive words of withheld text")
        }
        if var marked = version.markedRuns {
            if let headerWords { marked.remove(shinglesOf: headerWords) }
            if let hit = marked.firstHit(words: words) {
                problems.append(
                    "line \(line(ofWords: hit)) repeats \(ShingleSet.length) or more consecutive words that follow, in "
                        + "the input, a mark above the release level or an unmarked paragraph number")
            }
        } else {
            problems.append("made without the input's bytes: its text could not be checked against the input's marks")
        }
        if let found = TermList(terms: version.classifierNames, caseSensitive: false).matches(in: bytes).first {
            problems.append("text removed by \(TextRedactor.classifierRule) is still at line \(line(found.lowerBound))")
        }
        for (rule, text) in version.removedStrings {
            if let found = TermList(terms: [text], caseSensitive: false).matches(in: bytes).first {
                problems.append("text removed by \(rule) is still at line \(line(found.lowerBound))")
            }
        }
        return problems
    }

    /// The header lines a public version carries: withheld text may repeat them.
    private static func headerText(of reread: Cable) -> String {
        let header = [
            reread.routing.dateTimeGroup?.text, reread.banner?.line.text, reread.executiveOrder?.line.text,
            reread.tagsLine?.text, reread.subject.map { "SUBJECT: " + $0.text },
            reread.references.map { "REF: " + $0.text },
        ]
        return header.compactMap { $0 }.joined(separator: "\n")
    }

    /// The public text read back as a cable: its classification line, captions and marks.
    private func structureProblems(_ bytes: [UInt8]) -> (cable: Cable?, problems: [String]) {
        let source = CableText(
            format: .rawTelegram, text: SourceText(verbatim: bytes[...], offset: 0), lineIndex: LineIndex(bytes: bytes),
            startOffset: 0, endOffset: bytes.count)
        guard case .cable(let cable) = TelegramParser(source: source, path: "public version").parse() else {
            return (nil, ["the public text does not read as a cable"])
        }
        var problems: [String] = []
        if let banner = cable.banner {
            if banner.level != options.releaseLevel || !banner.compoundWords.isEmpty || banner.isEFTO || banner.isLOU {
                problems.append("the classification line reads '\(banner.marking)', not \(options.releaseLevel.name)")
            }
        } else {
            problems.append("the public text has no classification line")
        }
        for caption in cable.captions {
            problems.append("caption \(caption.name) left at line \(caption.range.start.line)")
        }
        let ceiling = options.ceiling
        for paragraph in cable.paragraphs {
            guard let mark = paragraph.mark else { continue }
            let number = paragraph.number.map { "paragraph \($0)" } ?? "a paragraph"
            guard mark.isValid, let sensitivity = mark.sensitivity else {
                problems.append("\(number) carries an unreadable mark at line \(paragraph.range.start.line)")
                continue
            }
            if sensitivity > ceiling {
                problems.append(
                    "\(number) is marked (\(mark.raw)), above the release level, at line \(paragraph.range.start.line)")
            }
        }
        if let subject = cable.subject, let mark = Sanitizer.leadingMark(subject.text)?.mark,
            let sensitivity = mark.sensitivity, sensitivity > ceiling
        {
            problems.append("the subject is marked (\(mark.raw)), above the release level")
        }
        return (cable, problems)
    }
}
