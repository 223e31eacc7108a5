import TroopWatchCore

/// JSON shapes of subjects, estimates, timelines and discrepancies (openapi.yaml). Absent values
/// are written as `null`.
struct SubjectKeyJSON: Encodable {
    var subject: SubjectKey

    enum CodingKeys: String, CodingKey { case actor, group, location, measure }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject.actor, forKey: .actor)
        try container.encode(subject.group, forKey: .group)
        try container.encode(subject.location, forKey: .location)
        try container.encode(subject.measure, forKey: .measure)
    }
}

struct IntervalJSON: Encodable {
    var interval: CountInterval

    enum CodingKeys: String, CodingKey { case low, high }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(interval.low, forKey: .low)
        try container.encode(interval.high, forKey: .high)
    }
}

struct EstimateJSON: Encodable {
    var estimate: Estimate

    enum CodingKeys: String, CodingKey { case date, subject, entries, consensus }
    enum EntryKeys: String, CodingKey { case source, covers, ageDays, interval, claim }
    enum ConsensusKeys: String, CodingKey { case interval, agreement, medianBest }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(estimate.date.iso, forKey: .date)
        try container.encode(SubjectKeyJSON(subject: estimate.subject), forKey: .subject)
        var entries = container.nestedUnkeyedContainer(forKey: .entries)
        for entry in estimate.entries {
            var item = entries.nestedContainer(keyedBy: EntryKeys.self)
            try item.encode(entry.source, forKey: .source)
            try item.encode(entry.covers, forKey: .covers)
            try item.encode(entry.ageDays, forKey: .ageDays)
            try item.encode(IntervalJSON(interval: entry.interval), forKey: .interval)
            try item.encode(ClaimJSON(claim: entry.claim), forKey: .claim)
        }
        var consensus = container.nestedContainer(keyedBy: ConsensusKeys.self, forKey: .consensus)
        try consensus.encode(estimate.consensus.interval.map(IntervalJSON.init), forKey: .interval)
        try consensus.encode(estimate.consensus.agreement, forKey: .agreement)
        try consensus.encode(estimate.consensus.medianBest, forKey: .medianBest)
    }
}

struct TimelineJSON: Encodable {
    var subject: SubjectKey
    var step: TimelineStep
    var from: CalendarDate
    var to: CalendarDate
    var points: [Estimate]

    enum CodingKeys: String, CodingKey { case subject, step, from, to, points }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(SubjectKeyJSON(subject: subject), forKey: .subject)
        try container.encode(step.rawValue, forKey: .step)
        try container.encode(from.iso, forKey: .from)
        try container.encode(to.iso, forKey: .to)
        try container.encode(points.map(EstimateJSON.init), forKey: .points)
    }
}

struct DiscrepancyJSON: Encodable {
    var discrepancy: Discrepancy

    enum CodingKeys: String, CodingKey {
        case id, subject, claimIds, sources, intervals, claims, gap, daysBetween, severity, explanation
    }
    enum GapKeys: String, CodingKey { case ratio, absolute }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(discrepancy.id, forKey: .id)
        try container.encode(SubjectKeyJSON(subject: discrepancy.subject), forKey: .subject)
        try container.encode(discrepancy.claims.map(\.claim.id), forKey: .claimIds)
        try container.encode(discrepancy.claims.map(\.source), forKey: .sources)
        try container.encode(discrepancy.intervals.map(IntervalJSON.init), forKey: .intervals)
        try container.encode(discrepancy.claims.map { ClaimJSON(claim: $0.claim) }, forKey: .claims)
        var gap = container.nestedContainer(keyedBy: GapKeys.self, forKey: .gap)
        try gap.encode((discrepancy.ratio * 100).rounded() / 100, forKey: .ratio)
        try gap.encode(discrepancy.absoluteGap, forKey: .absolute)
        try container.encode(discrepancy.daysBetween, forKey: .daysBetween)
        try container.encode(discrepancy.severity, forKey: .severity)
        try container.encode(discrepancy.explanation, forKey: .explanation)
    }
}

/// One subject for a dashboard's menus: how many claims, from whom, over what dates.
struct SubjectSummaryJSON: Encodable {
    var subject: SubjectKey
    var claims: [IndexedClaim]

    enum CodingKeys: String, CodingKey { case actor, group, location, measure, claimCount, sources, firstAsOf, lastAsOf }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject.actor, forKey: .actor)
        try container.encode(subject.group, forKey: .group)
        try container.encode(subject.location, forKey: .location)
        try container.encode(subject.measure, forKey: .measure)
        try container.encode(claims.count, forKey: .claimCount)
        try container.encode(Array(Set(claims.map(\.source))).sorted(), forKey: .sources)
        try container.encode(claims.compactMap { $0.claim.asOf?.start }.min()?.iso, forKey: .firstAsOf)
        try container.encode(claims.compactMap { $0.claim.asOf?.end }.max()?.iso, forKey: .lastAsOf)
    }
}
