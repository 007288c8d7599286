import Testing

@testable import CableMark

@Suite struct ExampleEditTests {
    static let cable = "SIPDIS\n\nE.O. 12958: DECL: 06/21/2017\nTAGS: PREL PE\n\n1. (C) Text.\n\n2. (U) More.\n"

    @Test func replaceChangesTheOneOccurrence() throws {
        let edited = try ExampleEdit.replace("DECL: 06/21/2017", with: "DECL: ↓OADR").apply(to: Self.cable)
        #expect(edited == "SIPDIS\n\nE.O. 12958: DECL: ↓OADR\nTAGS: PREL PE\n\n1. (C) Text.\n\n2. (U) More.\n")
        #expect(try ExampleEdit.replace("SIPDIS", with: "").apply(to: "SIPDIS\nX") == "\nX")
    }

    @Test func deleteRemovesTheLineHoldingTheText() throws {
        #expect(try ExampleEdit.delete(lineHolding: "TAGS").apply(to: Self.cable)
            == "SIPDIS\n\nE.O. 12958: DECL: 06/21/2017\n\n1. (C) Text.\n\n2. (U) More.\n")
    }

    @Test func insertPutsALineBeforeOrAfterTheAnchor() throws {
        let before = try ExampleEdit.insert("NOFORN", nextTo: "SIPDIS", after: false).apply(to: Self.cable)
        #expect(before.hasPrefix("NOFORN\nSIPDIS\n\nE.O."))
        let after = try ExampleEdit.insert("3. (U) Last.", nextTo: "2. (U)", after: true).apply(to: Self.cable)
        #expect(after.hasSuffix("2. (U) More.\n3. (U) Last.\n"))
        let blank = try ExampleEdit.insert("", nextTo: "TAGS", after: true).apply(to: Self.cable)
        #expect(blank.contains("TAGS: PREL PE\n\n\n1. (C)"))
    }

    @Test(arguments: [
        (ExampleEdit.replace("SECRET", with: "x"), "replace: 'SECRET' is not in the cable; name text that is there once"),
        (ExampleEdit.replace("(", with: "x"), "replace: '(' is in the cable 2 times; name text that is there once"),
        (ExampleEdit.delete(lineHolding: "NOFORN"), "delete: no line holds 'NOFORN'; name text that one line holds"),
        (ExampleEdit.insert("x", nextTo: "(", after: true), "insert: 2 lines hold '('; name text that one line holds"),
    ])
    func anEditNamesTextThatOccursOnce(edit: ExampleEdit, message: String) {
        let error = #expect(throws: ExampleEditError.self) { try edit.apply(to: Self.cable) }
        #expect(error?.message == message)
    }
}
