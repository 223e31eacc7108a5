import Testing
import TroopWatchCore

/// DESIGN §2 on hand-built claims: intervals, estimates, timelines and discrepancies.
@Suite struct AnalysisTests {
    static let subject = Subject(actor: "RU", group: nil, location: "BY", area: nil, measure: "personnel")

    /// A claim by `source` stating `quantity` about `start`…`end`.
    static func claim(
        _ id: String, _ quantity: Quantity, _ start: String, _ end: String? = nil, source: String,
        published: String? = "2024-01-01", subject: Subject = subject
    ) -> IndexedClaim {
        let claim = Claim(
            id: id, articleId: "a-\(id)", subject: subject, quantity: quantity,
            asOf: AsOf(start: CalendarDate(start), end: CalendarDate(end ?? start), precision: .day, text: nil),
            source: Attribution(name: source, speaker: nil), statedOn: nil,
            evidence: Evidence(quote: "", start: 0, end: 0), rules: [], confidence: 0.8)
        return IndexedClaim(claim: claim, outlet: nil, published: published.map { CalendarDate($0) })
    }

    static func exact(_ n: Int) -> Quantity { Quantity(best: n, qualifier: .exact, text: "\(n)") }
    static func about(_ n: Int) -> Quantity { Quantity(best: n, qualifier: .approximately, text: "about \(n)") }

    // MARK: - Intervals

    @Test(arguments: [
        (Quantity(best: 2000, qualifier: .exact, text: ""), CountInterval(low: 2000, high: 2000)),
        (Quantity(best: 2000, qualifier: .approximately, text: ""), CountInterval(low: 1800, high: 2200)),
        (Quantity(high: 12000, qualifier: .atMost, text: ""), CountInterval(low: 0, high: 12000)),
        (Quantity(high: 999, qualifier: .lessThan, text: ""), CountInterval(low: 0, high: 999)),
        (Quantity(low: 2000, qualifier: .atLeast, text: ""), CountInterval(low: 2000, high: nil)),
        (Quantity(low: 2001, qualifier: .moreThan, text: ""), CountInterval(low: 2001, high: nil)),
        (Quantity(low: 4000, high: 6000, qualifier: .range, text: ""), CountInterval(low: 4000, high: 6000)),
        (Quantity(low: 0, best: 0, high: 0, qualifier: .zero, text: ""), CountInterval(low: 0, high: 0)),
        (Quantity(low: 0, qualifier: .nearZero, text: ""), CountInterval(low: 0, high: 500)),
    ])
    func eachQualifiersInterval(quantity: Quantity, expected: CountInterval) {
        #expect(IntervalOptions.standard.interval(of: quantity) == expected)
    }

    @Test func toleranceAndNearZeroAreOptions() {
        let options = IntervalOptions(tolerance: 0.25, nearZero: 100)
        #expect(options.interval(of: Self.about(2000)) == CountInterval(low: 1500, high: 2500))
        #expect(options.interval(of: Quantity(low: 0, qualifier: .nearZero, text: "")) == CountInterval(low: 0, high: 100))
    }

    @Test func overlapIntersectionAndSpan() {
        let a = CountInterval(low: 0, high: 999)
        let b = CountInterval(low: 1800, high: 2200)
        let open = CountInterval(low: 2000, high: nil)
        #expect(!a.overlaps(b))
        #expect(b.overlaps(open))
        #expect(b.intersection(open) == CountInterval(low: 2000, high: 2200))
        #expect(a.span(b) == CountInterval(low: 0, high: 2200))
        #expect(a.span(open) == CountInterval(low: 0, high: nil))
        #expect(CountInterval(low: 0, high: 999).overlaps(CountInterval(low: 999, high: 1000)))
    }

    // MARK: - Estimates

    @Test func sourcesThatOverlapAgreeOnTheIntersection() {
        let index = EstimateIndex(claims: [
            Self.claim("a", Self.about(2000), "2023-10-16", source: "Hajun"),
            Self.claim("b", Quantity(high: 2100, qualifier: .atMost, text: ""), "2023-10-18", source: "Border"),
        ])
        let estimate = index.estimate(subject: SubjectKey(Self.subject), on: CalendarDate("2023-10-20"), options: .standard)
        #expect(estimate.entries.map(\.source) == ["Border", "Hajun"])
        #expect(estimate.consensus.agreement == true)
        #expect(estimate.consensus.interval == CountInterval(low: 1800, high: 2100))
        #expect(estimate.consensus.medianBest == 2000)
    }

