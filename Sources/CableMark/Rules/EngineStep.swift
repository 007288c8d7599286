/// One check of an enabled rule as the engine runs it on every cable, with what does not change
/// from cable to cable worked out when the engine is made: the rule's and the check's date windows
/// as one, the check's `when` as the engine's number for it (nil: no `when`), and the severity
/// its findings get after the user's override. A class, so that running the steps copies none.
final class EngineStep: Sendable {
    let ruleID: String
    let window: DateWindow
    let condition: Int?
    let kind: any CheckKind
    let severity: Severity
    let message: MessageTemplate?

    init(ruleID: String, window: DateWindow, condition: Int?, kind: any CheckKind, severity: Severity, message: MessageTemplate?) {
        self.ruleID = ruleID
        self.window = window
        self.condition = condition
        self.kind = kind
        self.severity = severity
        self.message = message
    }
}
