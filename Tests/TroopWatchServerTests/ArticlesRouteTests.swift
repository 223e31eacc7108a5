import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TroopWatchServer

/// `GET /v1/articles` and `/v1/articles/{id}` on the seed articles, in process.
@Suite struct ArticlesRouteTests {
    static let newestFirst = [
        "001_973229286f44a3d8", "004_14dd2039a843f4f6", "003_4eb84e7084170a8e", "000_72aa09bde6514542",
        "002_ca368fdbe3a654df",
    ]

    @Test func listsTheSeedsNewestFirstWithReferenceTitlesAndDates() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let response = try await client.get("/v1/articles")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let body = try JSONBody(response)
            #expect(body.itemIDs == Self.newestFirst)
            #expect(body["next"] is NSNull)
            let first = body.items[0]
            #expect(
                first["title"] as? String
                    == "No significant Russian military threat in Belarus, Ukrainian Border Service reports")
            #expect(first["outlet"] is NSNull)
            #expect(body.items.compactMap { $0["claimCount"] as? Int } == [3, 4, 3, 5, 2])
            let published = first["published"] as? [String: Any]
            #expect(published?["date"] as? String == "2024-09-08")
            #expect(published?["precision"] as? String == "day")
            #expect(published?["basis"] as? String == "dateline")
            let dates = body.items.compactMap { ($0["published"] as? [String: Any])?["date"] as? String }
            #expect(dates == ["2024-09-08", "2024-07-13", "2023-10-31", "2023-09-08", "2023-07-14"])
        }
    }

    @Test func pagesFollowTheNextCursorToTheEnd() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            var ids: [String] = []
            var uri = "/v1/articles?limit=2"
            var pages = 0
            while true {
                let body = try JSONBody(try await client.get(uri))
                pages += 1
                ids += body.itemIDs
                guard let next = body["next"] as? String else { break }
                uri = "/v1/articles?limit=2&cursor=\(next)"
            }
            #expect(pages == 3)
            #expect(ids == Self.newestFirst)
        }
    }

    @Test(arguments: [
        ("q=hajun", ["003_4eb84e7084170a8e", "000_72aa09bde6514542"]),
        ("q=HAJUN", ["003_4eb84e7084170a8e", "000_72aa09bde6514542"]),
        // 002 says "Czech Television" in its author bio: q searches the whole text.
        ("q=demchenko+television", ["001_973229286f44a3d8", "003_4eb84e7084170a8e", "002_ca368fdbe3a654df"]),
        ("q=demchenko%20television", ["001_973229286f44a3d8", "003_4eb84e7084170a8e", "002_ca368fdbe3a654df"]),
        ("q=withdrawal+immediate", ["004_14dd2039a843f4f6", "000_72aa09bde6514542"]),
        ("q=mercenar", ["004_14dd2039a843f4f6", "000_72aa09bde6514542", "002_ca368fdbe3a654df"]),
        ("q=nosuchword", []),
        ("from=2023-10-31", ["001_973229286f44a3d8", "004_14dd2039a843f4f6", "003_4eb84e7084170a8e"]),
        ("to=2023-09-08", ["000_72aa09bde6514542", "002_ca368fdbe3a654df"]),
        ("from=2023-09-01&to=2024-07-13", ["004_14dd2039a843f4f6", "003_4eb84e7084170a8e", "000_72aa09bde6514542"]),
        ("q=belarus&from=2024-01-01&limit=1", ["001_973229286f44a3d8"]),
    ])
    func filters(query: String, expected: [String]) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let body = try JSONBody(try await client.get("/v1/articles?\(query)"))
            #expect(body.itemIDs == expected)
        }
    }

    @Test func oneArticleCarriesItsTextAndMetadata() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let response = try await client.get("/v1/articles/000_72aa09bde6514542")
            #expect(response.status == .ok)
            let body = try JSONBody(response)
            #expect(body["id"] as? String == "000_72aa09bde6514542")
            #expect(body["title"] as? String == "Russia Withdraws Military Contingent From Allied Belarus")
            #expect(body["outlet"] as? String == "The Moscow Times")
            #expect(body["author"] is NSNull)
            #expect(
                body["url"] as? String
                    == "https://www.themoscowtimes.com/2023/09/08/russia-withdraws-military-contingent-from-allied-belarus-a82405"
            )
            let text = body["text"] as? String ?? ""
            #expect(text.unicodeScalars.count == 2236)
            #expect(text.hasPrefix("\n\n# Russia Withdraws"))
            let furniture = body["furniture"] as? [[String: Any]] ?? []
            #expect(
                furniture.compactMap { $0["kind"] as? String } == [
                    "dateline", "picture-credit", "read-more", "url", "url",
                ])
            #expect(furniture.first?["start"] as? Int == 62)
            #expect(furniture.first?["end"] as? Int == 80)
            let claims = body["claims"] as? [[String: Any]] ?? []
            #expect(claims.count == 5)
            #expect(claims.compactMap { $0["articleId"] as? String }.allSatisfy { $0 == "000_72aa09bde6514542" })
        }
    }

    @Test func headAnswersLikeGetWithoutABody() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let get = try await client.get("/v1/articles")
            let head = try await client.execute(uri: "/v1/articles", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.eTag] == get.headers[.eTag])
        }
    }
}
