import HTTPTypes
import Hummingbird
import Logging

/// Turns every failure into problem+json: unmatched paths into 404, a known path with another
/// method into 405 with `Allow`, Hummingbird's own errors into their status, anything else into 500
/// (logged, never leaked).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError {
            throw translate(error, request: request)
        } catch let error as any HTTPResponseError {
            throw Problem(
                status: error.status, type: "about:blank", title: error.status.reasonPhrase,
                detail: "\(error)")
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            throw Problem.internalError()
        }
    }

    private func translate(_ error: HTTPError, request: Request) -> Problem {
        if error.status == .notFound {
            let path = request.uri.path
            let allowed = routes.methods(forPath: path)
            if !allowed.isEmpty {
                return .methodNotAllowed(request.method, path: path, allowed: allowed)
            }
            return .notFound("No resource at \(path). See /openapi.yaml for the API.")
        }
        return Problem(
            status: error.status, type: "about:blank", title: error.status.reasonPhrase,
            detail: error.body ?? error.status.reasonPhrase)
    }
}
