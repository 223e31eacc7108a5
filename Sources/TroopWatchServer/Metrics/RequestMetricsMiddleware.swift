import Dispatch
import Hummingbird

/// Counts and times every request by route template, method and status, errors included.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let started = DispatchTime.now().uptimeNanoseconds
        let method = request.method.rawValue
        do {
            let response = try await next(request, context)
            // Until the response starts: a stream (/v1/events) counts its set-up, not its life.
            metrics.recordRequest(
                route: context.endpointPath ?? "unmatched", method: method, status: Int(response.status.code),
                nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
            return response
        } catch {
            let status = (error as? any HTTPResponseError).map { Int($0.status.code) } ?? 500
            metrics.recordRequest(
                route: context.endpointPath ?? "unmatched", method: method, status: status,
                nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
            throw error
        }
    }
}
