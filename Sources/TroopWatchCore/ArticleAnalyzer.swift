/// Reading and extraction in one pass over the text: the reader's tokenized lines feed the
/// extractor, so an article is tokenized once. What the server runs on every article.
public struct ArticleAnalyzer: Sendable {
    public let reader: ArticleReader
    public let extractor: ClaimExtractor

    public init(lexicon: Lexicon) {
        reader = ArticleReader(lexicon: lexicon)
        extractor = ClaimExtractor(lexicon: lexicon)
    }

    public func analyze(articleId: String, text: String, metadata: ArticleMetadata, now: CalendarDate)
        -> (reading: ArticleReading, claims: [Claim])
    {
        let (reading, lines) = reader.readLines(text, metadata: metadata, now: now)
        return (reading, extractor.extract(articleId: articleId, text: text, reading: reading, lines: lines))
    }
}
