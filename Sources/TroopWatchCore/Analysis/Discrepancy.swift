/// Two sources disagreeing about one force at about the same time (DESIGN §2).
/// A class: lists of them are sorted, grouped and shared between snapshots, and a reference moves
/// where the struct copied a dozen fields.
public final class Discrepancy: Sendable {
    public let id: String
    public let subject: SubjectKey
    /// The earlier claim, and the interval it stands for.
    public let first: IndexedClaim
    public let firstInterval: CountInterval
    public let second: IndexedClaim
    public let secondInterval: CountInterval
    /// The nearest bounds of the two ranges: the lower range's top and the higher range's bottom.
    public let lowerTop: Int
    public let higherBottom: Int
    /// Days between the two periods; 0 when they overlap.
    public let daysBetween: Int
    public let severity: Double

    init(
        id: String, subject: SubjectKey, first: IndexedClaim, firstInterval: CountInterval, second: IndexedClaim,
        secondInterval: CountInterval, lowerTop: Int, higherBottom: Int, daysBetween: Int, severity: Double
    ) {
        self.id = id
        self.subject = subject
        self.first = first
        self.firstInterval = firstInterval
        self.second = second
        self.secondInterval = secondInterval
        self.lowerTop = lowerTop
        self.higherBottom = higherBottom
        self.daysBetween = daysBetween
        self.severity = severity
    }

    /// One sentence naming both sources, numbers and dates (built when asked: most discrepancies
    /// are filtered out before anyone reads them).
    public var explanation: String {
        DiscrepancyFinder.explain(first, second, subject: subject, daysBetween: daysBetween)
    }

    /// The earlier claim first.
    public var claims: [IndexedClaim] { [first, second] }
    public var intervals: [CountInterval] { [firstInterval, secondInterval] }

    public var absoluteGap: Int { higherBottom - lowerTop }
    /// How many times the higher bound exceeds the lower (the lower counted as at least 1).
    public var ratio: Double { Double(higherBottom) / Double(max(1, lowerTop)) }
}

/// Finds discrepancies: claims of one subject from different sources whose periods lie within
/// `window` days of each other and whose ranges do not overlap. Each claim is held against every
/// other source's *view at that time* — the other source's claim that pins the claim's period
/// down most tightly (the gap between the periods plus the other claim's length, as for
/// estimates) — so a year-long bound does not hide a dated report, and a source repeating
/// itself does not multiply the reports.
public struct DiscrepancyFinder: Sendable {
    public let options: AnalysisOptions

    public init(options: AnalysisOptions) {
        self.options = options
    }

    public func find(in index: EstimateIndex) -> [Discrepancy] {
        index.subjects.flatMap { find(subject: $0, claims: index.claims(of: $0)) }
            .sorted { ($0.severity, $1.id) > ($1.severity, $0.id) }
    }

    public func find(subject: SubjectKey, claims: [IndexedClaim]) -> [Discrepancy] {
        let known = claims.filter(options.isKnown)
        var bySource: [String: [IndexedClaim]] = [:]
        for claim in known { bySource[claim.source, default: []].append(claim) }
        let longest = bySource.mapValues { claims in claims.map(\.lengthInDays).max() ?? 1 }
        let sources = bySource.keys.sorted()
        guard sources.count > 1 else { return [] }
        // A pair is found from both of its ends; it is reported once.
        var pairs: Set<ClaimPair> = []
        var found: [Discrepancy] = []
        let lists = sources.map { bySource[$0] ?? [] }
        let longests = sources.map { longest[$0] ?? 1 }
        for claim in known where claim.claim.asOf != nil {
            let interval = options.intervals.interval(of: claim.claim.quantity)
            for (position, source) in sources.enumerated() where source != claim.source {
                guard let (other, between) = counterpart(of: claim, in: lists[position], longest: longests[position]),
                    Self.mayDisagree(claim.claim, other.claim)
                else { continue }
                let otherInterval = options.intervals.interval(of: other.claim.quantity)
                guard !interval.overlaps(otherInterval) else { continue }
                let earlierFirst = Self.isEarlier(claim, other)
                let pair = earlierFirst ? (claim, other, interval, otherInterval) : (other, claim, otherInterval, interval)
                guard pairs.insert(ClaimPair(pair.0, pair.1)).inserted else { continue }
                found.append(make(subject, pair.0, pair.1, pair.2, pair.3, between))
            }
        }
        return found
    }

    /// Rules whose claims count a part of a force: a component of a stated total ("including
    /// 20,774 from the Army"), "8,000 of them".
    static let partRules: Set<String> = [SharedNoun.componentRule, MeasureFinder.partOfLastRule]

    /// Pairs no analyst would raise (CONVENTIONS, Discrepancies): a part of a force is never at
    /// odds with its whole. A count in one town or region is a part when its article also gives
    /// the country's ("19,000 Marines in Okinawa" beside "50,000 US troops in Japan"); across
    /// articles it may be the whole force at one camp, so it is held against the country's.
    static func mayDisagree(_ first: Claim, _ second: Claim) -> Bool {
        let sameArticle = first.articleId == second.articleId
        func isPart(_ claim: Claim) -> Bool {
            claim.rules.contains(where: partRules.contains) || (sameArticle && claim.rules.contains(SubjectResolver.subPlaceRule))
        }
        return isPart(first) == isPart(second)
    }

