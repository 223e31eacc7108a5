import Foundation
import TroopWatchCore

/// Latency of the analysis queries as the server runs them (snapshot indexes, no HTTP and no
/// response cache): an estimate for a random subject and day, and the first page of a random
/// subject's discrepancies. A bigger corpus covers more forces rather than piling every claim on
/// a few: about 100 claims per subject (from 12 sources, over three years, with day, month,
/// part-of-year and year periods), so 1,000 claims make 10 subjects and 100,000 make 1,000. What
/// must stay flat is the work of one query as the corpus grows.
public enum QueryBenchmark {
    public struct Result: Sendable {
        public var claims: Int
        public var buildSeconds: Double
        public var discrepancies: Int
        public var estimateMicroseconds: (p50: Double, p99: Double)
        public var discrepancyMicroseconds: (p50: Double, p99: Double)
    }

    static let sources = (1...12).map { "Source \($0)" }

    /// Subject number `n`: an actor code and a location code made from it.
    static func subject(_ number: Int) -> Subject {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let actor = String([letters[number % 26], letters[(number / 26) % 26]])
        let location = String([letters[(number / 676) % 26], letters[(number * 7) % 26]])
        return Subject(actor: actor, group: nil, location: location, area: nil, measure: "personnel")
    }

    public static func run(claims count: Int, queries: Int = 2000, seed: UInt64 = 11) -> Result {
        var random = SplitMix(state: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let first = CalendarDate(year: 2022, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 18_993)
        var articles: [Article] = []
        var claimsInArticle: [Claim] = []
        // Each subject has a true size; sources report it with noise, and one report in twenty is off.
        var levels: [String: Int] = [:]
        for index in 0..<count {
            let start = first.adding(days: Int(random.next() % 1096))
            let length = [1, 1, 1, 1, 1, 1, 30, 30, 120, 365][Int(random.next() % 10)]
            let subject = Self.subject(Int(random.next() % UInt64(max(1, count / 100))))
            let key = "\(subject.actor ?? "")\(subject.location ?? "")\(subject.measure)"
            let level = levels[key] ?? Int(random.next() % 20_000) + 500
            levels[key] = level
            let noise = 0.9 + Double(random.next() % 200) / 1000
            let value = Int(Double(level) * noise * (random.next() % 20 == 0 ? 3 : 1))
            let quantity: Quantity
            switch random.next() % 10 {
            case 0: quantity = Quantity(high: value * 13 / 10, qualifier: .atMost, text: "up to \(value)")
            case 1: quantity = Quantity(low: value * 7 / 10, qualifier: .atLeast, text: "at least \(value)")
            case 2: quantity = Quantity(best: value, qualifier: .exact, text: "\(value)")
            default: quantity = Quantity(best: value, qualifier: .approximately, text: "about \(value)")
            }
            let claim = Claim(
                id: "c\(index)", articleId: "a\(index / 4)",
                subject: subject,
                quantity: quantity,
                asOf: AsOf(start: start, end: start.adding(days: length - 1), precision: length == 1 ? .day : .month, text: nil),
                source: Attribution(name: pick(sources), speaker: nil), statedOn: start, evidence: Evidence(quote: "", start: 0, end: 0),
                rules: [], confidence: 0.8)
            claimsInArticle.append(claim)
            if claimsInArticle.count == 4 || index == count - 1 {
                let reading = ArticleReading(
                    title: nil, published: Published(date: start, precision: .day, basis: .metadata), outlet: nil,
                    author: nil, url: nil, furniture: [])
                articles.append(Article(id: "a\(index / 4)", text: "", reading: reading, claims: claimsInArticle, ingestedAt: ""))
                claimsInArticle = []
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let snapshot = CorpusSnapshot(revision: 1, articles: articles, skipped: [], epoch: "bench")
        let built = clock.now - started
        let subjects = snapshot.index.subjects

        var estimateTimes: [Double] = []
        var discrepancyTimes: [Double] = []
        var sink = 0
        for _ in 0..<queries {
            let subject = pick(subjects)
            let day = first.adding(days: Int(random.next() % 1096))
            let estimateTime = clock.measure {
                sink &+= snapshot.index.estimate(subject: subject, on: day, options: .standard).entries.count
            }
            estimateTimes.append(seconds(estimateTime) * 1e6)
            let filter = ClaimFilter(actor: subject.actor, location: subject.location, measure: subject.measure)
            let discrepancyTime = clock.measure {
                let all = snapshot.discrepancies(filter: filter, options: .standard)
                sink &+= Pager.page(all, key: DiscrepancyOrder.key, after: nil, limit: 100) { _ in true }.items.count
            }
            discrepancyTimes.append(seconds(discrepancyTime) * 1e6)
        }
        _ = sink
        return Result(
            claims: snapshot.claims.count, buildSeconds: seconds(built), discrepancies: snapshot.discrepancies.count,
            estimateMicroseconds: percentiles(estimateTimes), discrepancyMicroseconds: percentiles(discrepancyTimes))
    }

    static func percentiles(_ values: [Double]) -> (p50: Double, p99: Double) {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return (0, 0) }
        return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, sorted.count * 99 / 100)])
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
