/// Why a stretch of an article is not part of its reported body.
public enum FurnitureKind: String, Codable, Sendable, CaseIterable {
    case navigation
    case readMore = "read-more"
    case donation
    case authorBio = "author-bio"
    case copyright
    case pictureCredit = "picture-credit"
    case byline
    case dateline
    case title
    case url
    case tagCloud = "tag-cloud"
}

/// A span of page furniture inside an article's text, in Unicode-scalar offsets (end exclusive).
public struct FurnitureSpan: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: FurnitureKind

    public init(start: Int, end: Int, kind: FurnitureKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// What the reader makes of one article text: its metadata and which parts are page furniture.
public struct ArticleReading: Hashable, Sendable {
    public var title: String?
    public var published: Published
    public var outlet: String?
    public var author: String?
    public var url: String?
    /// Page furniture, in text order; everything outside these spans is the reported body.
    public var furniture: [FurnitureSpan]

    public init(
        title: String?, published: Published, outlet: String?, author: String?, url: String?,
        furniture: [FurnitureSpan]
    ) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.author = author
        self.url = url
        self.furniture = furniture
    }
}

/// Metadata supplied from outside the text (front matter, an ingest request). Each field given here
/// wins over what the reader finds in the text.
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    public var published: CalendarDate?
    public var url: String?
    public var outlet: String?
    public var author: String?

    public init(
        title: String? = nil, published: CalendarDate? = nil, url: String? = nil, outlet: String? = nil,
        author: String? = nil
    ) {
        self.title = title
        self.published = published
        self.url = url
        self.outlet = outlet
        self.author = author
    }
}

/// One news text in the model.
public struct Article: Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var reading: ArticleReading
    /// The force-size claims read from it, in text order.
    public var claims: [Claim]
    /// When TroopWatch read it (load or ingest), as an ISO 8601 timestamp.
    public var ingestedAt: String

    public init(id: String, text: String, reading: ArticleReading, claims: [Claim] = [], ingestedAt: String) {
        self.id = id
        self.text = text
        self.reading = reading
        self.claims = claims
        self.ingestedAt = ingestedAt
    }
}
