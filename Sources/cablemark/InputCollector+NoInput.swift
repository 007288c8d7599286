import CableMark

extension InputCollector {
    /// The files of `arguments`, failing (exit status 2) when the arguments exist but hold no file
    /// to read: an empty or mistyped directory, or patterns that exclude everything, must not pass
    /// as a clean run. No arguments at all (an empty list on standard input, as from a diff with
    /// no changed cables) is an empty run, not an error.
    static func collectSome(_ arguments: [String], selection: InputSelection) throws -> Collection {
        let collection = collect(arguments, selection: selection)
        if !arguments.isEmpty && collection.files.isEmpty && collection.errors.isEmpty {
            let extensions = InputSelection.defaultExtensions.sorted().map { "." + $0 }.joined(separator: " ")
            throw CommandFailure(
                "\(arguments.joined(separator: " ")): no input files found (directories are searched for \(extensions), plain or .gz)")
        }
        return collection
    }
}
