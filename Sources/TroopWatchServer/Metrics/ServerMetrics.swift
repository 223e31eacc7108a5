import CoreMetrics
import Prometheus
import Synchronization

/// The server's metrics, recorded through swift-metrics into this server's own Prometheus
/// registry (not the process-wide one, so each application — and each test — counts alone).
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let routes = Mutex<[RouteKey: (CoreMetrics.Counter, CoreMetrics.Timer)]>([:])
    private let outcomes = Mutex<[String: CoreMetrics.Counter]>([:])
    let articles: CoreMetrics.Gauge
    let claims: CoreMetrics.Gauge
    let discrepancies: CoreMetrics.Gauge

    struct RouteKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        articles = CoreMetrics.Gauge(label: "troopwatch_articles", factory: factory)
        claims = CoreMetrics.Gauge(label: "troopwatch_claims", factory: factory)
        discrepancies = CoreMetrics.Gauge(label: "troopwatch_discrepancies", factory: factory)
    }

    func recordRequest(route: String, method: String, status: Int, nanoseconds: UInt64) {
        let key = RouteKey(route: route, method: method, status: status)
        let (counter, timer) = routes.withLock { routes in
            if let existing = routes[key] { return existing }
            let dimensions = [("route", route), ("method", method), ("status", String(status))]
            let made = (
                CoreMetrics.Counter(label: "troopwatch_http_requests_total", dimensions: dimensions, factory: factory),
                CoreMetrics.Timer(label: "troopwatch_http_request_duration_seconds", dimensions: dimensions, factory: factory)
            )
            routes[key] = made
            return made
        }
        counter.increment()
        timer.recordNanoseconds(Int64(clamping: nanoseconds))
    }

    /// Ingests by outcome ("created", "existing") and rejected writes by status.
    func recordIngest(_ outcome: String) { counter("troopwatch_ingests_total", ("outcome", outcome)).increment() }
    func recordReject(status: Int) { counter("troopwatch_rejected_writes_total", ("status", String(status))).increment() }
    func recordDelete() { counter("troopwatch_deletes_total", nil).increment() }

    private func counter(_ name: String, _ dimension: (String, String)?) -> CoreMetrics.Counter {
        let key = name + "|" + (dimension.map { "\($0.0)=\($0.1)" } ?? "")
        return outcomes.withLock { outcomes in
            if let existing = outcomes[key] { return existing }
            let made = CoreMetrics.Counter(label: name, dimensions: dimension.map { [$0] } ?? [], factory: factory)
            outcomes[key] = made
            return made
        }
    }

    /// The Prometheus text exposition, with the model's sizes read from `snapshot` now.
    func exposition(of snapshot: CorpusSnapshot) -> [UInt8] {
        articles.record(snapshot.articles.count)
        claims.record(snapshot.claims.count)
        discrepancies.record(snapshot.discrepancies.count)
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
