import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import HummingbirdTesting
import Testing
import TroopWatchServer

/// Writes over HTTP: ingest, delete, durability across restarts, the change feed, validation.
@Suite struct IngestRouteTests {
    static let article = """
        Kyiv, 3 March 2024 — About 1,500 Russian troops remain in Belarus, the State Border Guard Service of Ukraine said on Friday.
        """

    static func json(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    static func post(
        _ client: some TestClientProtocol, body: ByteBuffer, contentType: String = "application/json",
        uri: String = "/v1/articles", headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = contentType
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body)
    }

    /// Over a real socket, with the server stopped and started again on the same data folder.
    @Test func ingestedArticlesGetClaimsEnterTheFeedAndSurviveARestart() async throws {
        let folder = try TemporaryFolder()
        var arguments = TestArguments()
        arguments.dataDirectory = folder.path
        let (id, claimIds, ingestedAt) = try await buildApplication(arguments).test(.live) { client in
            let before = try JSONBody(try await client.get("/v1/changes?limit=1000"))
            let seedRecords = before.items.count
            #expect(seedRecords > 0)
            #expect(before.items.first?["seq"] as? Int == 1)

            let created = try await Self.post(
                client, body: try Self.json(["text": Self.article, "published": "2024-03-03", "outlet": "Test Wire"]))
            #expect(created.status == .created)
            let body = try JSONBody(created)
            let id = try #require(body["id"] as? String)
            let ingestedAt = try #require(body["ingestedAt"] as? String)
            #expect(created.headers[.location] == "/v1/articles/\(id)")
            let claims = try #require(body["claims"] as? [[String: Any]])
            let claimIds = claims.compactMap { $0["id"] as? String }
            #expect(claims.count == 1)
            let quantity = try #require(claims.first?["quantity"] as? [String: Any])
            #expect(quantity["best"] as? Int == 1500)
            #expect(quantity["qualifier"] as? String == "approximately")

            // The claim is listed, and the feed says what arrived, after the seed records.
            let listed = try JSONBody(try await client.get("/v1/claims?article=\(id)"))
            #expect(listed.itemIDs == claimIds)
            let feed = try JSONBody(try await client.get("/v1/changes?after=\(seedRecords)"))
            let kinds = feed.items.map { "\($0["type"] as? String ?? "")|\($0["id"] as? String ?? "")" }
            #expect(kinds.prefix(2) == ["article.added|\(id)", "claim.added|\(claimIds[0])"])
            #expect(feed.items.first?["seq"] as? Int == seedRecords + 1)

            // The same text again is the same article.
            let again = try await Self.post(client, body: try Self.json(["text": Self.article]))
            #expect(again.status == .ok)
            #expect(try JSONBody(again)["id"] as? String == id)
            return (id, claimIds, ingestedAt)
        }
        #expect(FileManager.default.fileExists(atPath: folder.path + "/articles/\(id).md"))

        // A restart on the same data folder: the article, its claims and the feed's numbers stay.
        try await buildApplication(arguments).test(.live) { client in
            let article = try await client.get("/v1/articles/\(id)")
            #expect(article.status == .ok)
            #expect(try JSONBody(article)["ingestedAt"] as? String == ingestedAt)
            let claims = try #require(try JSONBody(article)["claims"] as? [[String: Any]])
            #expect(claims.compactMap { $0["id"] as? String } == claimIds)
            let feed = try JSONBody(try await client.get("/v1/changes?limit=1000"))
            #expect(feed.items.filter { $0["type"] as? String == "article.added" && $0["id"] as? String == id }.count == 1)
            let seqs = feed.items.compactMap { $0["seq"] as? Int }
            #expect(seqs == Array(1...seqs.count))

            #expect(try await client.execute(uri: "/v1/articles/\(id)", method: .delete).status == .noContent)
            #expect(try await client.get("/v1/articles/\(id)").status == .notFound)
            #expect(try await client.get("/v1/claims/\(claimIds[0])").status == .notFound)
            let after = try JSONBody(try await client.get("/v1/changes?after=\(seqs.count)"))
            let types = after.items.compactMap { $0["type"] as? String }
            #expect(types.contains("article.removed") && types.contains("claim.removed"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/articles/\(id).md"))
        try await buildApplication(arguments).test(.router) { client in
            let gone = try await client.get("/v1/articles/\(id)")
            #expect(gone.status == .notFound)
        }
    }

    @Test func plainTextTakesMetadataFromTheQuery() async throws {
        try await buildApplication(TestArguments()).test(.router) { client in
            let response = try await Self.post(
                client, body: ByteBuffer(string: Self.article), contentType: "text/plain; charset=utf-8",
                uri: "/v1/articles?title=Border%20update&published=2024-03-04")
            #expect(response.status == .created)
            let body = try JSONBody(response)
            #expect(body["title"] as? String == "Border update")
            #expect((body["published"] as? [String: Any])?["date"] as? String == "2024-03-04")
        }
    }

    @Test func aChangeOfDataChangesTheTag() async throws {
        try await buildApplication(TestArguments()).test(.router) { client in
            let first = try await client.get("/v1/articles")
            let etag = try #require(first.headers[.eTag])
            #expect(try await client.get("/v1/articles", headers: [.ifNoneMatch: etag]).status == .notModified)
            #expect(try await Self.post(client, body: try Self.json(["text": Self.article])).status == .created)
            let after = try await client.get("/v1/articles", headers: [.ifNoneMatch: etag])
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != etag)
            #expect(try JSONBody(after).items.count == 6)
        }
    }

