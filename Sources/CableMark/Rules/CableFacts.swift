/// What checks ask of one cable, worked out once per cable: marker sets of every paragraph and
/// of the header, and the run's date.
struct CableFacts {
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

    init(cable: Cable, asOf: CalendarDate, buildingXMLView: Bool = false) {
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
        guard let value = cable.values(of: field).first, let level = ClassificationLevel(token: value.text) else {
            return nil
        }
        return (value, level)
    }
}
