import Foundation
import Testing
import Yams

@testable import TroopWatchServer

/// openapi.yaml and the router describe the same API: every registered route is documented and
/// every documented operation is registered.
@Suite struct OpenAPIContractTests {
    static func documentedOperations() throws -> Set<String> {
        let url = try #require(BundledResources.openAPI)
        let document = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        var operations = Set<String>()
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]
        for (path, item) in paths {
            let item = try #require(item as? [String: Any])
            for method in item.keys where methods.contains(method) {
                operations.insert("\(method.uppercased()) \(path)")
            }
        }
        return operations
    }

    static func routedOperations() throws -> Set<String> {
        let services = Services.inMemory(
            CorpusSnapshot(revision: 1, articles: [], skipped: [], epoch: "test"), pipeline: ArticlePipeline(lexicon: try LexiconLoader.load(extension: nil)))
        let router = buildRouter(services: services, openAPI: Data(), dashboard: Data())
        return Set(router.routes.map { "\($0.method.rawValue) \($0.path)" })
    }

    @Test func everyRouteIsDocumentedAndEveryOperationRouted() throws {
        let documented = try Self.documentedOperations()
        let routed = try Self.routedOperations()
        #expect(routed.subtracting(documented).isEmpty, "routes missing from openapi.yaml")
        #expect(documented.subtracting(routed).isEmpty, "operations in openapi.yaml with no route")
        #expect(
            routed == [
                "GET /v1/articles", "GET /v1/articles/{id}", "GET /v1/claims", "GET /v1/claims/{id}", "GET /v1/subjects",
                "GET /v1/estimates", "GET /v1/estimates/timeline", "GET /v1/discrepancies", "GET /v1/discrepancies/{id}",
                "GET /healthz", "GET /openapi.yaml", "POST /v1/articles", "DELETE /v1/articles/{id}", "GET /v1/changes",
                "GET /v1/events", "GET /metrics", "GET /",
            ])
    }
}
