/// What checks ask of one cable, worked out at most once per cable and shared by every check that
/// asks: the values of each field and the result of each `when` (both when first asked for),
/// marker sets of every paragraph and of the header, and the run's date. One per cable, made by
/// the engine; a class so that what one check works out is there for the next.
final class CableFacts {
    let cable: Cable
    /// The run date that as-of date windows count from.
    let asOf: CalendarDate
    /// Markers of each paragraph, in the order of `cable.paragraphs`.
    let portions: [PortionMarkers]
    /// Every marker some paragraph has.
    let anyPortion: PortionMarkers
    let banner: BannerMarkers
    /// Header marker name → where it first stands and the text of that line.
    let header: [String: FieldValue]
    /// The cable's XML view and its parsed document, built only when an enabled rule needs it.
    let view: (view: CableXMLView, document: XMLDocument)?
    /// The values of each field once asked for, by `CableField.ordinal`. Each access is a read
    /// or a write of one element that calls out to nothing, so no two can overlap: the run-time
    /// exclusivity check (about 80 instructions a field value asked for) is left out.
    @exclusivity(unchecked) private var fieldValues: [[FieldValue]?]
    /// The result of each of the engine's conditions once asked for, by the engine's index.
    @exclusivity(unchecked) private var conditionResults: [Bool?]

    init(cable: Cable, asOf: CalendarDate, conditionCount: Int = 0, buildingXMLView: Bool = false) {
        self.cable = cable
        self.asOf = asOf
        if buildingXMLView {
            let view = CableXMLView(cable: cable)
            self.view = view.document().map { (view, $0) }
        } else {
            view = nil
        }
        portions = cable.paragraphs.map { PortionMarkers($0.mark) }
        anyPortion = portions.reduce(into: []) { $0.formUnion($1) }
        banner = BannerMarkers(cable.banner)
        var header: [String: FieldValue] = [:]
        for caption in cable.captions {
            let name = caption.name.uppercased()
            let marker = name.hasPrefix("REL TO") ? "REL" : name
            if header[marker] == nil {
                header[marker] = FieldValue(text: caption.name, range: caption.range, context: caption.name)
            }
        }
        if let banner = cable.banner {
            for word in banner.compoundWords {
                let marker = word.uppercased() == "SBU" ? "SENSITIVE" : word.uppercased()
                if header[marker] == nil { header[marker] = FieldValue(word, banner.line) }
            }
        }
        self.header = header
        fieldValues = Array(repeating: nil, count: CableField.allCases.count)
        conditionResults = Array(repeating: nil, count: conditionCount)
    }

    /// The values of `field` (`Cable.values(of:)`), worked out the first time they are asked for.
    func values(of field: CableField) -> [FieldValue] {
        if let values = fieldValues[field.ordinal] { return values }
        let values = cable.values(of: field)
        fieldValues[field.ordinal] = values
        return values
    }

    /// Whether `condition`, the engine's condition number `index`, holds: evaluated the first
    /// time a check with it is reached.
    func holds(_ condition: CableCondition, index: Int) -> Bool {
        if let result = conditionResults[index] { return result }
        let result = condition.holds(for: self)
        conditionResults[index] = result
        return result
    }

    /// Whether the cable has `marker`; a portion marker holds when some paragraph has it.
    func has(_ marker: Marker) -> Bool {
        switch marker {
        case .portion(let markers): anyPortion.isSuperset(of: markers)
        case .header(let name): header[name] != nil
        case .banner(let markers): banner.isSuperset(of: markers)
        }
    }

    /// Sensitive But Unclassified material: a SENSITIVE caption, SENSITIVE or SBU on the
    /// classification line, or an (SBU) paragraph.
    var isSBU: Bool { cable.isSensitive || anyPortion.contains(.sbu) }

    /// The first value of a level field (`CheckElement.levelField`) and the level it names.
    func level(of field: CableField) -> (value: FieldValue, level: ClassificationLevel)? {
        guard let value = values(of: field).first, let level = ClassificationLevel(token: value.text) else {
            return nil
        }
        return (value, level)
    }

    /// Where a finding about `field` missing is reported: the header line it belongs on when
    /// that line is there, else the classification line, else the start of the cable.
    func missingPlace(of field: CableField) -> (range: SourceRange, context: String) {
        if let line = field.line, let value = values(of: line).first { return (value.range, value.context) }
        return cable.missingFieldPlace
    }
}
