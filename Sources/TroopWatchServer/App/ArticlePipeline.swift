import Foundation
import TroopWatchCore

/// Reading and extraction together: what happens to every article once, at load or ingest.
public struct ArticlePipeline: Sendable {
    let reader: ArticleReader
    let extractor: ClaimExtractor

    public init(lexicon: Lexicon) {
        reader = ArticleReader(lexicon: lexicon)
        extractor = ClaimExtractor(lexicon: lexicon)
    }

    public func process(id: String, text: String, metadata: ArticleMetadata, today: CalendarDate, ingestedAt: String)
        -> Article
    {
        let reading = reader.read(text, metadata: metadata, now: today)
        let claims = extractor.extract(articleId: id, text: text, reading: reading)
        return Article(id: id, text: text, reading: reading, claims: claims, ingestedAt: ingestedAt)
    }

    public static func day(of date: Date) -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
