import Foundation
import Hummingbird
import TroopWatchCore

/// A document shipped inside the binary's resources (`GET /openapi.yaml`, the dashboard at `/`).
struct StaticDocumentController<Context: RequestContext> {
    let document: ByteBuffer
    let contentType: String
    let cache = ResponseCache()
    /// The document never changes while the server runs, so its tag is its content hash.
    let version: String

    init(document: Data, contentType: String) {
        self.document = ByteBuffer(bytes: document)
        self.contentType = contentType
        self.version = "doc-" + String(FNV1a.hash(String(decoding: document, as: UTF8.self)), radix: 36)
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: show)
        return routes
    }

    @Sendable func show(_ request: Request, context: Context) throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        let responder = CachedResponder(cache: cache, version: version)
        let document = self.document
        return try responder.respond(to: request, key: "document", contentType: contentType) { document }
    }
}
