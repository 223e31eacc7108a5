import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TroopWatchServer

/// `GET /v1/claims` and `/v1/claims/{id}` on the seed articles, in process.
@Suite struct ClaimsRouteTests {
    static func texts(_ body: JSONBody) -> [String] {
        body.items.compactMap { ($0["quantity"] as? [String: Any])?["text"] as? String }
    }

    @Test(arguments: [
        ("", 17),
        ("actor=ru", 14),
        ("actor=RU&location=by&measure=personnel", 12),
        ("source=hajun", 4),
        ("source=DEMCHENKO", 5),
        ("group=wagner", 2),
        ("measure=Battalion-Tactical_Group", 1),
        ("measure=aircraft", 1),
        ("from=2023-10-01&to=2023-10-31", 4),
        ("article=004_14dd2039a843f4f6", 4),
        ("actor=BY", 3),
        ("actor=US", 0),
    ])
    func filtersCombine(query: String, count: Int) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/claims?limit=1000&\(query)"))
            #expect(body.items.count == count)
            #expect(body["next"] is NSNull)
        }
    }

    @Test func sourceFilterFindsTheReferenceReadings() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/claims?source=demchenko&measure=personnel"))
            #expect(Self.texts(body) == [
                "no large Russian units numbering in the thousands", "up to 12,000", "fewer than a thousand", "up to 2,000",
                "almost all Russian personnel has been withdrawn",
            ])
        }
    }

    @Test func aClaimHasTheDesignShapeAndItsOwnAddress() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let list = try JSONBody(try await client.get("/v1/claims?article=003_4eb84e7084170a8e&source=border"))
            let first = try #require(list.items.first)
            let id = try #require(first["id"] as? String)
            let response = try await client.get("/v1/claims/\(id)")
            #expect(response.status == .ok)
            let claim = try JSONBody(response)
            #expect(claim["articleId"] as? String == "003_4eb84e7084170a8e")
            #expect(claim["subject"] as? [String: AnyHashable] == [
                "actor": "RU", "group": NSNull(), "location": "BY", "area": NSNull(), "measure": "personnel",
            ])
            let quantity = claim["quantity"] as? [String: Any]
            #expect(quantity?["high"] as? Int == 999)
            #expect(quantity?["low"] is NSNull)
            #expect(quantity?["qualifier"] as? String == "less-than")
            #expect(quantity?["text"] as? String == "fewer than a thousand")
            let asOf = claim["asOf"] as? [String: Any]
            #expect(asOf?["start"] as? String == "2023-10-31")
            #expect(asOf?["end"] as? String == "2023-10-31")
            let source = claim["source"] as? [String: Any]
            #expect(source?["name"] as? String == "State Border Guard Service of Ukraine")
            #expect(source?["speaker"] as? String == "Andriy Demchenko")
            #expect(claim["statedOn"] as? String == "2023-10-31")
            let evidence = claim["evidence"] as? [String: Any]
            #expect(evidence?["quote"] as? String == "“Our data suggests that this remaining group contains fewer than a thousand individuals.”")
            #expect((claim["rules"] as? [String])?.contains("fewer than <number>") == true)
            #expect((claim["confidence"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        }
    }

    @Test func evidenceOffsetsSliceTheArticleTextInCodePoints() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let claims = try JSONBody(try await client.get("/v1/claims?limit=1000")).items
            #expect(claims.count == 17)
            var texts: [String: [Unicode.Scalar]] = [:]
            for claim in claims {
                let articleId = try #require(claim["articleId"] as? String)
                if texts[articleId] == nil {
                    let article = try JSONBody(try await client.get("/v1/articles/\(articleId)"))
                    texts[articleId] = Array((article["text"] as? String ?? "").unicodeScalars)
                }
                let evidence = try #require(claim["evidence"] as? [String: Any])
                let start = try #require(evidence["start"] as? Int)
                let end = try #require(evidence["end"] as? Int)
                let scalars = try #require(texts[articleId])
                let slice = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(slice == evidence["quote"] as? String)
            }
        }
    }

    @Test func claimIdsAreStableAcrossLoads() async throws {
        func ids() async throws -> [String] {
            let app = try await buildApplication(TestArguments())
            return try await app.test(.router) { client in
                try JSONBody(try await client.get("/v1/claims?limit=1000")).itemIDs
            }
        }
        let first = try await ids()
        let second = try await ids()
        #expect(first.count == 17)
        #expect(first == second)
        #expect(Set(first).count == first.count)
    }

    @Test func pagesFollowTheNextCursor() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let all = try JSONBody(try await client.get("/v1/claims?limit=1000")).itemIDs
            var collected: [String] = []
            var uri = "/v1/claims?limit=5"
            while true {
                let body = try JSONBody(try await client.get(uri))
                collected += body.itemIDs
                guard let next = body["next"] as? String else { break }
                uri = "/v1/claims?limit=5&cursor=\(next)"
            }
            #expect(collected == all)
        }
    }

    @Test(arguments: [
        ("/v1/claims?actor=Russia", "actor"),
        ("/v1/claims?location=B1", "location"),
        ("/v1/claims?from=2023-13-01", "from"),
        ("/v1/claims?from=2024-01-02&to=2024-01-01", "from"),
        ("/v1/claims?limit=0", "limit"),
        ("/v1/claims?cursor=YTF8LTE5OTc0fDAwMV85NzMyMjkyODZmNDRhM2Q4", "cursor"),  // an articles cursor
        ("/v1/claims?speaker=x", "speaker"),
    ])
    func badParametersAre400(uri: String, parameter: String) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            try expectProblem(try await client.get(uri), status: .badRequest, parameter: parameter)
        }
    }

    @Test func anUnknownClaimIs404() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            try expectProblem(try await client.get("/v1/claims/c-nope"), status: .notFound)
        }
    }
}
