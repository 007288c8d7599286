/// Checks files on several threads and hands back one report per file, in the files' order.
///
/// Each thread holds one file's bytes at a time, and only the findings outlive a file, so memory
/// stays bounded however many files a run has.
public enum CheckRunner {
    public static func run(
        files: [String], jobs: Int, progress: ProgressMeter? = nil,
        check: @escaping @Sendable (String) -> FileReport
    ) -> [FileReport] {
        let reports = orderedParallelMap(count: files.count, jobs: jobs) { index in
            let report = check(files[index])
            progress?.fileDone(cables: report.cableCount)
            return report
        }
        progress?.finish()
        return reports
    }
}
