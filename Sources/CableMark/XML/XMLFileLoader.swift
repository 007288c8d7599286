import CLibXML2
import Foundation

/// The one way cablemark reads an XML file it is given — rule sets, cablemark.xml, redaction
/// policies — so that every such file meets the same bounds and every problem reads the same:
/// no network, no DTD (a DOCTYPE of any kind is refused), no entity substitution, at most
/// `maximumBytes` and `maximumDepth`, valid against the file's schema.
struct XMLFileLoader: Sendable {
    /// Larger files are refused before parsing. The largest rule set we ship is 43 KB; a 1 MiB
    /// rule set loads in well under a second, while 50 MB of rules took 43 s and 785 MB.
    static let maximumBytes = 1 << 20
    /// Deeper elements are refused. Our schemas nest five deep; libxml2's own limit (256) keeps
    /// the parser's recursion bounded before this is checked.
    static let maximumDepth = 32

    /// What the file is, in messages: "rule set", "configuration", "redaction policy".
    let kind: String
    /// Nil: the file is not checked against a schema (a file built into the binary, which the
    /// tests check against it).
    let schema: XMLSchema?

    /// Reads and parses the file at `path`; every message names `path` as given.
    func load(path: String) throws(XMLFileError) -> XMLDocument {
        try parse(try Self.contents(of: path), name: path)
    }

    /// Parses `bytes`; `name` is the file named in messages.
    func parse(_ bytes: [UInt8], name: String) throws(XMLFileError) -> XMLDocument {
        func refuse(_ problem: String, at line: Int) -> XMLFileError {
            XMLFileError(file: name, line: line, problem: problem)
        }
        guard bytes.count <= Self.maximumBytes else {
            throw refuse("is larger than the \(Self.maximumBytes >> 20) MiB an XML file may have", at: 0)
        }
        if let line = Self.lineOfDocumentType(in: bytes) {
            throw refuse("a \(kind) may not declare a DOCTYPE (no DTDs, no entities)", at: line)
        }
        let document: XMLDocument
        do throws(XMLParseError) {
            document = try XMLDocument.parseXML(bytes, name: name)
        } catch {
            throw refuse("not well-formed XML: \(Self.ourWords(error.message))", at: max(error.line, 1))
        }
        if document.hasDocumentTypeDeclaration {
            throw refuse("a \(kind) may not declare a DOCTYPE (no DTDs, no entities)", at: 1)
        }
        if let deep = document.root?.firstElement(deeperThan: Self.maximumDepth) {
            throw refuse("elements nest deeper than \(Self.maximumDepth) levels", at: deep.line)
        }
        if let violation = schema?.violations(in: document).first {
            throw refuse(Self.ourWords(violation.message), at: max(violation.line, 1))
        }
        return document
    }

    /// The bytes of the file at `path`, or the reason there are none, in the words every loader
    /// uses.
    static func contents(of path: String) throws(XMLFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw XMLFileError(file: path, line: 0, problem: "no such file")
        }
        guard !isDirectory.boolValue else { throw XMLFileError(file: path, line: 0, problem: "is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > maximumBytes
        {
            throw XMLFileError(
                file: path, line: 0, problem: "is larger than the \(maximumBytes >> 20) MiB an XML file may have")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XMLFileError(file: path, line: 0, problem: "cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }

    /// 1-based line of a "<!DOCTYPE" before the first element, if any. Found in the bytes, so that
    /// a declaration is refused before libxml2 reads its subset at all.
    static func lineOfDocumentType(in bytes: [UInt8]) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "!"), bytes[index...].starts(with: marker) { return line }
                // An element starts: the prolog, where a DOCTYPE may stand, is over.
                if next != UInt8(ascii: "?"), next != UInt8(ascii: "!") { return nil }
            }
            index += 1
        }
        return nil
    }

    /// libxml2's message without the name of the libxml2 function that raised it.
    static func ourWords(_ message: String) -> String {
        guard message.hasPrefix("xml"), let colon = message.firstIndex(of: ":"),
            !message[..<colon].contains(" ")
        else { return message }
        return message[message.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}

extension XMLSchema {
    /// One of the schemas built into the binary (Rules/*.xsd), compiled once per use site.
    static func builtIn(_ file: String) -> XMLSchema {
        do {
            return try XMLSchema(text: EmbeddedRules.files[file] ?? "", name: file)
        } catch {
            fatalError("the built-in schema \(file) does not compile: \(error)")
        }
    }
}

extension XMLNode {
    /// The first element (document order) more than `depth` elements below this one, if any.
    func firstElement(deeperThan depth: Int) -> XMLNode? {
        var stack: [(node: XMLNode, depth: Int)] = [(self, 1)]
        while let (node, level) = stack.popLast() {
            if level > depth { return node }
            stack += node.elementChildren.reversed().map { ($0, level + 1) }
        }
        return nil
    }
}
