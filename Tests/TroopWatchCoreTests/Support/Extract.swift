import TroopWatchCore

/// Runs the whole reading + extraction pipeline on test text, like Duckling's corpus runner:
/// a fixed reference (publication) date, whole sentences in, claims out.
enum Extract {
    static let extractor = ClaimExtractor(lexicon: Fixtures.lexicon)

    /// A neutral title line keeps the sentence under test out of the headline position.
    static let title = "Daily update on the region\n\n"

    static func claims(_ body: String, published: String? = "2023-09-08", withTitle: Bool = true) -> [Claim] {
        let text = withTitle ? title + body : body
        let metadata = ArticleMetadata(published: published.map { CalendarDate($0) })
        let reading = Fixtures.reader.read(text, metadata: metadata, now: Fixtures.now)
        return extractor.extract(articleId: "test", text: text, reading: reading)
    }

    /// The only claim of `body`; nil (and a failed expectation in the caller) when there are 0 or 2+.
    static func one(_ body: String, published: String? = "2023-09-08") -> Claim? {
        let found = claims(body, published: published)
        return found.count == 1 ? found[0] : nil
    }
}

/// A compact expected quantity: qualifier and the three slots.
struct ExpectedQuantity: Equatable, CustomStringConvertible {
    var qualifier: Qualifier
    var low: Int?
    var best: Int?
    var high: Int?

    init(_ qualifier: Qualifier, low: Int? = nil, best: Int? = nil, high: Int? = nil) {
        self.qualifier = qualifier
        self.low = low
        self.best = best
        self.high = high
    }

    init(_ quantity: Quantity) {
        self.init(quantity.qualifier, low: quantity.low, best: quantity.best, high: quantity.high)
    }

    var description: String { "\(qualifier.rawValue) \(low.map(String.init) ?? "-")/\(best.map(String.init) ?? "-")/\(high.map(String.init) ?? "-")" }
}
