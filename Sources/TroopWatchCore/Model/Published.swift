/// How finely a date is known. Shared by publication dates and (later) the `asOf` of claims.
public enum DatePrecision: String, Codable, Sendable, CaseIterable {
    case day, week
    case partOfMonth = "part-of-month"
    case month, quarter
    case partOfYear = "part-of-year"
    case year, unspecified
}

/// Where a publication date came from, strongest first.
public enum PublishedBasis: String, Codable, Sendable, CaseIterable {
    /// Given by the caller or a front-matter block.
    case metadata
    /// A date line near the top of the text.
    case dateline
    /// A date inside the article's URL.
    case url
    /// Reasoned from dates in the body ("Tuesday (October 31)", "On July 13, 2024").
    case inferred
    case unknown
}

/// The publication date of an article and how sure we are of it.
///
/// `date` is the first day of the period when the precision is coarser than a day (an article
/// known only to be from "July 2024" is dated 2024-07-01 with precision `month`).
public struct Published: Hashable, Codable, Sendable {
    public var date: CalendarDate?
    public var precision: DatePrecision
    public var basis: PublishedBasis

    public init(date: CalendarDate?, precision: DatePrecision, basis: PublishedBasis) {
        self.date = date
        self.precision = precision
        self.basis = basis
    }

    public static let unknown = Published(date: nil, precision: .unspecified, basis: .unknown)
}
