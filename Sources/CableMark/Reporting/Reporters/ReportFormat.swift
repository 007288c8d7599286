/// The output formats `--format` and `--report` accept.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines, then the summary line.
    case text
    /// The documented cablemark JSON schema (docs/json-format.md).
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// JUnit XML, for CI test reports.
    case junit
    /// GitHub Actions workflow commands (annotations).
    case github
    /// Checkstyle XML.
    case checkstyle
    /// One line per rule with its counts.
    case summary
    /// A Markdown table of every finding (what `github` appends to the step summary).
    case markdown
    /// GitLab Code Quality (CodeClimate JSON).
    case codeclimate
    /// One self-contained HTML page for reviewers: summary, filters, findings in the cable text.
    case html

    /// The reporter for this format; `baseDirectory` is where relative paths in SARIF and GitHub
    /// output start from (normally the current directory), `sourceRoot` what SARIF URIs are
    /// relative to (see `SARIFReporter`).
    public func reporter(baseDirectory: String?, sourceRoot: String? = nil) -> any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter(baseDirectory: baseDirectory, sourceRoot: sourceRoot)
        case .junit: JUnitReporter()
        case .github: GitHubReporter(baseDirectory: baseDirectory)
        case .checkstyle: CheckstyleReporter()
        case .summary: SummaryReporter()
        case .markdown: MarkdownReporter()
        case .codeclimate: CodeClimateReporter(baseDirectory: baseDirectory)
        case .html: HTMLReporter()
        }
    }
}
