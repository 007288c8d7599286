import Foundation

/// Cables written for these tests in the raw-telegram format (no real cable is copied here).
enum SyntheticCables {
    /// A CONFIDENTIAL cable whose paragraph 2 (line 16) has no portion mark.
    static let unmarkedParagraph = """
        VZCZCXYZ0001
        PP RUEHWEB
        DE RUEHLM #0001/01 1720000
        ZNY CCCCC ZZH
        P 210000Z JUN 07
        FM AMEMBASSY LIMA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0001
        BT
        C O N F I D E N T I A L LIMA 000001
        SIPDIS
        E.O. 12958: DECL: 06/21/2017
        TAGS: PREL PGOV PE
        SUBJECT: A CABLE WRITTEN FOR THE COMMAND-LINE TESTS
        Classified By: Ambassador John Doe for Reasons 1.4 (b) and (d)
        1. (C) The first paragraph is marked.
        2. The second paragraph has no portion mark.
        DOE

        """

    /// Writes `files` (name → text) into a new scratch directory.
    static func directory(_ files: [String: String]) throws -> URL {
        let directory = try CableMarkProcess.scratchDirectory()
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }
}
