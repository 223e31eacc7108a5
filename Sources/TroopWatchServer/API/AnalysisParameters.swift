import Hummingbird
import TroopWatchCore

/// The options every analysis endpoint shares, validated: `tolerance` in [0, 1), `nearZero`,
/// `horizon` and `window` whole numbers ≥ 0, `asKnownOn` a date.
struct AnalysisParameters {
    var options: AnalysisOptions

    static let names: Set<String> = ["tolerance", "nearZero", "horizon", "window", "asKnownOn"]

    init(_ parameters: QueryParameters) throws(Problem) {
        var options = AnalysisOptions()
        if let text = parameters.string("tolerance") {
            guard let value = Double(text), value >= 0, value < 1 else {
                throw .invalidParameter("tolerance", "'tolerance' must be a number from 0 up to (not including) 1; got '\(text)'.")
            }
            options.intervals.tolerance = value
        }
        options.intervals.nearZero = try parameters.integer("nearZero", in: 0...1_000_000_000, default: 500)
        options.horizon = try parameters.integer("horizon", in: 0...36_500, default: 180)
        options.window = try parameters.integer("window", in: 0...36_500, default: 60)
        options.asKnownOn = try parameters.date("asKnownOn")
        self.options = options
    }

    var cacheKey: String {
        "t=\(options.intervals.tolerance)&z=\(options.intervals.nearZero)&h=\(options.horizon)&w=\(options.window)&k=\(options.asKnownOn?.iso ?? "")"
    }
}

/// The subject an estimate is about: `actor`, `group`, `location`, `measure` (default personnel).
enum SubjectParameters {
    static let names: Set<String> = ["actor", "group", "location", "measure"]

    static func subject(_ parameters: QueryParameters, known: [SubjectKey]) throws(Problem) -> SubjectKey {
        let actor = try parameters.string("actor").map { text throws(Problem) in
            try ClaimFilter.countryCode(text, parameter: "actor")
        }
        let location = try parameters.string("location").map { text throws(Problem) in
            try ClaimFilter.countryCode(text, parameter: "location")
        }
        let measureText = parameters.string("measure") ?? "personnel"
        let measure =
            known.first { ClaimFilter.foldMeasure($0.measure) == ClaimFilter.foldMeasure(measureText) }?.measure
            ?? measureText.lowercased()
        // A group is matched to a known one by name, any case ("wagner" → "Wagner Group").
        let group = parameters.string("group").map { text in
            let lowered = text.lowercased()
            let names = Set(known.compactMap(\.group))
            return names.first { $0.lowercased() == lowered } ?? names.first { $0.lowercased().contains(lowered) } ?? text
        }
        return SubjectKey(actor: actor, group: group, location: location, measure: measure)
    }
}

/// JSON unless the client asks for CSV with `format=csv` or `Accept: text/csv`.
enum Representation: String {
    case json, csv

    static func of(_ request: Request, _ parameters: QueryParameters) throws(Problem) -> Representation {
        if let format = parameters.string("format") {
            guard let representation = Representation(rawValue: format.lowercased()) else {
                throw .invalidParameter("format", "'format' must be json or csv; got '\(format)'.")
            }
            return representation
        }
        let accept = request.headers[.accept]?.lowercased() ?? ""
        return accept.contains("text/csv") && !accept.contains("application/json") ? .csv : .json
    }
}
