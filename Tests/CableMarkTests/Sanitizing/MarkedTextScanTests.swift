import Testing

@testable import CableMark

/// The verifier's second reading of the input (MarkedTextScan), judged by hand on small texts.
@Suite struct MarkedTextScanTests {
    private func runs(_ text: String, withholdsUnmarked: Bool) -> ShingleSet {
        MarkedTextScan(releases: { $0 <= .unclassified }, withholdsUnmarked: withholdsUnmarked)
            .withheldRuns(in: Array(text.utf8)[...])
    }

    private func holds(_ runs: ShingleSet, _ words: String) -> Bool { runs.firstHit(in: Array(words.utf8)) != nil }

    @Test func aNumberAfterASentenceEndStartsAParagraphWhereTheLineBreakWasLost() {
        let text =
            "1. (U) The ambassador met the foreign minister on Tuesday morning. 2. The minister said the secret "
            + "talks with the rebels will resume next week in Oslo, he said. 3) not a number: the words after it "
            + "stay in paragraph two."
        let unmarkedWithheld = runs(text, withholdsUnmarked: true)
        #expect(holds(unmarkedWithheld, "the secret talks with the rebels will resume next week"))
        #expect(holds(unmarkedWithheld, "the words after it stay in paragraph two"))
        #expect(!holds(unmarkedWithheld, "The ambassador met the foreign minister on Tuesday morning"))
        #expect(runs(text, withholdsUnmarked: false).isEmpty)
    }

    @Test func aMarkAboveTheReleaseLevelWithholdsUpToTheNextMarkOrNumber() {
        let text =
            "SUBJECT: (C) TALKS WITH THE REBELS IN OSLO NEXT WEEK\nREF: STATE 12345\n\n1. (U) The ambassador "
            + "met the foreign minister on Tuesday morning in the capital. (S//NF) He said the rebels will send "
            + "their chief negotiator to Oslo next week. (SBU) The press will be told on Friday afternoon by the "
            + "spokesman.\n2. (U) Comment: the embassy will report on the talks as they go on."
        let withheld = runs(text, withholdsUnmarked: false)
        #expect(holds(withheld, "TALKS WITH THE REBELS IN OSLO NEXT WEEK"))
        #expect(holds(withheld, "He said the rebels will send their chief negotiator to Oslo"))
        #expect(holds(withheld, "The press will be told on Friday afternoon by the spokesman"))
        #expect(!holds(withheld, "The ambassador met the foreign minister on Tuesday morning in the capital"))
        #expect(!holds(withheld, "the embassy will report on the talks as they go on"))
        #expect(!holds(withheld, "REF STATE 12345 1 U The ambassador met"))
    }

    @Test func plainTextTurnsEachContainersEncodingIntoLinesPilcrowsAndQuotes() {
        // Tags, entities and escapes at every place of an eight-byte window, and look-alikes kept.
        let input =
            #"<p>1. (C) Text&para;more\u00B6x\u00b6y\nz\"q &amp; &#182; &#10;</p>a < b &c d\u0041!\\"#
            + #"\/&QUOT;&#x00B6;&bogus;<!-- c --><br/>end"#
        let expected = "\n1. (C) Text¶more¶x¶y\nz\"q & ¶ \n\na < b &c d !\\/\"¶ \n\nend"
        #expect(String(decoding: MarkedTextScan.plainText(Array(input.utf8)[...]), as: UTF8.self) == expected)
        for shift in 0..<8 {
            let padded = String(repeating: "w", count: shift) + input
            let plain = MarkedTextScan.plainText(Array(padded.utf8)[...])
            #expect(String(decoding: plain, as: UTF8.self) == String(repeating: "w", count: shift) + expected)
        }
    }
}
