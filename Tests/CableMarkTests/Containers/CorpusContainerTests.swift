import Testing

@testable import CableMark

/// Every real cable of ../shared/corpus through FormatDetector and ContainerReaders.
@Suite struct CorpusContainerTests {
    static let manifestFormats: [String: CableFormat] = [
        "raw-telegram": .rawTelegram, "web-extract": .webExtract, "cablegate-html": .cablegateHTML,
        "csv-row": .csvRecord, "other": .jsonRecord,
    ]

    @Test func everyCorpusFileIsDetectedAsItsManifestFormatAndYieldsItsCable() throws {
        let entries = try SharedData.manifest()
        #expect(entries.count == 2236)
        var mismatches: [String] = []
        for entry in entries {
            let bytes = try SharedData.bytes(of: entry.url)
            let detected = FormatDetector.detect(bytes)
            let expected = try #require(Self.manifestFormats[entry.format], "unknown manifest format \(entry.format)")
            if detected != expected {
                mismatches.append("\(entry.file): detected \(detected?.rawValue ?? "nil"), manifest \(entry.format)")
                continue
            }
            let items = ContainerReaders.read(bytes, format: expected)
            try #require(items.count == 1, "\(entry.file): \(items.count) items")
            guard case .text(let cable) = items[0] else {
                Issue.record("\(entry.file): unreadable: \(items[0])")
                continue
            }
            #expect(cable.format == expected)
            #expect(cable.recordNumber == nil, "\(entry.file)")
            #expect(cable.text.count > 200, "\(entry.file): only \(cable.text.count) bytes of text")
            #expect(!cable.text.bytes.contains(ContainerBytes.carriageReturn), "\(entry.file): CR left in text")
            Self.expectOffsetsMapLettersToThemselves(cable, bytes, entry.file)
            if !entry.classification.isEmpty {
                #expect(
                    cable.metadata.classification?.text == entry.classification,
                    "\(entry.file): metadata classification \(cable.metadata.classification?.text ?? "nil")")
                if let field = cable.metadata.classification {
                    let stated = String(decoding: bytes[field.range.start.offset..<field.range.end.offset], as: UTF8.self)
                    #expect(stated == entry.classification, "\(entry.file): classification range holds \(stated)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) format mismatches:\n\(mismatches.joined(separator: "\n"))")
    }

    /// Each letter and digit of the text is copied, never made up: the input byte its offset
    /// points at is the same letter.
    static func expectOffsetsMapLettersToThemselves(_ cable: CableText, _ input: [UInt8], _ file: String) {
        var wrong = 0
        var first: Int? = nil
        for (index, byte) in cable.text.bytes.enumerated()
        where ContainerBytes.isLetter(byte) || ContainerBytes.isDigit(byte) {
            let offset = cable.text.offset(at: index)
            if offset >= input.count || input[offset] != byte {
                wrong += 1
                first = first ?? index
            }
        }
        #expect(wrong == 0, "\(file): \(wrong) letters map elsewhere, first at text index \(first ?? -1)")
    }

    @Test func htmlPreBlocksDecodeToLibxml2sTextContent() throws {
        let entries = try SharedData.manifest().filter { $0.format == "cablegate-html" }
        #expect(entries.count == 706)
        var blocks = 0
        for entry in entries {
            let bytes = try SharedData.bytes(of: entry.url)
            let document = try #require(XMLDocument.parseHTML(bytes), "\(entry.file)")
            let root = try #require(document.root)
            let outline = try #require(
                HTMLOutline(bytes, keeping: CablegateHTMLReader.outlinedElements, text: CableTable.textElementNames))
            let table = try #require(CableTable(outline: outline), "\(entry.file): no cable table")
            // libxml2's tree, built from the same parse, is the outline's oracle: the same table,
            // its cells on the same lines, the same <pre> elements after it.
            let treeTable = try #require(Self.cableTable(root), "\(entry.file): no cable table in the tree")
            #expect(table.line == treeTable.line && table.cellLines == treeTable.cellLines, "\(entry.file)")
            let nodes = root.descendants(named: "pre").filter { $0.line >= table.line }
            let outlined = outline.descendants(of: nil, named: "pre").map { outline.elements[$0].line }
            #expect(outlined.filter { $0 >= table.line } == nodes.map(\.line), "\(entry.file): <pre> lines")
            let raw = RawHTMLElement.locate(lines: nodes.map(\.line), named: "pre", endingAt: ["/pre"], in: bytes)
            try #require(raw.count == nodes.count && !nodes.isEmpty, "\(entry.file): \(raw.count) of \(nodes.count) <pre> located")
            for (node, element) in zip(nodes, raw) {
                var decoded = SourceText()
                MarkupDecoder.decode(bytes, from: element.contentStart, to: element.contentEnd, mode: .html, into: &decoded)
                #expect(
                    String(decoding: decoded.bytes, as: UTF8.self) == Self.lineFeeds(node.textContent),
                    "\(entry.file): <pre> at line \(node.line) decodes differently from libxml2")
                blocks += 1
            }
        }
        #expect(blocks >= 706)
    }

