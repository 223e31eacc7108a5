/// Splits text into tokens in one pass over its Unicode scalars.
public enum Tokenizer {
    public static func tokenize(_ text: Substring, baseOffset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = baseOffset
        var sawSpace = false
        var sawLineBreak = false

        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                sawSpace = true
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    sawLineBreak = true
                }
                index = scalars.index(after: index)
                offset += 1
                continue
            }
            let start = index
            let startOffset = offset
            let kind: Token.Kind
            if isDigit(scalar) {
                kind = .number
                repeat {
                    index = scalars.index(after: index)
                    offset += 1
                } while index < scalars.endIndex && isDigit(scalars[index])
            } else if isLetter(scalar) {
                kind = .word
                repeat {
                    index = scalars.index(after: index)
                    offset += 1
                } while index < scalars.endIndex && (isLetter(scalars[index]) || isDigit(scalars[index]))
            } else {
                kind = .punctuation
                index = scalars.index(after: index)
                offset += 1
            }
            let slice = Substring(scalars[start..<index])
            tokens.append(
                Token(
                    kind: kind, text: slice, folded: kind == .word ? slice.lowercased() : String(slice),
                    start: startOffset, end: offset, spaceBefore: sawSpace, lineBreakBefore: sawLineBreak))
            sawSpace = false
            sawLineBreak = false
        }
        return tokens
    }

    public static func tokenize(_ text: String) -> [Token] {
        tokenize(text[...])
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
