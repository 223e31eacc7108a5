/// How a stated number bounds a force's size (DESIGN §1). The interval each stands for is derived
/// later, from the qualifier and the stated numbers; it is never stored in the quantity.
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    case exact, approximately
    case atMost = "at-most"
    case lessThan = "less-than"
    case atLeast = "at-least"
    case moreThan = "more-than"
    case range, zero
    case nearZero = "near-zero"
}

/// The numbers a text states about a force, in the slot the qualifier puts them in: "up to 12,000"
/// → high 12000; "fewer than a thousand" → high 999; "4,000 to 6,000" → low 4000, high 6000.
public struct Quantity: Hashable, Codable, Sendable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var qualifier: Qualifier
    /// The words that state it: "fewer than a thousand".
    public var text: String

    public init(low: Int? = nil, best: Int? = nil, high: Int? = nil, qualifier: Qualifier, text: String) {
        self.low = low
        self.best = best
        self.high = high
        self.qualifier = qualifier
        self.text = text
    }

    /// The numbers stated, in slot order, for comparing two readings of the same fact.
    public var statedNumbers: [Int] { [low, best, high].compactMap { $0 } }
}

/// What is counted, whose it is and where.
public struct Subject: Hashable, Codable, Sendable {
    /// ISO 3166-1 alpha-2 code of the state the force belongs to.
    public var actor: String?
    /// A named formation ("Wagner Group").
    public var group: String?
    /// ISO code of where the force is.
    public var location: String?
    /// Finer place text ("near the Ukraine border").
    public var area: String?
    /// What is counted: "personnel", "aircraft", "battalion tactical groups", …
    public var measure: String

    public init(actor: String?, group: String?, location: String?, area: String?, measure: String) {
        self.actor = actor
        self.group = group
        self.location = location
        self.area = area
        self.measure = measure
    }
}

/// The date or period a number is about.
public struct AsOf: Hashable, Codable, Sendable {
    public var start: CalendarDate
    public var end: CalendarDate
    public var precision: DatePrecision
    /// The words that gave it ("in early July"), nil when it is the publication date by default.
    public var text: String?

    public init(start: CalendarDate, end: CalendarDate, precision: DatePrecision, text: String?) {
        self.start = start
        self.end = end
        self.precision = precision
        self.text = text
    }

    public func overlaps(_ other: AsOf) -> Bool {
        start <= other.end && other.start <= end
    }

    public var lengthInDays: Int { start.days(until: end) + 1 }
}

/// Who a number is attributed to: an organisation and, when named, the person who spoke for it.
public struct Attribution: Hashable, Codable, Sendable {
    public var name: String?
    public var speaker: String?

    public init(name: String?, speaker: String?) {
        self.name = name
        self.speaker = speaker
    }
}

/// Where in the article text a claim was read: Unicode-scalar offsets, end exclusive.
public struct Evidence: Hashable, Codable, Sendable {
    public var quote: String
    public var start: Int
    public var end: Int

    public init(quote: String, start: Int, end: Int) {
        self.quote = quote
        self.start = start
        self.end = end
    }
}

/// One reported number about a force's size.
public struct Claim: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var articleId: String
    public var subject: Subject
    public var quantity: Quantity
    /// Nil only when neither the text nor the publication date tells when.
    public var asOf: AsOf?
    /// Nil when the outlet states it itself.
    public var source: Attribution?
    /// When the source said it: the briefing date when given, else the publication date.
    public var statedOn: CalendarDate?
    public var evidence: Evidence
    /// Names of the rules that produced the claim, so a user can see why.
    public var rules: [String]
    public var confidence: Double

    public init(
        id: String, articleId: String, subject: Subject, quantity: Quantity, asOf: AsOf?, source: Attribution?,
        statedOn: CalendarDate?, evidence: Evidence, rules: [String], confidence: Double
    ) {
        self.id = id
        self.articleId = articleId
        self.subject = subject
        self.quantity = quantity
        self.asOf = asOf
        self.source = source
        self.statedOn = statedOn
        self.evidence = evidence
        self.rules = rules
        self.confidence = confidence
    }
}
