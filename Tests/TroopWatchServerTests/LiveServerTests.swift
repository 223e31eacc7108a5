import Foundation
import HummingbirdTesting
import Testing
import TroopWatchServer

/// The real server on a real socket (a free port chosen by the OS).
@Suite struct LiveServerTests {
    @Test func servesTheSeedArticlesOverASocket() async throws {
        let app = try await buildApplication(TestArguments(port: 0))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            #expect(port > 0)
            let response = try await client.get("/v1/articles")
            #expect(response.status == .ok)
            let body = try JSONBody(response)
            #expect(body.itemIDs.count == 5)
            #expect(body.itemIDs.first == "001_973229286f44a3d8")
            try expectProblem(try await client.get("/v1/articles?limit=0"), status: .badRequest, parameter: "limit")
        }
    }
}
