/// What one line of an article is, as far as the reader can tell from the line alone.
struct ClassifiedLine {
    enum Role: Equatable {
        case blank
        case body
        case furniture(FurnitureKind)
        /// "By Jane Doe" (the name is the author), perhaps with the date: "By Jane Doe, 8 Sep 2023".
        case byline(author: String, date: CalendarDate?)
        /// A line that is essentially a date; `updated` when it says so.
        case dateline(CalendarDate, updated: Bool)
        /// A line that is only a web address.
        case address(String)
    }

    var line: TextLine
    var tokens: [Token]
    var role: Role
    /// Picture credits inside a body line ("(Picture source: Belarus MoD)", "© IMAGO/…").
    var creditSpans: [FurnitureSpan] = []

    var isBody: Bool { role == .body }
    var isCaption: Bool { !creditSpans.isEmpty }

    /// Words (not punctuation) on the line.
    var wordCount: Int { tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) } }
}
