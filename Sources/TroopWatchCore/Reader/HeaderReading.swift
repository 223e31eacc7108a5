/// The top of an article: its title and byline.
///
/// The title is the first body line of three or more words near the top (a Markdown heading
/// marker removed). A line of two to four capitalised words before it ("Helmi Krappitz") is a
/// byline, as is "By Jane Doe" anywhere in the header.
struct HeaderReading {
    var title: String?
    var author: String?
    var bylineIndices: [Int] = []

    init(lines: [ClassifiedLine], limit: Int) {
        var seen = 0
        for (index, line) in lines.enumerated() {
            if line.role == .blank { continue }
            seen += 1
            if seen > limit { break }
            if case .byline(let name, _) = line.role {
                if author == nil { author = name }
                continue
            }
            guard line.isBody, !line.isCaption else { continue }
            if title == nil, Self.isNameOnly(line.tokens) {
                if author == nil { author = line.tokens.filter(\.isWord).map(\.text).joined(separator: " ") }
                bylineIndices.append(index)
                continue
            }
            if title == nil, line.wordCount >= 3, line.line.trimmed.count <= 300 {
                title = Self.plainTitle(line.line.trimmed)
            }
        }
    }

    /// "Helmi Krappitz", "Jean-Luc Picard", "John F. Kennedy".
    static func isNameOnly(_ tokens: [Token]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard (2...4).contains(words.count) else { return false }
        for token in tokens {
            switch token.kind {
            case .word:
                guard token.isCapitalized, token.text.dropFirst().allSatisfy({ !$0.isUppercase })
                else {
                    return false
                }
            case .number: return false
            case .punctuation:
                guard token.isPunctuation("-") || token.isPunctuation(".") || token.isPunctuation("'") else {
                    return false
                }
            }
        }
        return !tokens.contains { CalendarWords.months[$0] != nil || CalendarWords.weekdays[$0] != nil }
    }

    /// Removes Markdown heading and emphasis markers.
    static func plainTitle(_ line: Substring) -> String {
        var text = line.drop { $0 == "#" || $0 == " " }
        while text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 { text = text.dropFirst(2).dropLast(2) }
        return String(text).trimmingWhitespace()
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