    @Test func seedArticlesAreReadOnly() async throws {
        try await buildApplication(TestArguments()).test(.router) { client in
            let response = try await client.execute(uri: "/v1/articles/003_4eb84e7084170a8e", method: .delete)
            try expectProblem(response, status: .conflict)
            try expectProblem(
                try await client.execute(uri: "/v1/articles/nope", method: .delete), status: .notFound)
        }
    }

    @Test func everyValidationErrorNamesItsField() async throws {
        var arguments = TestArguments()
        arguments.maximumBodyBytes = 4096
        try await buildApplication(arguments).test(.router) { client in
            func field(_ response: TestResponse) throws -> String? { try JSONBody(response)["field"] as? String }
            let large = try await Self.post(client, body: ByteBuffer(string: String(repeating: "a", count: 5000)), contentType: "text/plain")
            try expectProblem(large, status: .contentTooLarge)
            #expect(try field(large) == "body")
            let binary = try await Self.post(client, body: ByteBuffer(bytes: [0xff, 0xfe, 0x41]), contentType: "text/plain")
            try expectProblem(binary, status: .badRequest)
            #expect(try field(binary) == "body")
            let malformed = try await Self.post(client, body: ByteBuffer(string: "{\"text\": "))
            try expectProblem(malformed, status: .badRequest)
            #expect(try field(malformed) == "body")
            let empty = try await Self.post(client, body: try Self.json(["text": "  \n "]))
            try expectProblem(empty, status: .unprocessableContent)
            #expect(try field(empty) == "text")
            let missing = try await Self.post(client, body: try Self.json(["title": "x"]))
            try expectProblem(missing, status: .unprocessableContent)
            #expect(try field(missing) == "text")
            let date = try await Self.post(client, body: try Self.json(["text": Self.article, "published": "March 3"]))
            try expectProblem(date, status: .unprocessableContent)
            #expect(try field(date) == "published")
            let wrongType = try await Self.post(client, body: try Self.json(["text": 42]))
            try expectProblem(wrongType, status: .badRequest)
            #expect(try field(wrongType) == "text")
            let unknown = try await Self.post(client, body: try Self.json(["text": Self.article, "colour": "red"]))
            try expectProblem(unknown, status: .badRequest)
            #expect(try field(unknown) == "colour")
            let form = try await Self.post(client, body: ByteBuffer(string: "text=x"), contentType: "application/x-www-form-urlencoded")
            try expectProblem(form, status: .unsupportedMediaType)
            // Nothing was stored by any of them.
            #expect(try JSONBody(try await client.get("/v1/articles")).items.count == 5)
        }
    }

