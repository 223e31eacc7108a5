import HTTPTypes
import HummingbirdTesting
import Testing
import TroopWatchServer

/// Strong ETags on every GET, and 304 for a matching If-None-Match.
@Suite struct ConditionalGetTests {
    @Test(arguments: [
        "/v1/articles", "/v1/articles?q=hajun&limit=1", "/v1/articles/003_4eb84e7084170a8e", "/healthz",
        "/openapi.yaml", "/", "/v1/changes?limit=5",
    ])
    func aRepeatedGetWithTheTagIsNotModified(uri: String) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let first = try await client.get(uri)
            #expect(first.status == .ok)
            #expect(first.headers[.cacheControl] == "no-cache")
            let etag = try #require(first.headers[.eTag])
            #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
            let second = try await client.get(uri, headers: [.ifNoneMatch: etag])
            #expect(second.status == .notModified)
            #expect(second.body.readableBytes == 0)
            #expect(second.headers[.eTag] == etag)
            let listed = try await client.get(uri, headers: [.ifNoneMatch: "\"other\", \(etag)"])
            #expect(listed.status == .notModified)
            let stale = try await client.get(uri, headers: [.ifNoneMatch: "\"other\""])
            #expect(stale.status == .ok)
            #expect(stale.body == first.body)
        }
    }

    @Test func differentQueriesHaveDifferentTags() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let all = try await client.get("/v1/articles")
            let some = try await client.get("/v1/articles?limit=1")
            #expect(all.headers[.eTag] != some.headers[.eTag])
            // The same query spelt differently is the same representation.
            let spaced = try await client.get("/v1/articles?q=Hajun")
            let lower = try await client.get("/v1/articles?q=hajun")
            #expect(spaced.headers[.eTag] == lower.headers[.eTag])
        }
    }
}
