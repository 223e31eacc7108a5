/// Claims indexed by subject and then by source, each source's claims sorted by the start of
/// their period, so an estimate looks at a few claims around the day instead of scanning all.
public struct EstimateIndex: Sendable {
    struct SourceTrack: Sendable {
        var source: String
        var claims: [IndexedClaim]
        /// The longest period among the claims, in days: how far back a containing claim can start.
        var longest: Int
    }

    let tracks: [SubjectKey: [SourceTrack]]
    /// Every dated claim by subject, sorted by period start (for discrepancies and summaries).
    let bySubject: [SubjectKey: [IndexedClaim]]

    public init(claims: [IndexedClaim]) {
        var bySubject: [SubjectKey: [IndexedClaim]] = [:]
        for claim in claims where claim.claim.asOf != nil {
            bySubject[SubjectKey(claim.claim.subject), default: []].append(claim)
        }
        var tracks: [SubjectKey: [SourceTrack]] = [:]
        for (subject, claims) in bySubject {
            let sorted = claims.sorted(by: Self.byStart)
            bySubject[subject] = sorted
            var bySource: [String: [IndexedClaim]] = [:]
            for claim in sorted { bySource[claim.source, default: []].append(claim) }
            tracks[subject] = bySource.keys.sorted().map { source in
                let list = bySource[source] ?? []
                return SourceTrack(
                    source: source, claims: list, longest: list.map { $0.claim.asOf?.lengthInDays ?? 1 }.max() ?? 1)
            }
        }
        self.tracks = tracks
        self.bySubject = bySubject
    }

    static func byStart(_ a: IndexedClaim, _ b: IndexedClaim) -> Bool {
        guard let first = a.claim.asOf, let second = b.claim.asOf else { return false }
        return (first.start, first.end, a.claim.id) < (second.start, second.end, b.claim.id)
    }

    public var subjects: [SubjectKey] { bySubject.keys.sorted() }

    public func claims(of subject: SubjectKey) -> [IndexedClaim] { bySubject[subject] ?? [] }

    /// Each source's say on `date` (DESIGN §2): among its claims whose period contains the day, or
    /// ended before it within the horizon, the one that pins the day down most tightly — the
    /// shortest period, a carried claim counting its age as well. Ties go to the most recently
    /// published, then the most confident.
    public func estimate(subject: SubjectKey, on date: CalendarDate, options: AnalysisOptions) -> Estimate {
        var entries: [EstimateEntry] = []
        for track in tracks[subject] ?? [] {
            if let entry = entry(of: track, on: date, options: options) { entries.append(entry) }
        }
        return Estimate(date: date, subject: subject, entries: entries, consensus: Consensus(entries: entries))
    }

    private func entry(of track: SourceTrack, on date: CalendarDate, options: AnalysisOptions) -> EstimateEntry? {
        // Only claims starting after (date − longest period − horizon) can contain or precede the day closely.
        let earliest = date.adding(days: -(track.longest + options.horizon))
        var index = firstIndex(in: track.claims, startingOnOrAfter: earliest)
        var best: (score: (Int, Int, Double), entry: EstimateEntry)?
        while index < track.claims.count {
            let indexed = track.claims[index]
            index += 1
            guard let asOf = indexed.claim.asOf else { continue }
            if asOf.start > date { break }
            guard options.isKnown(indexed) else { continue }
            let covers = asOf.end >= date
            let age = covers ? 0 : asOf.end.days(until: date)
            guard covers || age <= options.horizon else { continue }
            let tightness = asOf.lengthInDays + age
            let recency = -(indexed.published?.daysSinceEpoch ?? Int.min / 2)
            let score = (tightness, recency, -indexed.claim.confidence)
            if best.map({ score < $0.score }) ?? true {
                best = (
                    score,
                    EstimateEntry(
                        source: track.source, claim: indexed.claim,
                        interval: options.intervals.interval(of: indexed.claim.quantity), ageDays: age, covers: covers)
                )
            }
        }
        return best?.entry
    }

    private func firstIndex(in claims: [IndexedClaim], startingOnOrAfter day: CalendarDate) -> Int {
        var low = 0
        var high = claims.count
        while low < high {
            let middle = (low + high) / 2
            if let start = claims[middle].claim.asOf?.start, start < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A series of estimates from `from` to `to` in steps.
    public func timeline(
        subject: SubjectKey, from: CalendarDate, to: CalendarDate, step: TimelineStep, options: AnalysisOptions
    ) -> [Estimate] {
        step.days(from: from, to: to).map { estimate(subject: subject, on: $0, options: options) }
    }
}

public enum TimelineStep: String, Sendable, CaseIterable {
    case day, week, month

    /// The days of the series: `from`, then every step, while not after `to`. Months step by
    /// calendar month from `from`'s day (clamped to the month's length).
    public func days(from: CalendarDate, to: CalendarDate) -> [CalendarDate] {
        var days: [CalendarDate] = []
        var count = 0
        while true {
            let day: CalendarDate
            switch self {
            case .day: day = from.adding(days: count)
            case .week: day = from.adding(days: 7 * count)
            case .month:
                let months = from.month - 1 + count
                let year = from.year + months / 12
                let month = months % 12 + 1
                day = CalendarDate(year: year, month: month, day: min(from.day, CalendarDate.daysIn(month: month, year: year)))
                    ?? from
            }
            guard day <= to else { break }
            days.append(day)
            count += 1
        }
        return days
    }

    /// How many points the series would have, without building it.
    public func count(from: CalendarDate, to: CalendarDate) -> Int {
        guard from <= to else { return 0 }
        switch self {
        case .day: return from.days(until: to) + 1
        case .week: return from.days(until: to) / 7 + 1
        case .month:
            var months = (to.year - from.year) * 12 + (to.month - from.month)
            if to.day < min(from.day, CalendarDate.daysIn(month: to.month, year: to.year)) { months -= 1 }
            return months + 1
        }
    }
}
