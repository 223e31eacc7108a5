import Foundation
import Hummingbird
import TroopWatchCore

/// `GET /openapi.yaml`: the API contract, shipped inside the binary's resources.
struct OpenAPIController<Context: RequestContext> {
    let document: ByteBuffer
    let cache = ResponseCache()
    /// The document never changes while the server runs, so its tag is its content hash.
    let version: String

    init(document: Data) {
        self.document = ByteBuffer(bytes: document)
        self.version = "openapi-" + String(FNV1a.hash(String(decoding: document, as: UTF8.self)), radix: 36)
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: contract)
        return routes
    }

    @Sendable func contract(_ request: Request, context: Context) throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        let responder = CachedResponder(cache: cache, version: version)
        let document = self.document
        return try responder.respond(to: request, key: "openapi", contentType: "application/yaml") {
            document
        }
    }
}
