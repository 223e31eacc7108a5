import Hummingbird
import TroopWatchCore

/// `GET /v1/discrepancies` (most severe first) and `GET /v1/discrepancies/{id}`.
struct DiscrepanciesController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source

    static var listParameters: Set<String> {
        ClaimFilter.parameterNames.union(["minSeverity", "window", "tolerance", "nearZero", "asKnownOn", "limit", "cursor", "format"])
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get("{id}", use: show)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        let parameters = try QueryParameters(request, allowed: Self.listParameters)
        let filter = try ClaimFilter(parameters)
        let analysis = try AnalysisParameters(parameters)
        let minSeverity = try Self.minSeverity(parameters)
        let limit = try parameters.limit()
        let cursor = try parameters.string("cursor").map { text throws(Problem) in
            try PageCursor<DiscrepancyOrder.Key>(encoded: text)
        }
        let representation = try Representation.of(request, parameters)
        let key = "discrepancies?\(filter.cacheKey)&\(analysis.cacheKey)&s=\(minSeverity)&l=\(limit)&c=\(cursor?.encoded ?? "")&\(representation)"
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        let page = {
            let all = snapshot.discrepancies(filter: filter, options: analysis.options)
            return Pager.page(all, key: DiscrepancyOrder.key, after: cursor?.key, limit: limit) { discrepancy in
                discrepancy.severity >= minSeverity && Self.matches(discrepancy, filter)
            }
        }
        switch representation {
        case .json:
            return try responder.respondJSON(to: request, key: key) {
                let (items, next) = page()
                return PageJSON(items: items.map(DiscrepancyJSON.init), next: next)
            }
        case .csv:
            return try responder.respond(to: request, key: key, contentType: CSVTable.contentType) {
                Self.csv(page().items).buffer
            }
        }
    }

    @Sendable func show(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        let parameters = try QueryParameters(request, allowed: ["window", "tolerance", "nearZero", "asKnownOn"])
        let analysis = try AnalysisParameters(parameters)
        let id = context.parameters.get("id") ?? ""
        let found: Discrepancy?
        if analysis.options == .standard {
            found = snapshot.discrepancyPositions[id].map { snapshot.discrepancies[$0] }
        } else {
            found = DiscrepancyFinder(options: analysis.options).find(in: snapshot.index).first { $0.id == id }
        }
        guard let discrepancy = found else {
            throw Problem.notFound("No discrepancy with id '\(id)' (under these options).")
        }
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: "discrepancy/\(id)&\(analysis.cacheKey)") {
            DiscrepancyJSON(discrepancy: discrepancy)
        }
    }

    static func minSeverity(_ parameters: QueryParameters) throws(Problem) -> Double {
        guard let text = parameters.string("minSeverity") else { return 0 }
        guard let value = Double(text), value >= 0, value <= 1 else {
            throw .invalidParameter("minSeverity", "'minSeverity' must be a number from 0 to 1; got '\(text)'.")
        }
        return value
    }

    /// A discrepancy matches when its subject does and either claim passes the claim filter.
    static func matches(_ discrepancy: Discrepancy, _ filter: ClaimFilter) -> Bool {
        discrepancy.claims.contains { indexed in
            var withoutSource = filter
            withoutSource.source = nil
            // An unattributed claim stands for its outlet, which the source filter can name.
            let sourceMatches = filter.source.map { indexed.source.lowercased().contains($0) || filter.matches(indexed.claim) }
            return withoutSource.matches(indexed.claim) && (sourceMatches ?? true)
        }
    }

    static func csv(_ discrepancies: [Discrepancy]) -> CSVTable {
        var table = CSVTable(header: [
            "id", "severity", "actor", "group", "location", "measure", "daysBetween", "gapAbsolute", "gapRatio",
            "claim1", "source1", "text1", "start1", "end1", "claim2", "source2", "text2", "start2", "end2",
            "explanation",
        ])
        for discrepancy in discrepancies {
            let (first, second) = (discrepancy.first, discrepancy.second)
            table.append([
                discrepancy.id, String(discrepancy.severity), discrepancy.subject.actor.csv, discrepancy.subject.group.csv,
                discrepancy.subject.location.csv, discrepancy.subject.measure, String(discrepancy.daysBetween),
                String(discrepancy.absoluteGap), String((discrepancy.ratio * 100).rounded() / 100),
                first.claim.id, first.source, first.claim.quantity.text, first.claim.asOf?.start.iso ?? "",
                first.claim.asOf?.end.iso ?? "", second.claim.id, second.source, second.claim.quantity.text,
                second.claim.asOf?.start.iso ?? "", second.claim.asOf?.end.iso ?? "", discrepancy.explanation,
            ])
        }
        return table
    }
}

/// Discrepancies are listed most severe first, ties by id.
enum DiscrepancyOrder {
    struct Key: CursorKey {
        var negatedSeverity: Int
        var id: String

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.negatedSeverity, lhs.id) < (rhs.negatedSeverity, rhs.id) }

        static var cursorKind: String { "d1" }
        var cursorParts: [String] { [String(negatedSeverity), id] }

        init(negatedSeverity: Int, id: String) {
            self.negatedSeverity = negatedSeverity
            self.id = id
        }

        init?(cursorParts parts: [Substring]) {
            guard parts.count == 2, let severity = Int(parts[0]), !parts[1].isEmpty else { return nil }
            self.init(negatedSeverity: severity, id: String(parts[1]))
        }
    }

    /// The order of `key`, without building keys (start-up sorts every discrepancy).
    static func precedes(_ lhs: Discrepancy, _ rhs: Discrepancy) -> Bool {
        lhs.severity != rhs.severity ? lhs.severity > rhs.severity : lhs.id < rhs.id
    }

    static func key(_ discrepancy: Discrepancy) -> Key {
        Key(negatedSeverity: -Int((discrepancy.severity * 1000).rounded()), id: discrepancy.id)
    }
}
