/// The list of headlines under "Read more:" or "Related coverage": links to other articles, whose
/// counts ("Russia to station 12,000 troops in Belarus") are not this article's claims.
enum LinkList {
    /// Marks as read-more furniture the headline-like body lines that follow a list heading, up to
    /// the first line of prose (one that ends like a sentence) or the next heading of another kind.
    static func mark(_ lines: inout [ClassifiedLine], lexicon: ReaderLexicon) {
        var inList = false
        for index in lines.indices {
            switch lines[index].role {
            case .blank:
                continue
            case .furniture(.readMore), .furniture(.navigation):
                inList = isHeading(lines[index], lexicon: lexicon) || (inList && lines[index].role == .furniture(.readMore))
            case .body:
                if inList, isHeadline(lines[index]) {
                    lines[index].role = .furniture(.readMore)
                } else {
                    inList = false
                }
            default:
                inList = false
            }
        }
    }

    /// A heading alone on its line: "Read more:", "Related coverage", "More on this story".
    private static func isHeading(_ line: ClassifiedLine, lexicon: ReaderLexicon) -> Bool {
        guard (1...5).contains(line.wordCount) else { return false }
        let content = Array(line.tokens.drop { $0.kind == .punctuation })
        guard let length = lexicon.readMorePrefixes.match(in: content, at: 0) else { return false }
        return content[length...].allSatisfy { $0.kind == .punctuation }
    }

    /// A headline: a short line that does not end like a sentence.
    private static func isHeadline(_ line: ClassifiedLine) -> Bool {
        guard let last = line.tokens.last, line.wordCount <= 25 else { return false }
        let endsLikeProse = last.isPunctuation(".") || last.isPunctuation("!") || last.isPunctuation("?")
            || last.isPunctuation("”") || last.isPunctuation("\"") || last.isPunctuation(":")
        return !endsLikeProse
    }
}
