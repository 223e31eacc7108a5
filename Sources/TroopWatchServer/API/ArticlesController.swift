import Hummingbird
import TroopWatchCore

/// `GET /v1/articles` and `GET /v1/articles/{id}`.
struct ArticlesController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source

    static var listParameters: Set<String> { ["q", "from", "to", "limit", "cursor"] }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get("{id}", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        let parameters = try QueryParameters(request, allowed: Self.listParameters)
        let limit = try parameters.limit()
        let (from, to) = try parameters.dateRange()
        let cursor = try parameters.string("cursor").map { text throws(Problem) in try PageCursor<ArticleOrder.Key>(encoded: text) }
        let search = WordPrefixSearch(parameters.string("q") ?? "")
        let key = [
            "articles", "q=\(search.terms.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " "))",
            "from=\(from?.iso ?? "")", "to=\(to?.iso ?? "")", "limit=\(limit)", "cursor=\(cursor?.encoded ?? "")",
        ].joined(separator: "&")
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: key) {
            Self.page(of: snapshot, search: search, from: from, to: to, after: cursor, limit: limit)
        }
    }

    @Sendable func show(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        _ = try QueryParameters(request, allowed: [])
        let id = context.parameters.get("id") ?? ""
        guard let article = snapshot.article(id: id) else {
            throw Problem.notFound("No article with id '\(id)'.")
        }
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: "article/\(id)") { ArticleDetailJSON(article: article) }
    }

    static func page(
        of snapshot: CorpusSnapshot, search: WordPrefixSearch, from: CalendarDate?, to: CalendarDate?,
        after cursor: PageCursor<ArticleOrder.Key>?, limit: Int
    ) -> PageJSON<ArticleSummaryJSON> {
        let (items, next) = Pager.page(snapshot.articles, key: ArticleOrder.key, after: cursor?.key, limit: limit) {
            matches($0, search: search, from: from, to: to)
        }
        return PageJSON(items: items.map(ArticleSummaryJSON.init), next: next)
    }

    static func matches(_ article: Article, search: WordPrefixSearch, from: CalendarDate?, to: CalendarDate?) -> Bool {
        if from != nil || to != nil {
            guard let published = article.reading.published.date else { return false }
            if let from, published < from { return false }
            if let to, published > to { return false }
        }
        return search.isEmpty || search.matches(article)
    }
}
