/// Two sources disagreeing about one force at about the same time (DESIGN §2).
public struct Discrepancy: Sendable {
    public var id: String
    public var subject: SubjectKey
    /// The earlier claim first.
    public var claims: [IndexedClaim]
    public var intervals: [CountInterval]
    /// The nearest bounds of the two ranges: the lower range's top and the higher range's bottom.
    public var lowerTop: Int
    public var higherBottom: Int
    /// Days between the two periods; 0 when they overlap.
    public var daysBetween: Int
    public var severity: Double
    public var explanation: String

    public var absoluteGap: Int { higherBottom - lowerTop }
    /// How many times the higher bound exceeds the lower (the lower counted as at least 1).
    public var ratio: Double { Double(higherBottom) / Double(max(1, lowerTop)) }
}

/// Finds discrepancies: claims of one subject from different sources whose periods lie within
/// `window` days of each other and whose ranges do not overlap. Claims are sorted by period start,
/// so each is compared only with those starting before its end plus the window.
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
        let intervals = known.map { options.intervals.interval(of: $0.claim.quantity) }
        var found: [Discrepancy] = []
        for first in known.indices {
            guard let firstAsOf = known[first].claim.asOf else { continue }
            let reach = firstAsOf.end.adding(days: options.window)
            var second = first + 1
            while second < known.count, let secondAsOf = known[second].claim.asOf, secondAsOf.start <= reach {
                defer { second += 1 }
                guard known[first].source != known[second].source, !intervals[first].overlaps(intervals[second]) else {
                    continue
                }
                let between = firstAsOf.overlaps(secondAsOf) ? 0 : max(0, firstAsOf.end.days(until: secondAsOf.start))
                guard between <= options.window else { continue }
                found.append(make(subject, known[first], known[second], intervals[first], intervals[second], between))
            }
        }
        return found
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
            id: "d-" + FNV1a.base36(ids.joined(separator: "|")), subject: subject, claims: [first, second],
            intervals: [firstInterval, secondInterval], lowerTop: lowerTop, higherBottom: higherBottom,
            daysBetween: between, severity: severity,
            explanation: Self.explain(first, second, subject: subject, daysBetween: between))
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