    /// Where the scanner reads a file itself, its outline is libxml2's for the same bytes, element
    /// for element: name, line, nearest kept ancestor, parent, end, header text. Every corpus
    /// file is asked, whatever its format: a web extract's markup is HTML too.
    @Test func theScannersOutlineIsLibxml2sOnEveryFileItReads() throws {
        let entries = try SharedData.manifest()
        var scannedPages = 0
        for entry in entries {
            let bytes = try SharedData.bytes(of: entry.url)
            let names = CablegateHTMLReader.outlinedElements
            guard let outline = HTMLOutlineScanner.outline(bytes, keeping: names, text: CableTable.textElementNames)
            else { continue }
            if entry.format == "cablegate-html" { scannedPages += 1 }
            let parsed = HTMLOutline(parsingWithLibxml2: bytes, keeping: names, text: CableTable.textElementNames)
            #expect(outline == parsed, "\(entry.file)")
        }
        // Pages the scanner gives up on are libxml2's alone; most Cablegate pages are plain.
        let pages = entries.filter { $0.format == "cablegate-html" }.count
        #expect(scannedPages > pages / 2, "\(scannedPages) of \(pages) pages scanned")
    }

    /// The cable table read from libxml2's tree: the first table whose header row's cells include
    /// "Reference ID", and the first of its rows with as many value cells.
    static func cableTable(_ root: XMLNode) -> (line: Int, cellLines: [Int])? {
        for table in root.descendants(named: "table") {
            let rows = table.descendants(named: "tr")
            guard let header = rows.first(where: { !$0.elements(named: "th").isEmpty }) else { continue }
            let names = header.elements(named: "th").map {
                ContainerBytes.foldedString(Array($0.textContent.utf8)).lowercased()
            }
            guard names.contains("reference id"),
                let values = rows.first(where: { $0.elements(named: "td").count == names.count })
            else { continue }
            return (table.line, values.elements(named: "td").map(\.line))
        }
        return nil
    }

    /// libxml2 keeps CR in text; cable text has "\n" line ends only (CRLF and a lone CR are LF).
    static func lineFeeds(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
                result.append(0x0A)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    @Test func everySeedIsDetectedAndRead() throws {
        let seeds = try SharedData.seedFiles()
        #expect(seeds.count == 5)
        for seed in seeds {
            let bytes = try SharedData.bytes(of: seed)
            let format = try #require(FormatDetector.detect(bytes), "\(seed.lastPathComponent) not detected")
            #expect(format == .rawTelegram || format == .webExtract)
            let items = ContainerReaders.read(bytes, format: format)
            guard items.count == 1, case .text(let cable) = items[0] else {
                Issue.record("\(seed.lastPathComponent): \(items)")
                continue
            }
            Self.expectOffsetsMapLettersToThemselves(cable, bytes, seed.lastPathComponent)
        }
    }
}
