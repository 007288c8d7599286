/// A DEFLATE (RFC 1951) decoder, after Mark Adler's puff: canonical Huffman codes decoded one
/// bit at a time. Small and dependency-free (Foundation on Linux cannot decompress); fast enough
/// for cable files.
struct Inflater {
    struct Failure: Error, Equatable {
        var problem: String
    }

    private let input: [UInt8]
    private(set) var position: Int
    private var bitBuffer = 0
    private var bitCount = 0
    private(set) var output: [UInt8] = []
    private let outputLimit: Int

    /// Decodes the DEFLATE stream starting at `input[start]`, refusing to produce more than
    /// `outputLimit` bytes. `position` is then just past the stream's last byte.
    init(_ input: [UInt8], from start: Int, outputLimit: Int) {
        self.input = input
        position = start
        self.outputLimit = outputLimit
    }

    mutating func inflate() throws(Failure) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(Self.fixedLengths, Self.fixedDistances)
            case 2: try dynamic()
            default: throw Failure(problem: "invalid block type")
            }
        }
        // The stream ends on a byte boundary; unused bits of its last byte are padding.
        bitBuffer = 0
        bitCount = 0
    }

    private mutating func bits(_ count: Int) throws(Failure) -> Int {
        var value = bitBuffer
        while bitCount < count {
            guard position < input.count else { throw Failure(problem: "unexpected end of data") }
            value |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> count
        bitCount -= count
        return value & ((1 << count) - 1)
    }

    private mutating func emit(_ byte: UInt8) throws(Failure) {
        guard output.count < outputLimit else { throw Failure(problem: "decompressed data larger than \(outputLimit) bytes") }
        output.append(byte)
    }

    private mutating func stored() throws(Failure) {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure(problem: "unexpected end of data") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw Failure(problem: "invalid stored block length") }
        position += 4
        guard position + length <= input.count else { throw Failure(problem: "unexpected end of data") }
        guard output.count + length <= outputLimit else {
            throw Failure(problem: "decompressed data larger than \(outputLimit) bytes")
        }
        output.append(contentsOf: input[position..<(position + length)])
        position += length
    }

    /// A canonical Huffman code: how many codes have each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]
        /// Negative: over-subscribed; positive: incomplete; zero: complete.
        var unused = 0

        init(lengths: ArraySlice<Int>) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            if counts[0] == lengths.count { return }
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= counts[length]
                if left < 0 {
                    unused = left
                    return
                }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
            unused = left
        }
    }

    private mutating func decode(_ code: Huffman) throws(Failure) -> Int {
        var value = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = code.counts[length]
            if value - count < first { return code.symbols[index + (value - first)] }
            index += count
            first += count
            first <<= 1
            value <<= 1
        }
        throw Failure(problem: "invalid Huffman code")
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static let fixedLengths = Huffman(
        lengths: ArraySlice([Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
            + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)))
    private static let fixedDistances = Huffman(lengths: ArraySlice([Int](repeating: 5, count: 30)))

    private mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
        while true {
            var symbol = try decode(lengths)
            if symbol < 256 {
                try emit(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            symbol -= 257
            guard symbol < 29 else { throw Failure(problem: "invalid length code") }
            let length = Self.lengthBase[symbol] + (try bits(Self.lengthExtra[symbol]))
            let distanceSymbol = try decode(distances)
            guard distanceSymbol < 30 else { throw Failure(problem: "invalid distance code") }
            let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw Failure(problem: "distance too far back") }
            for _ in 0..<length {
                try emit(output[output.count - distance])
            }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamic() throws(Failure) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure(problem: "too many length or distance codes") }
        var lengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            lengths[Self.codeLengthOrder[index]] = try bits(3)
        }
        let codeLengths = Huffman(lengths: lengths[...])
        guard codeLengths.unused == 0 else { throw Failure(problem: "invalid code lengths code") }

        lengths = []
        let total = literalCount + distanceCount
        while lengths.count < total {
            let symbol = try decode(codeLengths)
            if symbol < 16 {
                lengths.append(symbol)
                continue
            }
            var value = 0
            let repeats: Int
            switch symbol {
            case 16:
                guard let previous = lengths.last else { throw Failure(problem: "repeat with no first length") }
                value = previous
                repeats = 3 + (try bits(2))
            case 17: repeats = 3 + (try bits(3))
            default: repeats = 11 + (try bits(7))
            }
            guard lengths.count + repeats <= total else { throw Failure(problem: "too many lengths") }
            lengths += [Int](repeating: value, count: repeats)
        }
        guard lengths[256] != 0 else { throw Failure(problem: "no end-of-block code") }
        let literals = Huffman(lengths: lengths[0..<literalCount])
        guard literals.unused >= 0, literals.unused == 0 || literalCount - literals.counts[0] == 1 else {
            throw Failure(problem: "invalid literal/length code lengths")
        }
        let distances = Huffman(lengths: lengths[literalCount...])
        guard distances.unused >= 0, distances.unused == 0 || distanceCount - distances.counts[0] == 1 else {
            throw Failure(problem: "invalid distance code lengths")
        }
        try codes(literals, distances)
    }
}