    private struct ClaimPair: Hashable {
        let first: ObjectIdentifier
        let second: ObjectIdentifier

        init(_ first: IndexedClaim, _ second: IndexedClaim) {
            self.first = ObjectIdentifier(first)
            self.second = ObjectIdentifier(second)
        }
    }

    /// The other source's claim closest to `asOf` and tightest: least (days between + its length),
    /// within the window. Claims are sorted by start, so the search looks only near the period.
    private func counterpart(of claim: IndexedClaim, in claims: [IndexedClaim], longest: Int) -> (IndexedClaim, Int)? {
        let (start, end) = (claim.startDay, claim.endDay)
        let latestStart = end + options.window
        // No claim starting before this can end within the window of the period.
        let earliestStart = start - (options.window + longest)
        var low = 0
        var high = claims.count
        while low < high {
            let middle = (low + high) / 2
            if claims[middle].startDay < earliestStart { low = middle + 1 } else { high = middle }
        }
        var best: (score: Int, index: Int, between: Int)?
        var index = low
        while index < claims.count {
            let candidate = claims[index]
            let (otherStart, otherEnd) = (candidate.startDay, candidate.endDay)
            if otherStart > latestStart { break }
            defer { index += 1 }
            let between = otherStart <= end && start <= otherEnd ? 0 : (otherEnd < start ? start - otherEnd : otherStart - end)
            guard between <= options.window else { continue }
            let score = between + otherEnd - otherStart + 1
            if let current = best {
                guard score < current.score || (score == current.score && candidate.claim.id < claims[current.index].claim.id)
                else { continue }
            }
            best = (score, index, between)
        }
        return best.map { (claims[$0.index], $0.between) }
    }

    static func isEarlier(_ a: IndexedClaim, _ b: IndexedClaim) -> Bool {
        guard let first = a.claim.asOf, let second = b.claim.asOf else { return true }
        return (first.start, first.end, a.claim.id) < (second.start, second.end, b.claim.id)
    }

    private func make(
        _ subject: SubjectKey, _ first: IndexedClaim, _ second: IndexedClaim, _ firstInterval: CountInterval,
        _ secondInterval: CountInterval, _ between: Int
    ) -> Discrepancy {
        // Disjoint ranges: one lies wholly below the other.
        let firstIsLower = (firstInterval.high ?? Int.max) < secondInterval.low
        let lowerTop = firstIsLower ? (firstInterval.high ?? 0) : (secondInterval.high ?? 0)
        let higherBottom = firstIsLower ? secondInterval.low : firstInterval.low
        let lengths = (first.claim.asOf?.lengthInDays ?? 1) + (second.claim.asOf?.lengthInDays ?? 1)
        let severity = Self.severity(
            lowerTop: lowerTop, higherBottom: higherBottom, daysBetween: between, window: options.window,
            combinedLength: lengths)
        let ids = [first.claim.id, second.claim.id].sorted()
        return Discrepancy(
            id: "d-" + FNV1a.base36(ids.joined(separator: "|")), subject: subject, first: first,
            firstInterval: firstInterval, second: second, secondInterval: secondInterval, lowerTop: lowerTop, higherBottom: higherBottom,
            daysBetween: between, severity: severity)
    }

    /// Grows with the relative gap between the nearest bounds, shrinks with the time between the
    /// periods and with vaguer (longer) periods. In [0, 1], rounded to three decimals.
    public static func severity(lowerTop: Int, higherBottom: Int, daysBetween: Int, window: Int, combinedLength: Int)
        -> Double
    {
        let gap = Double(higherBottom - lowerTop) / Double(max(1, higherBottom))
        let time = 1 - Double(daysBetween) / Double(window + 1)
        let vagueness = min(1, Double(max(0, combinedLength - 2)) / 365)
        let value = gap * time * (1 - 0.5 * vagueness)
        return (max(0, min(1, value)) * 1000).rounded() / 1000
    }

    /// "Belarusian Hajun said around 2,000 RU personnel in BY on 2023-10-16; State Border Guard
    /// Service of Ukraine said fewer than a thousand on 2023-10-31, 15 days later."
    static func explain(_ first: IndexedClaim, _ second: IndexedClaim, subject: SubjectKey, daysBetween: Int) -> String {
        func when(_ claim: Claim) -> String {
            guard let asOf = claim.asOf else { return "at an unknown date" }
            return asOf.start == asOf.end ? "on \(asOf.start.iso)" : "from \(asOf.start.iso) to \(asOf.end.iso)"
        }
        let force = [subject.group ?? subject.actor, subject.measure].compactMap { $0 }.joined(separator: " ")
        let place = subject.location.map { " in \($0)" } ?? ""
        let gap = daysBetween == 0 ? "at overlapping times" : "\(daysBetween) days apart"
        return "\(first.source) said \(first.claim.quantity.text) \(force)\(place) \(when(first.claim)); "
            + "\(second.source) said \(second.claim.quantity.text) \(when(second.claim)) (\(gap)); the ranges do not overlap."
    }
}
