import Foundation
import Hummingbird
import TroopWatchCore

/// A `POST /v1/articles` body read and validated: JSON `{text, title?, url?, published?, outlet?,
/// author?}` or plain text with the metadata as query parameters. Every failure names its field.
struct IngestRequest {
    var text: String
    var metadata: ArticleMetadata

    static let metadataFields = ["title", "url", "published", "outlet", "author"]

    static func read(_ request: Request, maximumBytes: Int) async throws(Problem) -> IngestRequest {
        let mediaType = request.headers[.contentType].map(Self.mediaType) ?? ""
        guard mediaType == "application/json" || mediaType == "text/plain" else {
            throw .invalidBody(
                .unsupportedMediaType, field: nil,
                "Send the article as application/json ({\"text\": …}) or text/plain; got '\(request.headers[.contentType] ?? "no Content-Type")'.")
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maximumBytes {
            throw tooLarge(maximumBytes)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maximumBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge(maximumBytes)
        } catch {
            throw .invalidBody(.badRequest, field: "body", "The request body could not be read: \(error).")
        }
        guard let bodyText = String(validating: body.readableBytesView, as: UTF8.self) else {
            throw .invalidBody(.badRequest, field: "body", "The request body is not valid UTF-8.")
        }
        var ingest: IngestRequest
        if mediaType == "application/json" {
            ingest = try json(bodyText)
        } else {
            ingest = IngestRequest(text: bodyText, metadata: try queryMetadata(request))
        }
        guard ingest.text.contains(where: { !$0.isWhitespace }) else {
            throw .invalidBody(.unprocessableContent, field: "text", "The article text is empty.")
        }
        return ingest
    }

    /// "application/json; charset=utf-8" → "application/json".
    static func mediaType(_ header: String) -> String {
        header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    private static func tooLarge(_ maximumBytes: Int) -> Problem {
        .invalidBody(.contentTooLarge, field: "body", "The request body is over the \(maximumBytes)-byte limit.")
    }

    private static func json(_ text: String) throws(Problem) -> IngestRequest {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw .invalidBody(.badRequest, field: "body", "The request body is not valid JSON.")
        }
        guard let fields = object as? [String: Any] else {
            throw .invalidBody(.badRequest, field: "body", "The request body must be a JSON object.")
        }
        for key in fields.keys.sorted() where key != "text" && !metadataFields.contains(key) {
            throw .invalidBody(
                .badRequest, field: key,
                "Unknown field '\(key)'; allowed: text, \(metadataFields.joined(separator: ", ")).")
        }
        func string(_ key: String) throws(Problem) -> String? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else {
                throw .invalidBody(.badRequest, field: key, "'\(key)' must be a string.")
            }
            return text
        }
        guard let text = try string("text") else {
            throw .invalidBody(.unprocessableContent, field: "text", "The article text is missing.")
        }
        return IngestRequest(text: text, metadata: try metadata(string))
    }

    private static func queryMetadata(_ request: Request) throws(Problem) -> ArticleMetadata {
        let parameters = try QueryParameters(request, allowed: Set(metadataFields))
        return try metadata { name throws(Problem) in parameters.string(name) }
    }

    private static func metadata(_ value: (String) throws(Problem) -> String?) throws(Problem) -> ArticleMetadata {
        func trimmed(_ key: String) throws(Problem) -> String? {
            guard let text = try value(key)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                return nil
            }
            return text
        }
        var metadata = ArticleMetadata(
            title: try trimmed("title"), url: try trimmed("url"), outlet: try trimmed("outlet"),
            author: try trimmed("author"))
        if let published = try trimmed("published") {
            guard let date = CalendarDate(iso: published) else {
                throw .invalidBody(
                    .unprocessableContent, field: "published", "'published' must be a date YYYY-MM-DD; got '\(published)'.")
            }
            metadata.published = date
        }
        return metadata
    }
}
