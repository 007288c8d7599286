/// A report as the pieces it is written in, in order: text made once every file is done (the
/// head, the files' frames, the tail) and the files' parts spilled while they were checked, a
/// chunk at a time. Each piece's offset in the report is known before a byte is written, so the
/// pieces of a report file can be copied by several threads at once (`ReportOutput`).
struct ReportPieces {
    enum Piece {
        case text([UInt8])
        /// Bytes of the run's spill file.
        case spilled(Range<Int>)

        var count: Int {
            switch self {
            case .text(let bytes): bytes.count
            case .spilled(let range): range.count
            }
        }
    }

    private(set) var pieces: [(piece: Piece, offset: Int)] = []
    /// The report's size in bytes.
    private(set) var size = 0

    mutating func append(_ text: String) {
        append(.text(Array(text.utf8)))
    }

    mutating func append(_ part: SpilledPart, in spill: SpillFile) {
        for chunk in spill.chunks(of: part) { append(.spilled(chunk)) }
    }

    private mutating func append(_ piece: Piece) {
        guard piece.count > 0 else { return }
        pieces.append((piece, size))
        size += piece.count
    }

    /// The pieces cut into at most `count` runs that follow each other, of about the same number
    /// of bytes.
    func runs(_ count: Int) -> [ArraySlice<(piece: Piece, offset: Int)>] {
        let share = max(1, (size + count - 1) / count)
        var runs: [ArraySlice<(piece: Piece, offset: Int)>] = []
        var start = 0
        for index in pieces.indices where pieces[index].offset + pieces[index].piece.count >= share * (runs.count + 1) {
            runs.append(pieces[start...index])
            start = index + 1
        }
        if start < pieces.count { runs.append(pieces[start...]) }
        return runs
    }
}
