import ArgumentParser
import CableMark
import Foundation

// Buffers of a MiB and more (a streamed dump's windows, 8 MiB each) are mapped for each use and
// returned to the system when freed. glibc's threshold otherwise rises to the largest block
// freed, after which each window comes from an arena whose freed space stays resident: a dump
// of 256 MB checked with 2 jobs peaked at 84 MB instead of 67.
#if canImport(Glibc)
/// glibc's mallopt(3), which <malloc.h> declares and the Glibc module does not import;
/// -3 is its M_MMAP_THRESHOLD.
@_silgen_name("mallopt") func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
_ = mallopt(-3, 1 << 20)
#endif

// Exit statuses are the documented ones (see `cablemark --help`): ArgumentParser's usage errors
// keep its 64; every other error is 2, never ArgumentParser's generic 1, which means findings.
// Without a default command, a mistyped one would be reported as an unexpected argument.
if let first = CommandLine.arguments.dropFirst().first, !first.hasPrefix("-"), first != "help",
    !CableMarkCommand.subcommandNames.contains(first)
{
    var message = "unknown command '\(first)'"
    if let nearest = UnknownRule.nearest(to: first, in: CableMarkCommand.subcommandNames) {
        message += "; did you mean '\(nearest)'?"
    }
    Diagnostics.error(message + " (`cablemark --help` lists the commands)")
    exit(ExitStatus.usage.rawValue)
}
do {
    var command = try CableMarkCommand.parseAsRoot()
    try command.run()
} catch let status as ExitCode {
    exit(status.rawValue)
} catch let unknown as UnknownRule {
    Diagnostics.error(unknown.description)
    exit(ExitStatus.usage.rawValue)
} catch let failure as CommandFailure {
    Diagnostics.error(failure.message)
    exit(ExitStatus.unusable.rawValue)
} catch {
    if CableMarkCommand.exitCode(for: error) == .failure {
        Diagnostics.error(CableMarkCommand.message(for: error))
        exit(ExitStatus.unusable.rawValue)
    }
    CableMarkCommand.exit(withError: error)
}
