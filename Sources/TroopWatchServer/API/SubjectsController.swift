import Hummingbird
import TroopWatchCore

/// `GET /v1/subjects`: every subject with its claim count, sources and first and last asOf day.
struct SubjectsController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        _ = try QueryParameters(request, allowed: [])
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: "subjects") {
            // Most claims first: the first subject is a dashboard's natural default.
            let subjects = snapshot.index.subjects.map { ($0, snapshot.index.claims(of: $0)) }
                .sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
            return PageJSON(items: subjects.map { SubjectSummaryJSON(subject: $0.0, claims: $0.1) }, next: nil)
        }
    }
}
