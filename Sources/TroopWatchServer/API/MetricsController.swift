import HTTPTypes
import Hummingbird

/// `GET /metrics`: Prometheus text format.
struct MetricsController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source
    let metrics: ServerMetrics

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: show)
        return routes
    }

    @Sendable func show(_ request: Request, context: Context) throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        let bytes = metrics.exposition(of: source.snapshot)
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
