/// One report of a run and where its text goes.
public struct ReportTarget: Sendable {
    public typealias Place = OutputPlace

    public var reporter: any Reporter
    public var place: Place
    /// True for the baseline a run records: it lists the findings as they are before
    /// `--baseline` hides any.
    public var listsUnfilteredFindings: Bool

    public init(reporter: any Reporter, place: Place, listsUnfilteredFindings: Bool = false) {
        self.reporter = reporter
        self.place = place
        self.listsUnfilteredFindings = listsUnfilteredFindings
    }
}
