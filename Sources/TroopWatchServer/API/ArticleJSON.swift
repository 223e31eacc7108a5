import TroopWatchCore

/// JSON shapes of articles (DESIGN §1, openapi.yaml). Optional fields are written as `null`, not
/// left out, so clients see every field of the contract.
struct PublishedJSON: Encodable {
    var published: Published

    enum CodingKeys: String, CodingKey { case date, precision, basis }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(published.date?.iso, forKey: .date)
        try container.encode(published.precision, forKey: .precision)
        try container.encode(published.basis, forKey: .basis)
    }
}

struct ArticleSummaryJSON: Encodable {
    var article: Article

    enum CodingKeys: String, CodingKey { case id, title, outlet, published, claimCount }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article.id, forKey: .id)
        try container.encode(article.reading.title, forKey: .title)
        try container.encode(article.reading.outlet, forKey: .outlet)
        try container.encode(PublishedJSON(published: article.reading.published), forKey: .published)
        try container.encode(article.claims.count, forKey: .claimCount)
    }
}

struct ArticleDetailJSON: Encodable {
    var article: Article

    enum CodingKeys: String, CodingKey {
        case id, title, outlet, author, url, published, ingestedAt, text, furniture, claims
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let reading = article.reading
        try container.encode(article.id, forKey: .id)
        try container.encode(reading.title, forKey: .title)
        try container.encode(reading.outlet, forKey: .outlet)
        try container.encode(reading.author, forKey: .author)
        try container.encode(reading.url, forKey: .url)
        try container.encode(PublishedJSON(published: reading.published), forKey: .published)
        try container.encode(article.ingestedAt, forKey: .ingestedAt)
        try container.encode(article.text, forKey: .text)
        try container.encode(reading.furniture, forKey: .furniture)
        try container.encode(article.claims.map(ClaimJSON.init), forKey: .claims)
    }
}

struct PageJSON<Item: Encodable>: Encodable {
    var items: [Item]
    var next: String?

    enum CodingKeys: String, CodingKey { case items, next }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(next, forKey: .next)
    }
}
