/// The force a claim is about, for comparing claims: estimates and discrepancies only compare
/// claims of one subject. The finer `area` is left out on purpose.
public struct SubjectKey: Hashable, Sendable, Comparable {
    public var actor: String?
    public var group: String?
    public var location: String?
    public var measure: String

    public init(actor: String?, group: String?, location: String?, measure: String) {
        self.actor = actor
        self.group = group
        self.location = location
        self.measure = measure
    }

    public init(_ subject: Subject) {
        self.init(actor: subject.actor, group: subject.group, location: subject.location, measure: subject.measure)
    }

    public static func < (lhs: SubjectKey, rhs: SubjectKey) -> Bool {
        (lhs.actor ?? "", lhs.group ?? "", lhs.location ?? "", lhs.measure)
            < (rhs.actor ?? "", rhs.group ?? "", rhs.location ?? "", rhs.measure)
    }
}

/// A claim with what estimates need from its article: who stands behind it and when the
/// article appeared (for "as known on"). A class, since indexes, walks and discrepancies pass
/// claims around by the thousand and a reference costs one retain where the struct cost dozens.
public final class IndexedClaim: Sendable {
    public let claim: Claim
    /// The source's name, the speaker's, or for an unattributed claim its outlet (else its article).
    public let source: String
    public let published: CalendarDate?
    /// The period as day numbers (0 and -1 for an undated claim), read once here because
    /// discrepancy searches compare periods millions of times.
    public let startDay: Int
    public let endDay: Int

    public init(claim: Claim, outlet: String?, published: CalendarDate?) {
        self.claim = claim
        self.source = claim.source?.name ?? claim.source?.speaker ?? outlet ?? "article \(claim.articleId)"
        self.published = published
        startDay = claim.asOf?.start.daysSinceEpoch ?? 0
        endDay = claim.asOf?.end.daysSinceEpoch ?? -1
    }

    public var lengthInDays: Int { endDay - startDay + 1 }
}
