import ArgumentParser
import CableMark

/// A rule id on the command line that no rule set defines: bad usage (exit status 64), with
/// the nearest known id as a suggestion.
struct UnknownRule: Error, CustomStringConvertible {
    var id: String
    var known: [String]
    /// The option that named it ("--disable"); nil for an argument.
    var option: String?

    var description: String {
        var text = "unknown rule id '\(id)'"
        if let option { text += " in \(option)" }
        if let nearest = Self.nearest(to: id, in: known) { text += "; did you mean '\(nearest)'?" }
        return text + " (`cablemark rules` lists them)"
    }

    /// The known id fewest edits away, if it is close enough to be what was meant.
    static func nearest(to id: String, in known: [String]) -> String? {
        let scored = known.map { ($0, editDistance(Array(id.utf8), Array($0.utf8))) }
        guard let best = scored.min(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }) else { return nil }
        return best.1 <= max(2, id.count / 3) ? best.0 : nil
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
