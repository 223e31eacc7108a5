/// Options of estimates, timelines and discrepancy reports.
public struct AnalysisOptions: Hashable, Sendable {
    public var intervals: IntervalOptions
    /// How many days a source's last claim stays current after its period ends.
    public var horizon: Int
    /// Discrepancies: how far apart two claims' periods may be, in days.
    public var window: Int
    /// Only claims of articles published on or before this day ("what did we know then").
    public var asKnownOn: CalendarDate?

    public init(intervals: IntervalOptions = .standard, horizon: Int = 180, window: Int = 60, asKnownOn: CalendarDate? = nil) {
        self.intervals = intervals
        self.horizon = horizon
        self.window = window
        self.asKnownOn = asKnownOn
    }

    public static let standard = AnalysisOptions()

    func isKnown(_ claim: IndexedClaim) -> Bool {
        guard let asKnownOn else { return true }
        guard let published = claim.published else { return false }
        return published <= asKnownOn
    }
}

/// One source's say on a day: its claim, the counts it stands for, and how old it is.
public struct EstimateEntry: Sendable {
    public var source: String
    public var claim: Claim
    public var interval: CountInterval
    /// Days from the end of the claim's period to the day asked about; 0 when it covers the day.
    public var ageDays: Int
    /// Whether the claim's period contains the day (else it is carried forward from before).
    public var covers: Bool
}

/// What the sources together say: the counts all allow (agreement) or the span between them.
public struct Consensus: Sendable {
    public var interval: CountInterval?
    public var agreement: Bool?
    public var medianBest: Double?
}

public struct Estimate: Sendable {
    public var date: CalendarDate
    public var subject: SubjectKey
    public var entries: [EstimateEntry]
    public var consensus: Consensus
}

extension Consensus {
    init(entries: [EstimateEntry]) {
        guard let first = entries.first else {
            self.init(interval: nil, agreement: nil, medianBest: nil)
            return
        }
        var common: CountInterval? = first.interval
        var span = first.interval
        for entry in entries.dropFirst() {
            common = common.flatMap { $0.intersection(entry.interval) }
            span = span.span(entry.interval)
        }
        let bests = entries.compactMap { Self.best(of: $0.claim.quantity) }.sorted()
        let median: Double? =
            bests.isEmpty
            ? nil
            : bests.count % 2 == 1
                ? Double(bests[bests.count / 2]) : Double(bests[bests.count / 2 - 1] + bests[bests.count / 2]) / 2
        self.init(interval: common ?? span, agreement: common != nil, medianBest: median)
    }

    /// The single number a claim states: its best value, a range's midpoint, or 0 for zero.
    static func best(of quantity: Quantity) -> Int? {
        if let best = quantity.best { return best }
        switch quantity.qualifier {
        case .range: return quantity.low.flatMap { low in quantity.high.map { (low + $0) / 2 } }
        case .zero: return 0
        default: return nil
        }
    }
}
