@testable import CableMark

/// Defects of the rules in cablemark-declassification.xml: the E.O. line, the DECL instruction,
/// the classifier and the reason.
extension RuleInjection {
    /// "MM/DD/YYYY", as DECL lines write dates.
    static func monthFirst(_ date: CalendarDate) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(date.month, 2))/\(pad(date.day, 2))/\(pad(date.year, 4))"
    }

    /// A DECL date set to the cable's year plus `years`, in a classified cable of EO 12958 or later
    /// that cites no exemption.
    static func declYear(plus years: Int) -> @Sendable (Cable, [UInt8]) -> [UInt8]? {
        { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1995), let date = cable.date,
                case .date(_, let exemptions) = cable.executiveOrder?.declassification, exemptions.isEmpty,
                let year = B.declYear(cable, bytes)
            else { return nil }
            return B.replacing(bytes, year, with: String(date.earliest.year + years))
        }
    }

    /// A run date after every cable of the corpus, for declass-date-passed.
    static let afterTheCorpus = CalendarDate(year: 2012, month: 1, day: 1)!

    static let declassification: [RuleInjection] = [
        // The E.O. line left out.
        RuleInjection(rule: "eo-line-missing") { cable, bytes in
            guard let line = cable.executiveOrder?.line, B.isOwnLine(B.span(line.range), in: bytes) else { return nil }
            return B.replacing(bytes, B.span(line.range), with: "")
        },
        // A template of the order before: "E.O. 12356" on a cable of the EO 12958 years.
        RuleInjection(rule: "eo-order-date") { cable, bytes in
            guard let line = cable.executiveOrder, line.order == "12958", B.dated(cable, after: 1995),
                !B.dated(cable, after: 2008), let order = B.find("12958", in: bytes, line.line.range)
            else { return nil }
            return B.replacing(bytes, order, with: "12356")
        },
        // A classified cable written on the unclassified template: "E.O. 12958: N/A".
        RuleInjection(rule: "declass-missing") { cable, bytes in
            guard B.isClassified(cable), let line = cable.executiveOrder, let decl = B.declDate(cable) else { return nil }
            let start = B.find("DECL", in: bytes, line.line.range.start.offset..<decl.range.start.offset)?.lowerBound
                ?? decl.range.start.offset
            return B.replacing(bytes, start..<decl.range.end.offset, with: "N/A")
        },
        // An unclassified cable written on the classified template: a DECL date five years on.
        RuleInjection(rule: "declass-on-unclassified") { cable, bytes in
            guard cable.level == .unclassified, B.dated(cable, after: 1995), let date = cable.date,
                let line = cable.executiveOrder, case .notApplicable = line.declassification,
                let instruction = line.instruction
            else { return nil }
            return B.replacing(bytes, B.span(instruction.range), with: "DECL: " + monthFirst(date.latest.adding(years: 5)))
        },
        RuleInjection(rule: "declass-invalid") { cable, bytes in
            guard B.isClassified(cable), let decl = B.declDate(cable) else { return nil }
            return B.replacing(bytes, B.span(decl.range), with: "SOON")
        },
        RuleInjection(rule: "declass-before-origin") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1995), let decl = B.declDate(cable),
                let slash = B.span(decl.range).last(where: { bytes[$0] == UInt8(ascii: "/") })
            else { return nil }
            let year = slash + 1..<decl.range.end.offset
            // MM/DD/YY or MM/DD/YYYY only: a year-first date has no year at its end.
            guard decl.text.split(separator: "/").first.map({ $0.count <= 2 }) == true, year.count == 2 || year.count == 4,
                year.allSatisfy({ TextBytes.isDigit(bytes[$0]) })
            else { return nil }
            return B.replacing(bytes, year, with: year.count == 2 ? "90" : "1990")
        },
        RuleInjection(rule: "declass-over-25-years", inject: declYear(plus: 30)),
        RuleInjection(rule: "declass-over-10-years", inject: declYear(plus: 15)),
        RuleInjection(rule: "declass-oadr") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1996), let decl = B.declDate(cable) else { return nil }
            return B.replacing(bytes, B.span(decl.range), with: "OADR")
        },
        // An EO 12958 exemption of before 22 September 2003 on a later cable.
        RuleInjection(rule: "declass-x-exemption") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 2003), let decl = B.declDate(cable) else { return nil }
            return B.replacing(bytes, B.span(decl.range), with: "X1")
        },
        RuleInjection(rule: "declass-mr") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1996), let decl = B.declDate(cable) else { return nil }
            return B.replacing(bytes, B.span(decl.range), with: "MR")
        },
        // An exemption that does not exist: 25X1 to 25X9 do.
        RuleInjection(rule: "declass-exemption-invalid") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1996), let decl = B.declDate(cable) else { return nil }
            return B.replacing(bytes, B.span(decl.range), with: "25X10")
        },
        // A DECL date a year after the cable, long passed (the rule is off by default).
        RuleInjection(rule: "declass-date-passed", enables: ["declass-date-passed"], asOf: afterTheCorpus, inject: declYear(plus: 1)),
        // The Classified By line left out.
        RuleInjection(rule: "classified-by-missing") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1995), let line = cable.classifiedBy?.line,
                B.isOwnLine(B.span(line.range), in: bytes)
            else { return nil }
            return B.replacing(bytes, B.span(line.range), with: "")
        },
        // A classifier named without a position: "Classified By: Robert Smith for reasons 1.4 (d)".
        RuleInjection(rule: "classifier-position-missing") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 1995), let line = cable.classifiedBy, !line.isDerivative,
                cable.derivedFrom == nil, line.classifier.count >= 3,
                let classifier = B.find(line.classifier, in: bytes, line.line.range)
            else { return nil }
            return B.replacing(bytes, classifier, with: "Robert Smith")
        },
        RuleInjection(rule: "reason-invalid") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 2004), let reason = cable.classifiedBy?.reason,
                cable.classifiedBy?.reasonSection == "1.4",
                let letter = B.find("(d)", in: bytes, reason.range) ?? B.find("(b)", in: bytes, reason.range)
            else { return nil }
            return B.replacing(bytes, letter, with: "(k)")
        },
        RuleInjection(rule: "reason-section-date") { cable, bytes in
            guard B.isClassified(cable), B.dated(cable, after: 2004), let reason = cable.classifiedBy?.reason,
                let section = B.find("1.4", in: bytes, reason.range)
            else { return nil }
            return B.replacing(bytes, section, with: "1.5")
        },
        // An original classification that also claims to be derivative: "Derived From:" after
        // the Classified By line and its reason.
        RuleInjection(rule: "derived-from") { cable, bytes in
            guard B.isClassified(cable), cable.derivedFrom == nil, let line = cable.classifiedBy, !line.isDerivative,
                line.reason != nil
            else { return nil }
            return B.insertingLine("Derived From: DSCG 05-01", after: line.line.range.end.offset, in: bytes)
        },
    ]
}
