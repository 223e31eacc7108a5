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

    /// Splits on "\n", "\r\n" and "\r"; offsets exclude the line break.
    public static func split(_ text: String) -> [TextLine] {
        var lines: [TextLine] = []
        let scalars = text.unicodeScalars
        var lineStartIndex = scalars.startIndex
        var lineStartOffset = 0
        var offset = 0
        var index = scalars.startIndex
        func finish(upTo end: String.UnicodeScalarView.Index, endOffset: Int) {
            let slice = Substring(scalars[lineStartIndex..<end])
            lines.append(TextLine(slice, start: lineStartOffset, end: endOffset))
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                finish(upTo: index, endOffset: offset)
                var next = scalars.index(after: index)
                offset += 1
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                    offset += 1
                }
                index = next
                lineStartIndex = index
                lineStartOffset = offset
            } else {
                index = scalars.index(after: index)
                offset += 1
            }
        }
        if lineStartIndex < scalars.endIndex {
            finish(upTo: scalars.endIndex, endOffset: offset)
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
