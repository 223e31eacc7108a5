import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// `GET /v1/changes` (pages, optionally long-polled) and `GET /v1/events` (the same records as
/// Server-Sent Events). Both read the in-memory feed; neither touches the snapshot.
struct ChangesController<Context: RequestContext> {
    let feed: ChangeFeed

    static var keepAlive: Duration { .seconds(15) }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("changes", use: changes)
        routes.get("events", use: events)
        return routes
    }

    struct PageJSON: Encodable {
        var items: [ChangeRecord]
        /// Pass as `after` to get the next page.
        var last: Int
        /// The newest record's seq when the page was cut.
        var latest: Int
    }

    @Sendable func changes(_ request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request, allowed: ["after", "limit", "wait"])
        let after = try parameters.integer("after", in: 0...Int.max, default: 0)
        let limit = try parameters.integer("limit", in: 1...1000, default: 100)
        let wait = try parameters.integer("wait", in: 0...60, default: 0)
        var items = feed.records(after: after, limit: limit)
        if items.isEmpty, wait > 0 {
            await feed.wait(after: after, timeout: .seconds(wait))
            items = feed.records(after: after, limit: limit)
        }
        let page = PageJSON(items: items, last: items.last?.seq ?? after, latest: feed.latest)
        // Records never change once numbered: the page is named by its bounds and the newest seq.
        let etag = EntityTag.make(version: "changes", key: "\(after)|\(limit)|\(page.last)|\(page.latest)")
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "no-cache"]
        if EntityTag.matches(request, etag: etag) { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = "application/json"
        let bytes = try CachedResponder.jsonEncoder.encode(page)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Streams records newer than `Last-Event-ID` (a reconnecting client), else `after`, else
    /// only those recorded from now on. A comment line every 15 s keeps proxies from closing it.
    @Sendable func events(_ request: Request, context: Context) async throws -> Response {
        let parameters = try QueryParameters(request, allowed: ["after"])
        var start = try parameters.integer("after", in: 0...Int.max, default: feed.latest)
        if let lastEventID = request.headers[.lastEventID] {
            guard let seq = Int(lastEventID.trimmingCharacters(in: .whitespaces)), seq >= 0 else {
                throw Problem(
                    status: .badRequest, type: "/problems/invalid-header", title: "Invalid header",
                    detail: "'Last-Event-ID' must be a change seq (a whole number); got '\(lastEventID)'.")
            }
            start = seq
        }
        let feed = self.feed
        let first = start
        let headers: HTTPFields = [
            .contentType: "text/event-stream", .cacheControl: "no-cache",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                var after = first
                try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    let records = feed.records(after: after, limit: 500)
                    if records.isEmpty {
                        let seen = after
                        await cancelWhenGracefulShutdown { await feed.wait(after: seen, timeout: Self.keepAlive) }
                        if feed.latest <= after, !Task.isShuttingDownGracefully {
                            try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                        }
                        continue
                    }
                    try await writer.write(ByteBuffer(string: Self.events(records)))
                    after = records.last?.seq ?? after
                }
                try await writer.finish(nil)
            })
    }

    static func events(_ records: [ChangeRecord]) -> String {
        var text = ""
        for record in records {
            let data = (try? CachedResponder.jsonEncoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            text += "id: \(record.seq)\ndata: \(data)\n\n"
        }
        return text
    }
}

extension HTTPField.Name {
    static var lastEventID: Self { Self("Last-Event-ID")! }
}