    @Test func sourcesThatDisagreeGiveTheSpan() {
        let index = EstimateIndex(claims: [
            Self.claim("a", Self.about(2000), "2023-10-16", source: "Hajun"),
            Self.claim("b", Quantity(high: 999, qualifier: .lessThan, text: ""), "2023-10-19", source: "Border"),
        ])
        let estimate = index.estimate(subject: SubjectKey(Self.subject), on: CalendarDate("2023-10-20"), options: .standard)
        #expect(estimate.consensus.agreement == false)
        #expect(estimate.consensus.interval == CountInterval(low: 0, high: 2200))
    }

    @Test func aCarriedClaimHasAnAgeAndExpiresAfterTheHorizon() {
        let index = EstimateIndex(claims: [Self.claim("a", Self.exact(3000), "2023-01-01", source: "Hajun")])
        let key = SubjectKey(Self.subject)
        let covered = index.estimate(subject: key, on: CalendarDate("2023-01-01"), options: .standard).entries
        #expect(covered.map(\.covers) == [true])
        #expect(covered.map(\.ageDays) == [0])
        let carried = index.estimate(subject: key, on: CalendarDate("2023-06-30"), options: .standard).entries
        #expect(carried.map(\.covers) == [false])
        #expect(carried.map(\.ageDays) == [180])
        #expect(index.estimate(subject: key, on: CalendarDate("2023-07-01"), options: .standard).entries.isEmpty)
        let shortHorizon = AnalysisOptions(horizon: 30)
        #expect(index.estimate(subject: key, on: CalendarDate("2023-02-01"), options: shortHorizon).entries.isEmpty)
        // Claims about later days are not used.
        #expect(index.estimate(subject: key, on: CalendarDate("2022-12-31"), options: .standard).entries.isEmpty)
    }

    @Test func theTightestClaimOfASourceIsItsSay() {
        // A year-long bound and a recent, exact reading: the exact one pins the day down better.
        let index = EstimateIndex(claims: [
            Self.claim("year", Quantity(high: 12000, qualifier: .atMost, text: ""), "2023-01-01", "2023-12-31", source: "Border"),
            Self.claim("july", Quantity(low: 0, qualifier: .nearZero, text: ""), "2023-07-14", source: "Border"),
        ])
        let estimate = index.estimate(subject: SubjectKey(Self.subject), on: CalendarDate("2023-10-20"), options: .standard)
        #expect(estimate.entries.map(\.claim.id) == ["july"])
        #expect(estimate.entries.map(\.ageDays) == [98])
    }

    @Test func asKnownOnHidesLaterArticles() {
        let index = EstimateIndex(claims: [
            Self.claim("old", Self.exact(1000), "2023-03-01", source: "Hajun", published: "2023-03-02"),
            Self.claim("new", Self.exact(5000), "2023-03-01", source: "ISW", published: "2023-06-01"),
        ])
        let key = SubjectKey(Self.subject)
        let day = CalendarDate("2023-03-10")
        #expect(index.estimate(subject: key, on: day, options: .standard).entries.count == 2)
        let then = AnalysisOptions(asKnownOn: CalendarDate("2023-04-01"))
        #expect(index.estimate(subject: key, on: day, options: then).entries.map(\.claim.id) == ["old"])
        #expect(DiscrepancyFinder(options: .standard).find(in: index).count == 1)
        #expect(DiscrepancyFinder(options: then).find(in: index).isEmpty)
    }

    @Test func aSubjectWithNoClaimsHasNoEntries() {
        let index = EstimateIndex(claims: [Self.claim("a", Self.exact(1000), "2023-03-01", source: "Hajun")])
        let other = SubjectKey(actor: "US", group: nil, location: "PL", measure: "personnel")
        let estimate = index.estimate(subject: other, on: CalendarDate("2023-03-01"), options: .standard)
        #expect(estimate.entries.isEmpty)
        #expect(estimate.consensus.interval == nil)
        #expect(estimate.consensus.agreement == nil)
    }

