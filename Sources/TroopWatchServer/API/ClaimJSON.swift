import TroopWatchCore

/// The claim shape of DESIGN §1, with `null` written for absent values.
struct ClaimJSON: Encodable {
    var claim: Claim

    enum CodingKeys: String, CodingKey {
        case id, articleId, subject, quantity, asOf, source, statedOn, evidence, rules, confidence
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.id, forKey: .id)
        try container.encode(claim.articleId, forKey: .articleId)
        try container.encode(SubjectJSON(subject: claim.subject), forKey: .subject)
        try container.encode(QuantityJSON(quantity: claim.quantity), forKey: .quantity)
        try container.encode(claim.asOf.map(AsOfJSON.init), forKey: .asOf)
        try container.encode(claim.source.map(SourceJSON.init), forKey: .source)
        try container.encode(claim.statedOn?.iso, forKey: .statedOn)
        try container.encode(claim.evidence, forKey: .evidence)
        try container.encode(claim.rules, forKey: .rules)
        try container.encode(claim.confidence, forKey: .confidence)
    }
}

struct SubjectJSON: Encodable {
    var subject: Subject

    enum CodingKeys: String, CodingKey { case actor, group, location, area, measure }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject.actor, forKey: .actor)
        try container.encode(subject.group, forKey: .group)
        try container.encode(subject.location, forKey: .location)
        try container.encode(subject.area, forKey: .area)
        try container.encode(subject.measure, forKey: .measure)
    }
}

struct QuantityJSON: Encodable {
    var quantity: Quantity

    enum CodingKeys: String, CodingKey { case low, best, high, qualifier, text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quantity.low, forKey: .low)
        try container.encode(quantity.best, forKey: .best)
        try container.encode(quantity.high, forKey: .high)
        try container.encode(quantity.qualifier, forKey: .qualifier)
        try container.encode(quantity.text, forKey: .text)
    }
}

struct AsOfJSON: Encodable {
    var asOf: AsOf

    enum CodingKeys: String, CodingKey { case start, end, precision, text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(asOf.start.iso, forKey: .start)
        try container.encode(asOf.end.iso, forKey: .end)
        try container.encode(asOf.precision, forKey: .precision)
        try container.encode(asOf.text, forKey: .text)
    }
}

struct SourceJSON: Encodable {
    var source: Attribution

    enum CodingKeys: String, CodingKey { case name, speaker }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source.name, forKey: .name)
        try container.encode(source.speaker, forKey: .speaker)
    }
}

/// `{"claims": [...]}`, the shape `troopwatch extract` prints and the scorer reads.
public struct ClaimsDocument: Encodable {
    var claims: [ClaimJSON]

    public init(_ claims: [Claim]) {
        self.claims = claims.map(ClaimJSON.init)
    }
}
