/// The E.O. line: "E.O. 12958: DECL: 06/21/2017", "E.O. 12958: N/A", "E.O. 12356: DECL: OADR".
public struct ExecutiveOrderLine: Sendable, Hashable, Codable {
    public var line: TextField
    /// The order's number as written ("12958", "13526"); nil when it could not be read.
    public var order: String?
    /// What follows "DECL:" (or the N/A), nil when there is nothing.
    public var instruction: TextField?
    /// The instruction, interpreted.
    public var declassification: DeclassInstruction

    public init(
        line: TextField, order: String?, instruction: TextField?, declassification: DeclassInstruction
    ) {
        self.line = line
        self.order = order
        self.instruction = instruction
        self.declassification = declassification
    }
}
