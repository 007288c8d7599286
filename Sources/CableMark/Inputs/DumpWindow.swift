/// A piece of a streamed dump that starts and ends at record boundaries, with what reading it
/// needs to know of the file before it.
struct DumpWindow: Sendable {
    var piece: InputPiece
    var recordsBefore: Int
}
