import Hummingbird

/// `GET /healthz`: liveness, with what was loaded and what was skipped at start.
struct HealthController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source

    struct HealthJSON: Encodable {
        var status: String
        var revision: Int
        var articles: Int
        var skippedFiles: [SkippedFile]
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: health)
        return routes
    }

    @Sendable func health(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        _ = try QueryParameters(request, allowed: [])
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: "healthz") {
            HealthJSON(
                status: "ok", revision: snapshot.revision, articles: snapshot.articles.count,
                skippedFiles: snapshot.skipped)
        }
    }
}
