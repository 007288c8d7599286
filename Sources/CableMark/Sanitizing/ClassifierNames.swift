/// The spellings of the classifier's name a cable may use elsewhere in its text: the Classified
/// By line's words as written ("Ambassador William R. Brownfield"), the name without its title,
/// without middle initials ("William Brownfield"), and the surname after a title ("Ambassador
/// Brownfield", "the DCM's" is left alone). A lone position ("DCM") or a one-word name gives none:
/// removing it everywhere would harm the text.
struct ClassifierNames {
    /// Longest first, so that a full name is replaced before a shorter spelling inside it.
    let spellings: [String]

    /// Titles a surname may follow in the text, besides the one the Classified By line uses.
    static let titles = [
        "Ambassador", "Amb.", "Amb", "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Charge", "DCM",
        "Consul General", "CG", "Minister", "Secretary", "Counselor", "A/S", "DAS", "Acting", "General",
    ]

    /// Words of a position, never of a name.
    private static let positionWords: Set<String> = [
        "AMBASSADOR", "AMB", "AMB.", "CHARGE", "D'AFFAIRES", "DCM", "A/DCM", "CONSUL", "GENERAL", "CG", "POLOFF",
        "POLCOUNS", "ECONOFF", "ECONCOUNS", "POL", "ECON", "CHIEF", "SECTION", "ECONOMIC", "POLITICAL", "DEPUTY",
        "COUNSELOR", "MINISTER", "DIRECTOR", "SECRETARY", "OFFICER", "MISSION", "OF", "THE", "FOR", "AND", "ACTING",
        "A/S", "DAS", "PRINCIPAL", "OFFICE", "USEU", "USUN", "USNATO", "CDA", "MGMT", "RSO", "DATT", "PAO", "LEGATT",
        "CONSULATE", "EMBASSY", "AMBASSADOR'S", "PERMANENT", "REPRESENTATIVE",
    ]

    init(_ classifier: String?) {
        guard let classifier, !classifier.isEmpty else {
            spellings = []
            return
        }
        // "Jillian L. Burns, Director, …" and "Robert O. Blake, Jr": the name stands before a comma.
        let beforeComma = classifier.split(separator: ",", maxSplits: 1).first.map(String.init) ?? classifier
        let words = beforeComma.split(separator: " ").map(String.init).filter { !Self.suffixes.contains($0.uppercased()) }
        var found: [String] = []
        if classifier.split(separator: " ").count >= 2 { found.append(classifier) }
        // The surname is the last word; the first name the word before it, past any initials.
        if words.count >= 2,
            let surnameIndex = words.indices.last(where: { Self.isNameWord(words[$0]) && !Self.isInitial(words[$0]) }),
            words[surnameIndex].count >= 3
        {
            let surname = words[surnameIndex]
            var titleEnd = surnameIndex
            if let firstIndex = words[..<surnameIndex].indices.last(where: { !Self.isInitial(words[$0]) }),
                Self.isNameWord(words[firstIndex])
            {
                found.append(words[firstIndex...surnameIndex].joined(separator: " "))
                found.append(words[firstIndex] + " " + surname)
                titleEnd = firstIndex
            }
            let title = words[..<titleEnd].joined(separator: " ")
            for prefix in Self.titles + (title.isEmpty ? [] : [title]) { found.append(prefix + " " + surname) }
        }
        var seen = Set<String>()
        // Counted once each: a String counts its characters anew on every comparison.
        spellings = found.filter { seen.insert($0.uppercased()).inserted }.map { ($0, $0.count) }
            .sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// Words after a name that are not part of how the text names the person.
    private static let suffixes: Set<String> = ["JR", "JR.", "SR", "SR.", "II", "III", "IV"]

    private static func isInitial(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count == 1
    }

    private static func isNameWord(_ word: String) -> Bool {
        guard !positionWords.contains(word.uppercased()), !word.contains("/"),
            let first = word.first, first.isLetter, first.isUppercase
        else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "'" || $0 == "-" }
    }
}
