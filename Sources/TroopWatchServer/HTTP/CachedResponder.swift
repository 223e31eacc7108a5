import Foundation
import HTTPTypes
import Hummingbird

/// Serves a GET from the snapshot's response cache: checks `If-None-Match` first (a 304 costs no
/// encoding), then the cache, and only on a miss runs `build` and stores its bytes.
struct CachedResponder {
    let cache: ResponseCache
    /// Names the data the cache holds (`CorpusSnapshot.version`).
    let version: String

    static let jsonEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    func respond(
        to request: Request, key: String, contentType: String = "application/json",
        build: () throws -> ByteBuffer
    ) throws -> Response {
        let etag = EntityTag.make(version: version, key: key)
        if EntityTag.matches(request, etag: etag) {
            return Response(status: .notModified, headers: Self.headers(etag: etag, contentType: nil))
        }
        let representation: CachedRepresentation
        if let cached = cache.value(for: key) {
            representation = cached
        } else {
            representation = CachedRepresentation(body: try build(), etag: etag, contentType: contentType)
            cache.store(representation, for: key)
        }
        return Response(
            status: .ok, headers: Self.headers(etag: representation.etag, contentType: representation.contentType),
            body: ResponseBody(byteBuffer: representation.body))
    }

    func respondJSON(to request: Request, key: String, value: () throws -> some Encodable) throws -> Response {
        try respond(to: request, key: key) {
            ByteBuffer(bytes: try Self.jsonEncoder.encode(try value()))
        }
    }

    private static func headers(etag: String, contentType: String?) -> HTTPFields {
        var headers: HTTPFields = [:]
        headers[.eTag] = etag
        headers[.cacheControl] = "no-cache"
        if let contentType { headers[.contentType] = contentType }
        return headers
    }
}
