import Foundation
import TroopWatchCore

/// What happens to every article once, at load or ingest: reading and extraction.
public struct ArticlePipeline: Sendable {
    let analyzer: ArticleAnalyzer

    public init(lexicon: Lexicon) {
        analyzer = ArticleAnalyzer(lexicon: lexicon)
    }

    public func process(id: String, text: String, metadata: ArticleMetadata, today: CalendarDate, ingestedAt: String)
        -> Article
    {
        let (reading, claims) = analyzer.analyze(articleId: id, text: text, metadata: metadata, now: today)
        return Article(id: id, text: text, reading: reading, claims: claims, ingestedAt: ingestedAt)
    }

    public static func day(of date: Date) -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
