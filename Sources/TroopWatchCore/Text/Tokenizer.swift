/// Splits text into tokens in one pass over its UTF-8 bytes, decoding a scalar only where a byte
/// is not ASCII. Offsets count Unicode scalars (the API's unit), i.e. bytes that start a scalar.
public enum Tokenizer {
    public static func tokenize(_ text: Substring, baseOffset: Int = 0) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ bytes in
            tokenize(bytes: bytes, baseOffset: baseOffset, utf8Base: utf8Offset(of: text))
        }) {
            return tokens
        }
        var copy = String(text)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { bytes in
            tokenize(bytes: bytes, baseOffset: baseOffset, utf8Base: utf8Offset(of: text))
        } ?? []
    }

    /// Where a substring starts in its base string, in UTF-8 bytes.
    private static func utf8Offset(of text: Substring) -> Int {
        text.base.utf8.distance(from: text.base.utf8.startIndex, to: text.startIndex)
    }

    /// The fast path: one pass over contiguous UTF-8, ASCII handled byte by byte.
    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int, utf8Base: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var position = 0
        var offset = baseOffset
        var sawSpace = false
        var sawLineBreak = false
        while position < bytes.count {
            let (scalar, width) = decode(bytes, at: position)
            if isWhitespace(scalar) {
                sawSpace = true
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" { sawLineBreak = true }
                position += width
                offset += 1
                continue
            }
            let start = position
            let startOffset = offset
            let kind: Token.Kind
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var needsUnicodeKey = false
            if isDigit(scalar) {
                kind = .number
                repeat {
                    hash = (hash ^ UInt64(bytes[position])) &* 0x100_0000_01b3
                    position += 1
                    offset += 1
                } while position < bytes.count && bytes[position] >= 48 && bytes[position] <= 57
            } else if isLetter(scalar) {
                kind = .word
                var current = scalar
                var currentWidth = width
                while true {
                    if currentWidth == 1 {
                        let byte = bytes[position]
                        hash = (hash ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* 0x100_0000_01b3
                    } else {
                        needsUnicodeKey = true
                    }
                    position += currentWidth
                    offset += 1
                    guard position < bytes.count else { break }
                    (current, currentWidth) = decode(bytes, at: position)
                    guard isLetter(current) || isDigit(current) else { break }
                }
            } else {
                kind = .punctuation
                for byte in bytes[position..<(position + width)] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                position += width
                offset += 1
            }
            // Token boundaries are scalar boundaries of valid UTF-8, so decoding never repairs.
            let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            let key = needsUnicodeKey ? WordKey.of(lowercased: surface.lowercased()[...].utf8) : (hash == 0 ? 1 : hash)
            tokens.append(
                Token(
                    kind: kind, text: surface, key: key, firstScalar: scalar, isCapitalized: kind == .word && isUppercase(scalar),
                    start: startOffset, end: offset, utf8Start: utf8Base + start, utf8End: utf8Base + position,
                    spaceBefore: sawSpace, lineBreakBefore: sawLineBreak))
            sawSpace = false
            sawLineBreak = false
        }
        return tokens
    }

    /// The scalar starting at `position` and its width in bytes (U+FFFD for a malformed byte).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, position + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in 1..<width { value = (value << 6) | (UInt32(bytes[position + index]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    public static func tokenize(_ text: String) -> [Token] {
        tokenize(text[...])
    }

    /// ASCII words are lower-cased byte by byte; others through Unicode.
    @inline(__always)
    static func lowercase(_ word: String) -> String {
        var allLower = true
        for byte in word.utf8 {
            if byte >= 0x80 { return word.lowercased() }
            if byte >= 65 && byte <= 90 { allLower = false }
        }
        if allLower { return word }
        return String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return value == 32 || (value >= 9 && value <= 13)
        }
        return scalar.properties.isWhitespace
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }
}
