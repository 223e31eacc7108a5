/// Claims indexed by subject and then by source, each source's claims sorted by the start of
/// their period, so an estimate looks at a few claims around the day instead of scanning all.
public struct EstimateIndex: Sendable {
    struct SourceTrack: Sendable {
        var source: String
        /// The source's claims by period start, and the same claims by period end.
        /// Claims of up to a month, by period start: a day needs to look back at most a month here.
        var shortByStart: [IndexedClaim]
        /// Longer claims (seasons, years), by period start; they are few.
        var longByStart: [IndexedClaim]
        var byEnd: [IndexedClaim]
        /// The longest period among the long claims, in days.
        var longest: Int
    }

    static let shortPeriod = 31

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
            tracks[subject] = Self.tracks(sorted)
        }
        self.init(tracks: tracks, bySubject: bySubject)
    }

    private init(tracks: [SubjectKey: [SourceTrack]], bySubject: [SubjectKey: [IndexedClaim]]) {
        self.tracks = tracks
        self.bySubject = bySubject
        subjects = bySubject.keys.sorted()
    }

    /// The index with the given subjects' claims replaced (an empty list drops the subject); the
    /// other subjects are shared, so an ingest costs only what it touches.
    public func replacing(_ changed: [SubjectKey: [IndexedClaim]]) -> EstimateIndex {
        var tracks = self.tracks
        var bySubject = self.bySubject
        for (subject, claims) in changed {
            let sorted = claims.filter { $0.claim.asOf != nil }.sorted(by: Self.byStart)
            bySubject[subject] = sorted.isEmpty ? nil : sorted
            tracks[subject] = sorted.isEmpty ? nil : Self.tracks(sorted)
        }
        return EstimateIndex(tracks: tracks, bySubject: bySubject)
    }

    /// One subject's claims (sorted by start) split by source.
    private static func tracks(_ sorted: [IndexedClaim]) -> [SourceTrack] {
        var bySource: [String: [IndexedClaim]] = [:]
        for claim in sorted { bySource[claim.source, default: []].append(claim) }
        return bySource.keys.sorted().map { source in
            let list = bySource[source] ?? []
            let isShort = { (claim: IndexedClaim) in (claim.claim.asOf?.lengthInDays ?? 1) <= Self.shortPeriod }
            let long = list.filter { !isShort($0) }
            return SourceTrack(
                source: source, shortByStart: list.filter(isShort), longByStart: long,
                byEnd: list.sorted(by: Self.byEnd), longest: long.map { $0.claim.asOf?.lengthInDays ?? 1 }.max() ?? 1)
        }
    }

    static func byEnd(_ a: IndexedClaim, _ b: IndexedClaim) -> Bool {
        guard let first = a.claim.asOf, let second = b.claim.asOf else { return false }
        return (first.end, first.start, a.claim.id) < (second.end, second.start, b.claim.id)
    }

    static func byStart(_ a: IndexedClaim, _ b: IndexedClaim) -> Bool {
        guard let first = a.claim.asOf, let second = b.claim.asOf else { return false }
        return (first.start, first.end, a.claim.id) < (second.start, second.end, b.claim.id)
    }

    /// Every subject with dated claims, in order.
    public let subjects: [SubjectKey]

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

    /// A claim's tightness: the length of its period, plus its age when it ended before the day.
    /// Both walks below stop as soon as no further claim can be tighter than the best found, so
    /// the work depends on how close the nearest claims are, not on how many the source made.
    private func entry(of track: SourceTrack, on date: CalendarDate, options: AnalysisOptions) -> EstimateEntry? {
        var best: (score: (Int, Int, Double), claim: IndexedClaim, age: Int)?
        func consider(_ indexed: IndexedClaim, age: Int) {
            guard let asOf = indexed.claim.asOf, options.isKnown(indexed) else { return }
            let recency = -(indexed.published?.daysSinceEpoch ?? Int.min / 2)
            let score = (asOf.lengthInDays + age, recency, -indexed.claim.confidence)
            if best.map({ score < $0.score }) ?? true { best = (score, indexed, age) }
        }
        // Claims that ended before the day, within the horizon: walk back by end.
        var index = firstIndex(in: track.byEnd, onOrAfter: date, by: \.end) - 1
        while index >= 0, let asOf = track.byEnd[index].claim.asOf {
            let age = asOf.end.days(until: date)
            if age > options.horizon { break }
            if let found = best, age >= found.score.0 { break }
            consider(track.byEnd[index], age: age)
            index -= 1
        }
        // Claims containing the day: walk back by start; a claim starting k days before the day
        // is at least k + 1 days long, and none starts before its group's longest period allows.
        for (claims, longest) in [(track.shortByStart, Self.shortPeriod), (track.longByStart, track.longest)] {
            index = firstIndex(in: claims, after: date, by: \.start) - 1
            while index >= 0, let asOf = claims[index].claim.asOf {
                let reach = asOf.start.days(until: date) + 1
                if reach > longest { break }
                if let found = best, reach > found.score.0 { break }
                if asOf.end >= date { consider(claims[index], age: 0) }
                index -= 1
            }
        }
        guard let chosen = best, let asOf = chosen.claim.claim.asOf else { return nil }
        return EstimateEntry(
            source: track.source, claim: chosen.claim.claim,
            interval: options.intervals.interval(of: chosen.claim.claim.quantity), ageDays: chosen.age,
            covers: asOf.start <= date && asOf.end >= date)
    }

    /// The first claim whose day (`start` or `end`) is after `date`.
    private func firstIndex(in claims: [IndexedClaim], after date: CalendarDate, by day: KeyPath<AsOf, CalendarDate>) -> Int {
        var low = 0
        var high = claims.count
        while low < high {
            let middle = (low + high) / 2
            if let value = claims[middle].claim.asOf?[keyPath: day], value <= date { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first claim whose day is on or after `date`.
    private func firstIndex(in claims: [IndexedClaim], onOrAfter date: CalendarDate, by day: KeyPath<AsOf, CalendarDate>)
        -> Int
    {
        var low = 0
        var high = claims.count
        while low < high {
            let middle = (low + high) / 2
            if let value = claims[middle].claim.asOf?[keyPath: day], value < date { low = middle + 1 } else { high = middle }
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
