/// The tool's name, version and home page, as machine-readable reports name them.
public struct ToolInfo: Sendable, Hashable {
    public var name: String
    public var version: String
    public var informationURI: String

    public init(name: String, version: String, informationURI: String) {
        self.name = name
        self.version = version
        self.informationURI = informationURI
    }

    public static let cablemark = ToolInfo(
        name: "cablemark", version: "0.1.0", informationURI: "https://github.com/cablemark/cablemark")
}
