import HTTPTypes
import HummingbirdTesting
import Testing
import TroopWatchServer

/// Every error the articles API names answers problem+json with the right status and parameter.
@Suite struct ErrorRouteTests {
    @Test(arguments: [
        ("/v1/articles?from=notadate", "from"),
        ("/v1/articles?to=2023-02-30", "to"),
        ("/v1/articles?from=2024-01-02&to=2024-01-01", "from"),
        ("/v1/articles?limit=0", "limit"),
        ("/v1/articles?limit=5000", "limit"),
        ("/v1/articles?limit=ten", "limit"),
        ("/v1/articles?cursor=bm90LWEtY3Vyc29y", "cursor"),
        ("/v1/articles?cursor=%%%", "cursor"),
        ("/v1/articles?limt=5", "limt"),
        ("/v1/articles?limit=5&limit=6", "limit"),
        ("/v1/articles/000_72aa09bde6514542?verbose=1", "verbose"),
        ("/healthz?x=1", "x"),
    ])
    func badParametersAre400NamingTheParameter(uri: String, parameter: String) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            try expectProblem(try await client.get(uri), status: .badRequest, parameter: parameter)
        }
    }

    @Test func anUnknownArticleIs404() async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let response = try await client.get("/v1/articles/no-such-article")
            try expectProblem(response, status: .notFound)
            #expect(try JSONBody(response)["detail"] as? String == "No article with id 'no-such-article'.")
        }
    }

    @Test(arguments: ["/v2/articles", "/nope", "/v1/articles/a/b", "/v1"])
    func anUnknownPathIs404(uri: String) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            try expectProblem(try await client.get(uri), status: .notFound)
        }
    }

    @Test(arguments: [
        ("/v1/articles", HTTPRequest.Method.put, "GET, POST, HEAD"),
        ("/v1/articles", .delete, "GET, POST, HEAD"),
        ("/v1/articles/000_72aa09bde6514542", .put, "DELETE, GET, HEAD"),
        ("/v1/changes", .post, "GET, HEAD"),
        ("/healthz", .post, "GET, HEAD"),
        ("/openapi.yaml", .patch, "GET, HEAD"),
    ])
    func aWrongMethodIs405WithAllow(uri: String, method: HTTPRequest.Method, allowed: String) async throws {
        let app = try await buildApplication(TestArguments())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: uri, method: method)
            try expectProblem(response, status: .methodNotAllowed)
            #expect(response.headers[.allow] == allowed)
        }
    }
}
