import Hummingbird
import TroopWatchCore

/// `GET /v1/claims` and `GET /v1/claims/{id}`.
struct ClaimsController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get("{id}", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        let parameters = try QueryParameters(request, allowed: ClaimFilter.parameterNames.union(["limit", "cursor"]))
        let filter = try ClaimFilter(parameters)
        let limit = try parameters.limit()
        let cursor = try parameters.string("cursor").map { text throws(Problem) in
            try PageCursor<ClaimOrder.Key>(encoded: text)
        }
        let key = "claims?\(filter.cacheKey)&limit=\(limit)&cursor=\(cursor?.encoded ?? "")"
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: key) {
            let (items, next) = Pager.page(snapshot.claims, key: \.key, after: cursor?.key, limit: limit) {
                filter.matches($0.claim)
            }
            return PageJSON(items: items.map { ClaimJSON(claim: $0.claim) }, next: next)
        }
    }

    @Sendable func show(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        _ = try QueryParameters(request, allowed: [])
        let id = context.parameters.get("id") ?? ""
        guard let claim = snapshot.claim(id: id) else {
            throw Problem.notFound("No claim with id '\(id)'.")
        }
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: "claim/\(id)") { ClaimJSON(claim: claim) }
    }
}
