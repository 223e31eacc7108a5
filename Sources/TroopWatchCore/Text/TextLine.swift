/// One line of an article with its Unicode-scalar offsets, the unit the article reader classifies.
public struct TextLine: Sendable {
    public var text: Substring
    /// The line without leading/trailing whitespace.
    public var trimmed: Substring
    public var start: Int
    public var end: Int
    /// Scalar offsets of `trimmed`.
    public var trimmedStart: Int
    public var trimmedEnd: Int

    public var isBlank: Bool { trimmed.isEmpty }

    /// Splits on "\n", "\r\n" and "\r"; offsets exclude the line break. One pass over the UTF-8
    /// bytes: a scalar is counted at each byte that is not a continuation byte (10xxxxxx).
    public static func split(_ original: String) -> [TextLine] {
        var text = original
        text.makeContiguousUTF8()
        var lines: [TextLine] = []
        let utf8 = text.utf8
        var lineStartByte = 0
        var lineStartOffset = 0
        var offset = 0
        var byte = 0
        func finish(upTo endByte: Int, endOffset: Int) {
            let lower = utf8.index(utf8.startIndex, offsetBy: lineStartByte)
            let upper = utf8.index(utf8.startIndex, offsetBy: endByte)
            lines.append(TextLine(text[lower..<upper], start: lineStartOffset, end: endOffset))
        }
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            while byte < bytes.count {
                let value = bytes[byte]
                if value == 10 || value == 13 {
                    finish(upTo: byte, endOffset: offset)
                    byte += 1
                    offset += 1
                    if value == 13, byte < bytes.count, bytes[byte] == 10 {
                        byte += 1
                        offset += 1
                    }
                    lineStartByte = byte
                    lineStartOffset = offset
                } else {
                    if value & 0xC0 != 0x80 { offset += 1 }
                    byte += 1
                }
            }
            if lineStartByte < bytes.count { finish(upTo: bytes.count, endOffset: offset) }
        }
        return lines
    }

    init(_ text: Substring, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
        let scalars = text.unicodeScalars
        var lower = scalars.startIndex
        var leading = 0
        while lower < scalars.endIndex, scalars[lower].properties.isWhitespace {
            lower = scalars.index(after: lower)
            leading += 1
        }
        var upper = scalars.endIndex
        var trailing = 0
        while upper > lower {
            let before = scalars.index(before: upper)
            guard scalars[before].properties.isWhitespace else { break }
            upper = before
            trailing += 1
        }
        self.trimmed = Substring(scalars[lower..<upper])
        self.trimmedStart = start + leading
        self.trimmedEnd = end - trailing
    }
}
