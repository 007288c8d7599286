import CLibXML2

/// Our translate() and concat(), registered in every evaluation context in place of libxml2's.
///
/// libxml2 2.9.14 counts a function call as one operation whatever its arguments, and its two
/// are superlinear: translate() searches the second argument for every character of the first
/// (text × text for `translate(/, /, '')`), concat() appends each argument to a copy of all the
/// ones after it. Ours take time linear in their arguments and charge that time to the
/// evaluation's operation limit, so a rule that calls them over large text stops with the same
/// error as any other rule over the limit. Semantics are XPath 1.0's, on characters, not bytes.
enum XPathStringFunctions {
    /// Replaces libxml2's functions of the same names in `context`. xmlXPathNewContext put
    /// libxml2's in the context's function table; registering a name there fails while it is
    /// taken, so each is removed first. A compiled expression remembers the function it first
    /// found, so every context that evaluates one must call this (XPathEvaluator does).
    static func register(in context: xmlXPathContextPtr) {
        for (name, function) in [("translate", translate), ("concat", concat)] {
            xmlXPathRegisterFuncNS(context, name, nil, nil)
            xmlXPathRegisterFuncNS(context, name, nil, function)
        }
    }

    /// XPath 1.0's translate(string, string, string): each character of the first argument that
    /// occurs in the second is replaced by the character at the same position in the third (the
    /// first occurrence decides), or removed if the third is shorter; the others are kept.
    static func translate(_ text: String, from: String, to: String) -> String {
        var replacements: [Unicode.Scalar: Unicode.Scalar?] = [:]
        var targets = to.unicodeScalars.makeIterator()
        for scalar in from.unicodeScalars {
            let target = targets.next()
            if replacements[scalar] == nil { replacements[scalar] = .some(target) }
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch replacements[scalar] {
            case .none: result.append(scalar)
            case .some(.some(let target)): result.append(target)
            case .some(.none): break
            }
        }
        return String(result)
    }

    private static let translate: xmlXPathFunction = { parser, arity in
        guard let parser else { return }
        guard arity == 3 else { return xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue)) }
        guard let arguments = popStrings(parser, count: 3) else { return }
        push(translate(arguments[0], from: arguments[1], to: arguments[2]), to: parser)
    }

    /// XPath 1.0's concat(string, string, string*).
    private static let concat: xmlXPathFunction = { parser, arity in
        guard let parser else { return }
        guard arity >= 2 else { return xmlXPathErr(parser, Int32(XPATH_INVALID_ARITY.rawValue)) }
        guard let arguments = popStrings(parser, count: Int(arity)) else { return }
        push(arguments.joined(), to: parser)
    }

    /// The top `count` values of the stack as strings, first argument first, after charging
    /// their length to the operation limit; nil when that or a conversion failed, with the
    /// parser's error set as libxml2's own functions set it.
    private static func popStrings(_ parser: xmlXPathParserContextPtr, count: Int) -> [String]? {
        var arguments: [String] = []
        var bytes = 0
        for _ in 0..<count {
            // xmlXPathPopString converts any value as string() does; the copy is ours to free.
            guard let value = xmlXPathPopString(parser) else { return nil }
            defer { cablemark_xml_free(value) }
            bytes += Int(xmlStrlen(value))
            arguments.append(String(cString: value))
        }
        guard parser.pointee.error == XPATH_EXPRESSION_OK.rawValue, charge(bytes: bytes, to: parser) else { return nil }
        return arguments.reversed()
    }

    /// Adds the cost of a call over `bytes` bytes to the context's operation count, or sets
    /// libxml2's own over-the-limit error (as xmlXPathCheckOpLimit does) and returns false.
    private static func charge(bytes: Int, to parser: xmlXPathParserContextPtr) -> Bool {
        let context = parser.pointee.context!
        let limit = Int(context.pointee.opLimit)
        guard limit > 0 else { return true }
        let cost = XPathOperationLimit.cost(ofFunctionOver: bytes, limit: limit)
        let spent = Int(context.pointee.opCount)
        guard cost <= limit - spent else {
            context.pointee.opCount = UInt(limit)
            xmlXPathErr(parser, Int32(XPATH_OP_LIMIT_EXCEEDED.rawValue))
            return false
        }
        context.pointee.opCount = UInt(spent + cost)
        return true
    }

    private static func push(_ value: String, to parser: xmlXPathParserContextPtr) {
        valuePush(parser, xmlXPathNewCString(value))
    }
}
