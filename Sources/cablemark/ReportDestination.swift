import ArgumentParser
import CableMark

/// `--report FORMAT:FILE`.
struct ReportDestination: ExpressibleByArgument, Hashable {
    var format: ReportFormat
    var path: String

    init(format: ReportFormat, path: String) {
        self.format = format
        self.path = path
    }

    init?(argument: String) {
        guard let colon = argument.firstIndex(of: ":"),
            let format = ReportFormat(rawValue: String(argument[..<colon]))
        else { return nil }
        let path = String(argument[argument.index(after: colon)...])
        guard !path.isEmpty else { return nil }
        self.init(format: format, path: path)
    }

    static var defaultValueDescription: String { "format:file" }
}

extension ReportFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
