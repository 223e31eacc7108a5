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
        let parameters = try QueryParameters(request, allowed: ClaimFilter.parameterNames.union(["limit", "cursor", "format"]))
        let filter = try ClaimFilter(parameters)
        let limit = try parameters.limit()
        let cursor = try parameters.string("cursor").map { text throws(Problem) in
            try PageCursor<ClaimOrder.Key>(encoded: text)
        }
        let representation = try Representation.of(request, parameters)
        let key = "claims?\(filter.cacheKey)&limit=\(limit)&cursor=\(cursor?.encoded ?? "")&\(representation)"
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        let page = {
            Pager.page(snapshot.claims, key: \.key, after: cursor?.key, limit: limit) { filter.matches($0.claim) }
        }
        switch representation {
        case .json:
            return try responder.respondJSON(to: request, key: key) {
                let (items, next) = page()
                return PageJSON(items: items.map { ClaimJSON(claim: $0.claim) }, next: next)
            }
        case .csv:
            return try responder.respond(to: request, key: key, contentType: CSVTable.contentType) {
                Self.csv(page().items.map(\.claim)).buffer
            }
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

    /// One row per claim, in the column order documented in openapi.yaml.
    static func csv(_ claims: [Claim]) -> CSVTable {
        var table = CSVTable(header: [
            "id", "articleId", "actor", "group", "location", "area", "measure", "qualifier", "low", "best", "high", "text",
            "asOfStart", "asOfEnd", "precision", "asOfText", "sourceName", "speaker", "statedOn", "confidence", "quote",
        ])
        for claim in claims {
            let subject = claim.subject
            let quantity = claim.quantity
            table.append([
                claim.id, claim.articleId, subject.actor.csv, subject.group.csv, subject.location.csv, subject.area.csv,
                subject.measure, quantity.qualifier.rawValue, quantity.low.csv, quantity.best.csv, quantity.high.csv,
                quantity.text, claim.asOf?.start.iso ?? "", claim.asOf?.end.iso ?? "", claim.asOf?.precision.rawValue ?? "",
                claim.asOf?.text ?? "", claim.source?.name ?? "", claim.source?.speaker ?? "", claim.statedOn?.iso ?? "",
                String(claim.confidence), claim.evidence.quote,
            ])
        }
        return table
    }
}
