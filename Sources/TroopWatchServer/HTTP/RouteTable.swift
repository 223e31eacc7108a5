import HTTPTypes
import Hummingbird
import Synchronization

/// The routes the router serves, as (method, path template) pairs. Filled once after the routes
/// are registered; used to tell "no such path" (404) from "no such method here" (405), and by the
/// test that holds openapi.yaml and the router to the same list.
final class RouteTable: Sendable {
    struct Route: Sendable, Hashable {
        var method: HTTPRequest.Method
        /// Segments of the template; a capture ("{id}") matches any one segment.
        var segments: [String]

        var template: String { "/" + segments.joined(separator: "/") }
    }

    private let storage = Mutex<[Route]>([])

    var routes: [Route] { storage.withLock { $0 } }

    func record<Context>(_ router: Router<Context>) {
        let routes = router.routes.map { description in
            Route(
                method: description.method,
                segments: description.path.description.split(separator: "/").map(String.init))
        }
        storage.withLock { $0 = routes }
    }

    /// Methods served on a concrete path (HEAD wherever GET is, as the router generates it).
    func methods(forPath path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/")
        var methods = routes.filter { route in
            route.segments.count == segments.count
                && zip(route.segments, segments).allSatisfy { template, actual in
                    template.hasPrefix("{") || template == actual
                }
        }.map(\.method)
        if methods.contains(.get), !methods.contains(.head) { methods.append(.head) }
        return methods
    }
}
