import Foundation
import Hummingbird
import Logging
import TroopWatchCore

public enum StartupFailure: Error, CustomStringConvertible {
    case missingResource(String)

    public var description: String {
        switch self {
        case .missingResource(let name): "the bundled resource \(name) is missing; reinstall TroopWatch"
        }
    }
}

/// Builds the whole server: loads the corpus, builds the first snapshot and the router. `main`
/// and the tests both start TroopWatch through this one function.
public func buildApplication(_ arguments: some AppArguments) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "troopwatch")
    logger.logLevel = arguments.logLevel

    let started = ContinuousClock.now
    let lexicon = try LexiconLoader.load(extension: arguments.lexiconFile)
    var directories = arguments.corpusDirectories.map { URL(fileURLWithPath: $0) }
    if directories.isEmpty || arguments.includeSeeds {
        guard let seeds = BundledResources.seedsDirectory else { throw StartupFailure.missingResource("Seeds") }
        directories.insert(seeds, at: 0)
    }
    // Ingested articles load last: a corpus file never gives way to one with its id.
    let data = try arguments.dataDirectory.map { root throws in try DataDirectory(root: root) }
    if let data {
        for name in data.removeStrayTemporaries() {
            logger.warning("removed a write interrupted by a crash", metadata: ["file": "\(name)"])
        }
        directories.append(URL(fileURLWithPath: data.articlesFolder))
    }
    let loaded = await CorpusLoader(logger: logger).load(directories: directories)
    let now = Date()
    let pipeline = ArticlePipeline(lexicon: lexicon)
    let builder = CorpusBuilder(pipeline: pipeline, now: now)
    let snapshot = CorpusSnapshot(
        revision: 1, articles: await builder.articles(from: loaded.files), skipped: loaded.skipped,
        epoch: String(Int(now.timeIntervalSince1970 * 1000), radix: 36))
    let store = CorpusStore(snapshot)
    let feed = try ChangeHistory.open(journal: data?.journal, snapshot: snapshot, logger: logger)
    let ingestedPrefix = data.map { $0.articlesFolder + "/" }
    let ingested = Set(loaded.files.filter { file in ingestedPrefix.map { file.path.hasPrefix($0) } ?? false }.map(\.id))
    let services = Services(
        store: store,
        writer: CorpusWriter(
            store: store, pipeline: pipeline, data: data, feed: feed, ingested: ingested, logger: logger),
        feed: feed, writeGuard: WriteGuard(token: arguments.writeToken, hostname: arguments.hostname),
        maximumBodyBytes: arguments.maximumBodyBytes, metrics: ServerMetrics())
    let elapsed = ContinuousClock.now - started
    let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)

    guard let openAPIURL = BundledResources.openAPI, let openAPI = try? Data(contentsOf: openAPIURL) else {
        throw StartupFailure.missingResource("openapi.yaml")
    }
    guard let dashboardURL = BundledResources.dashboard, let dashboard = try? Data(contentsOf: dashboardURL) else {
        throw StartupFailure.missingResource("dashboard.html")
    }
    let router = buildRouter(services: services, openAPI: openAPI, dashboard: dashboard)
    let articleCount = snapshot.articles.count
    let skippedCount = snapshot.skipped.count
    let startupLogger = logger
    return Application(
        router: router,
        configuration: .init(address: .hostname(arguments.hostname, port: arguments.port), serverName: "TroopWatch"),
        onServerRunning: { channel in
            let address = channel.localAddress.map {
                "\($0.ipAddress ?? arguments.hostname):\($0.port ?? arguments.port)"
            }
            startupLogger.info(
                "TroopWatch ready: \(articleCount) articles loaded, \(skippedCount) files skipped in \(milliseconds) ms, listening on http://\(address ?? "?")"
            )
        },
        logger: logger
    )
}

/// The routes of API v1 and the middleware around them.
func buildRouter(services: Services, openAPI: Data, dashboard: Data) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: [.autoGenerateHeadEndpoints])
    let routeTable = RouteTable()
    let source = services.store
    router.add(middleware: RequestMetricsMiddleware(metrics: services.metrics))
    // Any page may read the API; writes stay same-origin (a browser's POST needs a preflight
    // this policy does not grant).
    router.add(
        middleware: CORSMiddleware(
            allowOrigin: .all, allowHeaders: [.accept, .contentType, .ifNoneMatch, .lastEventID],
            allowMethods: [.get, .head, .options], exposedHeaders: ["ETag", "Location"], maxAge: .seconds(86_400)))
    router.add(middleware: ProblemMiddleware(routes: routeTable))
    router.addRoutes(ArticlesController(source: source).endpoints, atPath: "/v1/articles")
    router.addRoutes(ArticleWritesController(services: services).endpoints, atPath: "/v1/articles")
    router.addRoutes(ClaimsController(source: source).endpoints, atPath: "/v1/claims")
    router.addRoutes(SubjectsController(source: source).endpoints, atPath: "/v1/subjects")
    router.addRoutes(EstimatesController(source: source).endpoints, atPath: "/v1/estimates")
    router.addRoutes(DiscrepanciesController(source: source).endpoints, atPath: "/v1/discrepancies")
    router.addRoutes(ChangesController(feed: services.feed).endpoints, atPath: "/v1")
    router.addRoutes(HealthController(source: source).endpoints, atPath: "/healthz")
    router.addRoutes(MetricsController(source: source, metrics: services.metrics).endpoints, atPath: "/metrics")
    router.addRoutes(
        StaticDocumentController(document: openAPI, contentType: "application/yaml").endpoints, atPath: "/openapi.yaml")
    router.addRoutes(
        StaticDocumentController(document: dashboard, contentType: "text/html; charset=utf-8").endpoints, atPath: "/")
    routeTable.record(router)
    return router
}
