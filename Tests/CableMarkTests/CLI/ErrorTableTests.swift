import Foundation
import Testing

/// Runs every row of docs/errors.md through the built binary: the case's file, the command, the
/// message on standard error and the exit status.
@Suite struct ErrorTableTests {
    struct Row: Sendable, CustomStringConvertible {
        var name: String
        var command: [String]
        var message: String
        var status: Int32
        var description: String { name }
    }

    static let rows: [Row] = {
        let path = CableMarkProcess.packageRoot.appendingPathComponent("docs/errors.md").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count == 6, cells[2].hasPrefix("`"), let status = Int32(cells[4]) else { return nil }
            func code(_ cell: String) -> String { String(cell.dropFirst().dropLast()) }
            return Row(
                name: cells[1], command: code(cells[2]).split(separator: " ").map(String.init),
                message: code(cells[3]), status: status)
        }
    }()

    static let rule = """
        <rule id="r" severity="warning"><title>t</title>
        CHECK
        <rationale source="s">r</rationale></rule>
        """

    /// Each case's file (nil: the file is not there; "/": a folder).
    static let files: [String: String?] = [
        "rules-missing": nil, "config-missing": nil, "policy-missing": nil,
        "rules-directory": "/", "config-directory": "/", "policy-directory": "/",
        "rules-too-large": "<rule-set name=\"x\" format=\"1\">" + String(repeating: " ", count: 1 << 20) + "</rule-set>",
        "rules-doctype": "<?xml version=\"1.0\"?>\n<!DOCTYPE rule-set SYSTEM \"http://127.0.0.1:9/rules.dtd\">\n<rule-set name=\"x\" format=\"1\"/>\n",
        "config-doctype": "<?xml version=\"1.0\"?>\n<!DOCTYPE cablemark SYSTEM \"file:///etc/passwd\">\n<cablemark format=\"1\"/>\n",
        "policy-doctype": "<?xml version=\"1.0\"?>\n<!DOCTYPE redaction-policy SYSTEM \"http://127.0.0.1:9/p.dtd\">\n<redaction-policy name=\"p\" version=\"1\" format=\"1\"/>\n",
        "rules-internal-subset": "<?xml version=\"1.0\"?>\n<!DOCTYPE rule-set [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>\n<rule-set name=\"x\" format=\"1\">&b;</rule-set>\n",
        "rules-entity": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">&x;</rule-set>\n",
        "rules-not-well-formed": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n</rule>\n",
        "rules-too-deep": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n"
            + String(repeating: "<a>\n", count: 32) + String(repeating: "</a>", count: 32) + "</rule-set>\n",
        "rules-schema": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n<bogus/>\n</rule-set>\n",
        "config-schema": "<?xml version=\"1.0\"?>\n<cablemark format=\"1\"><bogus/></cablemark>\n",
        "rules-xpath-function": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n<rule id=\"r\" severity=\"warning\">\n<title>t</title>\n<check kind=\"xpath\">\n<assert test=\"document('/etc/passwd')\">x</assert></check>\n<rationale source=\"s\">r</rationale></rule>\n</rule-set>\n",
        "rules-nested-quantifier": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n<rule id=\"r\" severity=\"warning\">\n<title>t</title>\n<check kind=\"pattern\" field=\"paragraph.text\" must-not-match=\"(.*a){25}\"><message>m</message></check>\n<rationale source=\"s\">r</rationale></rule>\n</rule-set>\n",
        "policy-nested-quantifier": "<?xml version=\"1.0\"?>\n<redaction-policy name=\"p\" version=\"1\" format=\"1\">\n<rule id=\"words\" kind=\"regex\" operator=\"remove\"><pattern>(\\w+\\s?)*$X</pattern></rule>\n</redaction-policy>\n",
        "rules-example-base": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n<rule id=\"r\" severity=\"warning\">\n<title>t</title>\n<check kind=\"required-field\" field=\"banner\"><message>m</message></check>\n<rationale source=\"s\">r</rationale>\n<examples>\n<triggering base=\"lima\"/>\n<non-triggering base=\"lima-confidential\"/>\n</examples></rule>\n</rule-set>\n",
        "rules-xpath-limit": "<?xml version=\"1.0\"?>\n<rule-set name=\"x\" format=\"1\">\n<rule id=\"nested-counts\" severity=\"warning\">\n<title>t</title>\n<check kind=\"xpath\">\n<assert test=\"count(//node()[count(//node()[count(//node()) &gt; 0]) &gt; 0]) &gt; 0\">x</assert></check>\n<rationale source=\"s\">r</rationale></rule>\n</rule-set>\n",
    ]

    @Test func everyRowHasItsCaseAndEveryCaseItsRow() {
        #expect(Self.rows.count == Self.files.count)
        #expect(Set(Self.rows.map(\.name)) == Set(Self.files.keys))
    }

    @Test(arguments: rows)
    func rowHolds(_ row: Row) throws {
        let directory = try CableMarkProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(row.name).xml").path
        switch Self.files[row.name] {
        case .some(.some("/")): try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        case .some(.some(let text)): try text.write(toFile: file, atomically: true, encoding: .utf8)
        default: break
        }
        let cable = directory.appendingPathComponent("cable.txt").path
        // The operation limit needs a cable big enough to exceed it: 3,000 paragraphs.
        let paragraphs = row.name == "rules-xpath-limit" ? 3000 : 2
        try SyntheticCable.text(paragraphs: paragraphs).write(toFile: cable, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out").path
        let arguments = row.command.map { $0 == "FILE" ? file : $0 == "CABLE" ? cable : $0 == "OUT" ? out : $0 }
        let result = try CableMarkProcess.run(arguments + (arguments.first == "check" ? ["--as-of", "2026-12-01"] : []))
        let expected = "cablemark: error: "
            + row.message.replacingOccurrences(of: "FILE", with: file).replacingOccurrences(of: "CABLE", with: cable)
        #expect(result.status == row.status, "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").contains { $0 == expected }, "\(result.standardError)")
        #expect(!result.standardError.contains("xmlSchema") && !result.standardError.contains("xmlXPath"))
        #expect(!FileManager.default.fileExists(atPath: out) || row.status != 2 || row.name == "rules-xpath-limit")
    }
}

/// A plain telegram with `paragraphs` numbered CONFIDENTIAL paragraphs.
enum SyntheticCable {
    static func text(paragraphs: Int) -> String {
        var text = """
            VZCZCXYZ0417
            DE RUEHVL #0417/01 0731410
            ZNY CCCCC ZZH
            P 131410Z MAR 09
            FM AMEMBASSY VALLETTA
            TO RUEHC/SECSTATE WASHDC PRIORITY 2231

            C O N F I D E N T I A L VALLETTA 000417

            E.O. 12958: DECL: 03/13/2019
            TAGS: PREL PGOV MT
            SUBJECT: MALTA: A TEST CABLE

            Classified By: Ambassador Elena M. Farrugia for reasons 1.4 (b) and (d)


            """
        for number in 1...paragraphs { text += "\(number). (C) Paragraph \(number) of the cable.\n\n" }
        return text + "FARRUGIA\n"
    }
}
