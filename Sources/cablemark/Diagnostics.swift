import Foundation

/// Messages for the user on standard error, one line each.
enum Diagnostics {
    static func error(_ message: String) {
        write("cablemark: error: \(message)\n")
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Standard output, written whole.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// A problem that makes a command unusable (exit status 2): a rule set, an input, an output.
struct CommandFailure: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    init(_ error: some CustomStringConvertible) {
        message = error.description
    }
}
