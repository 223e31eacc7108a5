import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem: every error TroopWatch answers is one of these, sent as
/// `application/problem+json`. `parameter` names the query parameter or field at fault.
struct Problem: Error, HTTPResponseError, Sendable {
    var status: HTTPResponse.Status
    var type: String
    var title: String
    var detail: String
    var parameter: String?
    /// The request-body field at fault (for writes), where `parameter` names a query parameter.
    var field: String?
    var extraHeaders: HTTPFields = [:]

    static func invalidParameter(_ name: String, _ detail: String) -> Problem {
        Problem(
            status: .badRequest, type: "/problems/invalid-parameter", title: "Invalid query parameter",
            detail: detail, parameter: name)
    }

    static func invalidBody(_ status: HTTPResponse.Status, field: String?, _ detail: String) -> Problem {
        let title =
            switch status {
            case .contentTooLarge: "Request body too large"
            case .unsupportedMediaType: "Unsupported content type"
            case .unprocessableContent: "Article cannot be ingested"
            default: "Malformed request body"
            }
        let type =
            switch status {
            case .contentTooLarge: "/problems/body-too-large"
            case .unsupportedMediaType: "/problems/unsupported-media-type"
            case .unprocessableContent: "/problems/invalid-article"
            default: "/problems/malformed-body"
            }
        return Problem(status: status, type: type, title: title, detail: detail, field: field)
    }

    static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, type: "/problems/not-found", title: "Not found", detail: detail)
    }

    static func methodNotAllowed(_ method: HTTPRequest.Method, path: String, allowed: [HTTPRequest.Method]) -> Problem {
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        var problem = Problem(
            status: .methodNotAllowed, type: "/problems/method-not-allowed", title: "Method not allowed",
            detail: "\(method.rawValue) is not allowed on \(path); allowed: \(list)")
        problem.extraHeaders[.allow] = list
        return problem
    }

    static func internalError() -> Problem {
        Problem(
            status: .internalServerError, type: "/problems/internal-error", title: "Internal server error",
            detail: "The server failed to answer this request; the error is in its log.")
    }

    private struct Body: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var parameter: String?
        var field: String?
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(type: type, title: title, status: Int(status.code), detail: detail, parameter: parameter, field: field)
        let data = (try? Self.encoder.encode(body)) ?? Data("{}".utf8)
        var headers = extraHeaders
        headers[.contentType] = "application/problem+json"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
