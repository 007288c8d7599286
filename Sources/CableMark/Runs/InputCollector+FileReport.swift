/// Kept with the runs, which put reports in order: inputs know nothing of reports.
extension InputCollector {
    /// Reports in the order `collect` gives files (path bytes, a leading "./" ignored), inputs
    /// that could not be collected among them; reports for one path keep their order.
    public static func sorted(_ reports: [FileReport]) -> [FileReport] {
        sorted(reports) { $0.path }
    }
}
