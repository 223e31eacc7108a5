/// Splits text into tokens in one pass over its UTF-8 bytes, decoding a scalar only where a byte
/// is not ASCII. Offsets count Unicode scalars (the API's unit), i.e. bytes that start a scalar.
public enum Tokenizer {
    public static func tokenize(_ text: Substring, baseOffset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let utf8 = text.utf8
        var cursor = UTF8Cursor(utf8: utf8, index: utf8.startIndex, offset: baseOffset)
        var sawSpace = false
        var sawLineBreak = false

        while let scalar = cursor.peek() {
            if isWhitespace(scalar) {
                sawSpace = true
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    sawLineBreak = true
                }
                cursor.advance()
                continue
            }
            let start = cursor.index
            let startOffset = cursor.offset
            let kind: Token.Kind
            if isDigit(scalar) {
                kind = .number
                repeat { cursor.advance() } while cursor.peek().map(isDigit) == true
            } else if isLetter(scalar) {
                kind = .word
                repeat { cursor.advance() } while cursor.peek().map { isLetter($0) || isDigit($0) } == true
            } else {
                kind = .punctuation
                cursor.advance()
            }
            let slice = Substring(utf8[start..<cursor.index])
            tokens.append(
                Token(
                    kind: kind, text: slice, key: key(of: slice, isWord: kind == .word),
                    isCapitalized: kind == .word && isUppercase(scalar), start: startOffset, end: cursor.offset,
                    spaceBefore: sawSpace, lineBreakBefore: sawLineBreak))
            sawSpace = false
            sawLineBreak = false
        }
        return tokens
    }

    public static func tokenize(_ text: String) -> [Token] {
        tokenize(text[...])
    }

    /// Walks UTF-8 bytes scalar by scalar, counting scalars.
    struct UTF8Cursor {
        let utf8: Substring.UTF8View
        var index: Substring.UTF8View.Index
        var offset: Int

        /// The scalar at the cursor (U+FFFD for a malformed sequence), nil at the end.
        @inline(__always)
        func peek() -> Unicode.Scalar? {
            guard index < utf8.endIndex else { return nil }
            let byte = utf8[index]
            if byte < 0x80 { return Unicode.Scalar(byte) }
            var decoder = UTF8()
            var iterator = utf8[index...].makeIterator()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return "\u{FFFD}"
        }

        @inline(__always)
        mutating func advance() {
            // Step over the lead byte and any continuation bytes: one scalar.
            utf8.formIndex(after: &index)
            while index < utf8.endIndex, utf8[index] & 0xC0 == 0x80 { utf8.formIndex(after: &index) }
            offset += 1
        }
    }

    /// `WordKey` of the lower-cased token, hashing ASCII bytes directly (no string is built).
    @inline(__always)
    static func key(of slice: Substring, isWord: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in slice.utf8 {
            if byte >= 0x80, isWord { return WordKey.of(lowercased: slice.lowercased()[...].utf8) }
            hash ^= UInt64(isWord && byte >= 65 && byte <= 90 ? byte + 32 : byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }

    /// ASCII words are lower-cased byte by byte; others through Unicode.
    @inline(__always)
    static func lowercase(_ slice: Substring) -> String {
        var allLower = true
        for byte in slice.utf8 {
            if byte >= 0x80 { return slice.lowercased() }
            if byte >= 65 && byte <= 90 { allLower = false }
        }
        if allLower { return String(slice) }
        return String(decoding: slice.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
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
