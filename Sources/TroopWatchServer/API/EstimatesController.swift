import Foundation
import Hummingbird
import TroopWatchCore

/// `GET /v1/estimates` (one day) and `GET /v1/estimates/timeline` (a series).
struct EstimatesController<Context: RequestContext, Source: SnapshotSource> {
    let source: Source

    static var maximumPoints: Int { 5000 }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: estimate)
        routes.get("timeline", use: timeline)
        return routes
    }

    @Sendable func estimate(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        let parameters = try QueryParameters(
            request, allowed: SubjectParameters.names.union(AnalysisParameters.names).union(["date"]))
        let subject = try SubjectParameters.subject(parameters, known: snapshot.index.subjects)
        guard let date = try parameters.date("date") else {
            throw Problem.invalidParameter("date", "'date' is required: the day to estimate, written YYYY-MM-DD.")
        }
        let analysis = try AnalysisParameters(parameters)
        let key = "estimate?\(Self.key(subject))&d=\(date.iso)&\(analysis.cacheKey)"
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        return try responder.respondJSON(to: request, key: key) {
            EstimateJSON(estimate: snapshot.index.estimate(subject: subject, on: date, options: analysis.options))
        }
    }

    @Sendable func timeline(_ request: Request, context: Context) throws -> Response {
        let snapshot = source.snapshot
        let parameters = try QueryParameters(
            request,
            allowed: SubjectParameters.names.union(AnalysisParameters.names).union(["from", "to", "step", "format"]))
        let subject = try SubjectParameters.subject(parameters, known: snapshot.index.subjects)
        guard let from = try parameters.date("from") else {
            throw Problem.invalidParameter("from", "'from' is required: the first day of the series, YYYY-MM-DD.")
        }
        guard let to = try parameters.date("to") else {
            throw Problem.invalidParameter("to", "'to' is required: the last day of the series, YYYY-MM-DD.")
        }
        guard from <= to else { throw Problem.invalidParameter("from", "'from' (\(from.iso)) is after 'to' (\(to.iso)).") }
        let stepText = parameters.string("step") ?? "month"
        guard let step = TimelineStep(rawValue: stepText.lowercased()) else {
            throw Problem.invalidParameter("step", "'step' must be day, week or month; got '\(stepText)'.")
        }
        let points = step.count(from: from, to: to)
        guard points <= Self.maximumPoints else {
            throw Problem.invalidParameter(
                "step", "The series would have \(points) points; at most \(Self.maximumPoints) are served. Use a longer step or a shorter period.")
        }
        let analysis = try AnalysisParameters(parameters)
        let representation = try Representation.of(request, parameters)
        let key = "timeline?\(Self.key(subject))&f=\(from.iso)&t=\(to.iso)&s=\(step.rawValue)&\(analysis.cacheKey)&\(representation)"
        let responder = CachedResponder(cache: snapshot.responses, version: snapshot.version)
        let series = { snapshot.index.timeline(subject: subject, from: from, to: to, step: step, options: analysis.options) }
        switch representation {
        case .json:
            return try responder.respondJSON(to: request, key: key) {
                TimelineJSON(subject: subject, step: step, from: from, to: to, points: series())
            }
        case .csv:
            return try responder.respond(to: request, key: key, contentType: CSVTable.contentType) {
                Self.csv(series()).buffer
            }
        }
    }

    static func key(_ subject: SubjectKey) -> String {
        "a=\(subject.actor ?? "")&g=\(subject.group ?? "")&l=\(subject.location ?? "")&m=\(subject.measure)"
    }

    /// One row per point: the consensus and the sources that spoke.
    static func csv(_ points: [Estimate]) -> CSVTable {
        var table = CSVTable(header: [
            "date", "entries", "agreement", "consensusLow", "consensusHigh", "medianBest", "sources", "claimIds",
        ])
        for point in points {
            table.append([
                point.date.iso, String(point.entries.count), point.consensus.agreement.csv,
                point.consensus.interval.map { String($0.low) }.csv, point.consensus.interval?.high.csv ?? "",
                point.consensus.medianBest.map { String(format: "%g", $0) }.csv,
                point.entries.map(\.source).joined(separator: "; "), point.entries.map(\.claim.id).joined(separator: "; "),
            ])
        }
        return table
    }
}