    @Test func writesNeedTheTokenWhenOneIsSet() async throws {
        var arguments = TestArguments()
        arguments.writeToken = "s3cret-token"
        try await buildApplication(arguments).test(.router) { client in
            let body = try Self.json(["text": Self.article])
            let none = try await Self.post(client, body: body)
            try expectProblem(none, status: .unauthorized)
            #expect(none.headers[.wwwAuthenticate] == "Bearer realm=\"troopwatch\"")
            try expectProblem(
                try await Self.post(client, body: body, headers: [.authorization: "Bearer s3cret-tokem"]), status: .forbidden)
            try expectProblem(
                try await Self.post(client, body: body, headers: [.authorization: "Bearer s3cret"]), status: .forbidden)
            try expectProblem(
                try await client.execute(uri: "/v1/articles/x", method: .delete), status: .unauthorized)
            let good = try await Self.post(client, body: body, headers: [.authorization: "Bearer s3cret-token"])
            #expect(good.status == .created)
            // Reads stay open.
            #expect(try await client.get("/v1/articles").status == .ok)
        }
    }

    @Test func withoutATokenOnlyALoopbackServerAcceptsWrites() async throws {
        var arguments = TestArguments()
        arguments.hostname = "0.0.0.0"
        try await buildApplication(arguments).test(.router) { client in
            let response = try await Self.post(client, body: try Self.json(["text": Self.article]))
            try expectProblem(response, status: .forbidden)
            let detail = try JSONBody(response)["detail"] as? String ?? ""
            #expect(detail.contains("TROOPWATCH_TOKEN") && detail.contains("--token-file"))
        }
    }

    @Test func aLongPollReturnsWhenARecordArrives() async throws {
        try await buildApplication(TestArguments()).test(.router) { client in
            let latest = try #require(try JSONBody(try await client.get("/v1/changes?limit=1"))["latest"] as? Int)
            let idle = try JSONBody(try await client.get("/v1/changes?after=\(latest)&wait=1"))
            #expect(idle.items.isEmpty)
            #expect(idle["last"] as? Int == latest)
            async let polled = client.get("/v1/changes?after=\(latest)&wait=30")
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await Self.post(client, body: try Self.json(["text": Self.article])).status == .created)
            let started = ContinuousClock.now
            let page = try JSONBody(try await polled)
            #expect(ContinuousClock.now - started < .seconds(10))
            #expect(page.items.first?["type"] as? String == "article.added")
            #expect(page.items.first?["seq"] as? Int == latest + 1)
        }
    }

    @Test func corsLetsAnyOriginReadAndAnswersPreflight() async throws {
        try await buildApplication(TestArguments()).test(.router) { client in
            let read = try await client.get("/v1/articles", headers: [.origin: "https://dash.example"])
            #expect(read.headers[.accessControlAllowOrigin] == "*")
            let preflight = try await client.execute(
                uri: "/v1/estimates", method: .options,
                headers: [.origin: "https://dash.example", .accessControlRequestMethod: "GET"])
            #expect(preflight.status == .noContent || preflight.status == .ok)
            #expect(preflight.headers[.accessControlAllowMethods] == "GET, HEAD, OPTIONS")
        }
    }

    @Test func metricsCountRequestsIngestsAndTheModel() async throws {
        try await buildApplication(TestArguments()).test(.router) { client in
            _ = try await client.get("/v1/articles")
            _ = try await Self.post(client, body: try Self.json(["text": Self.article]))
            _ = try await Self.post(client, body: try Self.json(["text": ""]))
            let response = try await client.get("/metrics")
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            #expect(text.contains("troopwatch_http_requests_total{route=\"/v1/articles\",method=\"GET\",status=\"200\"} 1"))
            #expect(text.contains("troopwatch_ingests_total{outcome=\"created\"} 1"))
            #expect(text.contains("troopwatch_rejected_writes_total{status=\"422\"} 1"))
            #expect(text.contains("troopwatch_articles 6.0\n"))
            #expect(text.contains("troopwatch_http_request_duration_seconds_bucket"))
        }
    }
}