    @Test func monthlyTimelineFromSeptemberToSeptemberHas25Points() {
        let days = TimelineStep.month.days(from: CalendarDate("2022-09-01"), to: CalendarDate("2024-09-01"))
        #expect(days.count == 25)
        #expect(TimelineStep.month.count(from: CalendarDate("2022-09-01"), to: CalendarDate("2024-09-01")) == 25)
        #expect(days.last == CalendarDate("2024-09-01"))
        #expect(TimelineStep.month.days(from: CalendarDate("2023-01-31"), to: CalendarDate("2023-03-31")).map(\.iso) == [
            "2023-01-31", "2023-02-28", "2023-03-31",
        ])
        #expect(TimelineStep.week.count(from: CalendarDate("2023-01-01"), to: CalendarDate("2023-01-15")) == 3)
        #expect(TimelineStep.day.count(from: CalendarDate("2023-01-01"), to: CalendarDate("2023-01-15")) == 15)
    }

    // MARK: - Discrepancies

    @Test func disjointRangesFromTwoSourcesAreADiscrepancy() throws {
        let index = EstimateIndex(claims: [
            Self.claim("hajun", Self.about(2000), "2023-10-16", source: "Hajun"),
            Self.claim("border", Quantity(high: 999, qualifier: .lessThan, text: "fewer than a thousand"), "2023-10-31", source: "Border"),
        ])
        let found = DiscrepancyFinder(options: .standard).find(in: index)
        let discrepancy = try #require(found.first)
        #expect(found.count == 1)
        #expect(discrepancy.claims.map(\.claim.id) == ["hajun", "border"])
        #expect(discrepancy.lowerTop == 999)
        #expect(discrepancy.higherBottom == 1800)
        #expect(discrepancy.absoluteGap == 801)
        #expect(discrepancy.daysBetween == 15)
        #expect(discrepancy.severity == 0.336)
        #expect(discrepancy.explanation.contains("Hajun said about 2000 RU personnel in BY on 2023-10-16"))
        #expect(discrepancy.explanation.contains("Border said fewer than a thousand on 2023-10-31"))
    }

    @Test func aYearLongUpperBoundDoesNotContradictAPointInsideIt() {
        let index = EstimateIndex(claims: [
            Self.claim("year", Quantity(high: 12000, qualifier: .atMost, text: ""), "2023-01-01", "2023-12-31", source: "Border"),
            Self.claim("july", Quantity(low: 0, best: 0, high: 0, qualifier: .zero, text: ""), "2023-07-01", "2023-07-10", source: "Hajun"),
        ])
        #expect(DiscrepancyFinder(options: .standard).find(in: index).isEmpty)
    }

    @Test func oneSourceChangingItsNumberIsATrend() {
        let index = EstimateIndex(claims: [
            Self.claim("before", Quantity(high: 2000, qualifier: .atMost, text: ""), "2023-06-01", "2023-07-13", source: "Border"),
            Self.claim("after", Quantity(low: 0, qualifier: .nearZero, text: ""), "2023-07-14", source: "Border"),
            Self.claim("high", Self.exact(9000), "2023-07-14", source: "Border"),
        ])
        #expect(DiscrepancyFinder(options: .standard).find(in: index).isEmpty)
    }

    @Test(arguments: [(59, 1), (60, 1), (61, 0)])
    func theWindowEdge(daysBetween: Int, expected: Int) {
        let first = CalendarDate("2023-01-01")
        let second = first.adding(days: daysBetween)
        let index = EstimateIndex(claims: [
            Self.claim("a", Self.exact(100), first.iso, source: "A"),
            Self.claim("b", Self.exact(5000), second.iso, source: "B"),
        ])
        let found = DiscrepancyFinder(options: .standard).find(in: index)
        #expect(found.count == expected)
        #expect(found.first?.daysBetween == (expected == 1 ? daysBetween : nil))
    }

    @Test func nearZeroAgreesWithSmallCountsAndNotWithLargeOnes() {
        let index = EstimateIndex(claims: [
            Self.claim("none", Quantity(low: 0, qualifier: .nearZero, text: ""), "2023-07-14", source: "Border"),
            Self.claim("few", Self.exact(300), "2023-07-20", source: "Hajun"),
            Self.claim("many", Self.exact(2000), "2023-07-20", source: "ISW"),
        ])
        let found = DiscrepancyFinder(options: .standard).find(in: index)
        let pairs = Set(found.map { Set($0.claims.map(\.claim.id)) })
        #expect(pairs == [["none", "many"], ["few", "many"]])
    }

    @Test func differentSubjectsNeverDisagree() {
        let wagner = Subject(actor: "RU", group: "Wagner Group", location: "BY", area: nil, measure: "personnel")
        let index = EstimateIndex(claims: [
            Self.claim("army", Self.exact(100), "2023-01-01", source: "A"),
            Self.claim("wagner", Self.exact(5000), "2023-01-01", source: "B", subject: wagner),
        ])
        #expect(DiscrepancyFinder(options: .standard).find(in: index).isEmpty)
    }

    @Test func severityGrowsWithTheGapAndShrinksWithTimeAndVagueness() {
        let near = DiscrepancyFinder.severity(lowerTop: 999, higherBottom: 1800, daysBetween: 0, window: 60, combinedLength: 2)
        let wide = DiscrepancyFinder.severity(lowerTop: 100, higherBottom: 8000, daysBetween: 0, window: 60, combinedLength: 2)
        let later = DiscrepancyFinder.severity(lowerTop: 999, higherBottom: 1800, daysBetween: 45, window: 60, combinedLength: 2)
        let vague = DiscrepancyFinder.severity(lowerTop: 999, higherBottom: 1800, daysBetween: 0, window: 60, combinedLength: 367)
        #expect(wide > near)
        #expect(later < near)
        #expect(vague < near)
        #expect([near, wide, later, vague].allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(near == 0.445)
    }
}
