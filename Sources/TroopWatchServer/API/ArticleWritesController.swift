import Foundation
import HTTPTypes
import Hummingbird
import TroopWatchCore

/// `POST /v1/articles` and `DELETE /v1/articles/{id}`.
struct ArticleWritesController<Context: RequestContext> {
    let services: Services

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post(use: ingest)
        routes.delete("{id}", use: delete)
        return routes
    }

    @Sendable func ingest(_ request: Request, context: Context) async throws -> Response {
        do {
            try services.writeGuard.check(request)
            let body = try await IngestRequest.read(request, maximumBytes: services.maximumBodyBytes)
            let outcome = try await services.writer.ingest(text: body.text, metadata: body.metadata)
            let (article, status) =
                switch outcome {
                case .created(let article): (article, HTTPResponse.Status.created)
                case .existing(let article): (article, HTTPResponse.Status.ok)
                }
            services.metrics.recordIngest(status == .created ? "created" : "existing")
            var headers: HTTPFields = [.contentType: "application/json", .cacheControl: "no-store"]
            headers[.location] = "/v1/articles/\(article.id)"
            let bytes = try CachedResponder.jsonEncoder.encode(ArticleDetailJSON(article: article))
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        } catch let problem as Problem {
            services.metrics.recordReject(status: Int(problem.status.code))
            throw problem
        }
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        do {
            try services.writeGuard.check(request)
            _ = try QueryParameters(request, allowed: [])
            try await services.writer.delete(id: context.parameters.get("id") ?? "")
            services.metrics.recordDelete()
            return Response(status: .noContent)
        } catch {
            services.metrics.recordReject(status: Int(error.status.code))
            throw error
        }
    }
}
