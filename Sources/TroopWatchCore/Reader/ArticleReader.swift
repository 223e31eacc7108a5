/// Reads an article text: title, publication date, outlet, author, address, and which lines are
/// page furniture. A pure function of (text, metadata, now, lexicon), like every Core reader.
public struct ArticleReader: Sendable {
    let lexicon: ReaderLexicon
    private let classifier: LineClassifier

    /// How far from the top a date line, byline or title may be, in non-blank lines.
    static let headerLineLimit = 12

    public init(lexicon: Lexicon) {
        self.lexicon = ReaderLexicon(lexicon)
        self.classifier = LineClassifier(lexicon: self.lexicon)
    }

    /// - Parameter now: the day the text is read; inferred dates are never later than it.
    public func read(_ text: String, metadata: ArticleMetadata = ArticleMetadata(), now: CalendarDate) -> ArticleReading {
        readLines(text, metadata: metadata, now: now).reading
    }

    /// The reading and the tokenized lines it was made from, for the extractor to reuse.
    func readLines(_ text: String, metadata: ArticleMetadata, now: CalendarDate)
        -> (reading: ArticleReading, lines: [(TextLine, [Token])])
    {
        var lines = TextLine.split(text).map(classifier.classify)
        let bios = AuthorBio.find(in: lines, lexicon: lexicon)
        for bio in bios {
            for index in bio.lineIndices { lines[index].role = .furniture(.authorBio) }
        }
        LinkList.mark(&lines, lexicon: lexicon)
        let header = HeaderReading(lines: lines, limit: Self.headerLineLimit)
        for index in header.bylineIndices { lines[index].role = .furniture(.byline) }

        let address = metadata.url ?? firstAddress(in: lines)
        let reading = ArticleReading(
            title: metadata.title ?? header.title,
            published: published(metadata: metadata, lines: lines, address: address, now: now),
            outlet: metadata.outlet ?? outlet(lines: lines, bios: bios, address: address),
            author: metadata.author ?? header.author ?? bios.first?.author,
            url: address,
            furniture: furniture(of: lines)
        )
        return (reading, lines.map { ($0.line, $0.tokens) })
    }

    private func firstAddress(in lines: [ClassifiedLine]) -> String? {
        for line in lines {
            if case .address(let address) = line.role { return address }
        }
        return nil
    }

    // MARK: - Publication date

    private func published(metadata: ArticleMetadata, lines: [ClassifiedLine], address: String?, now: CalendarDate)
        -> Published
    {
        if let date = metadata.published { return Published(date: date, precision: .day, basis: .metadata) }
        var datelines: [(CalendarDate, Bool)] = []
        for line in lines {
            switch line.role {
            case .dateline(let date, let updated): datelines.append((date, updated))
            case .byline(_, let date?): datelines.append((date, false))
            default: continue
            }
        }
        if let chosen = datelines.first(where: { !$0.1 }) ?? datelines.first {
            return Published(date: chosen.0, precision: .day, basis: .dateline)
        }
        if let address, let (date, precision) = WebAddress.date(in: address) {
            return Published(date: date, precision: precision, basis: .url)
        }
        var bodyMentions: [DateMention] = []
        var captionMentions: [DateMention] = []
        var years: [Int] = []
        for line in lines where line.isBody {
            let mentions = DateScanner.scan(line.tokens)
            if line.isCaption { captionMentions += mentions } else { bodyMentions += mentions }
            years += standaloneYears(line.tokens)
        }
        for line in lines where line.role == .furniture(.pictureCredit) {
            captionMentions += DateScanner.scan(line.tokens)
        }
        let inference = PublicationDateInference(now: now)
        if let inferred = inference.infer(bodyMentions: bodyMentions, hintMentions: captionMentions, hintYears: years) {
            return inferred
        }
        if let address, let day = WebAddress.unixDay(in: address, now: now) {
            return Published(date: day, precision: .day, basis: .url)
        }
        return .unknown
    }

    /// "In 2023, …", "since 2022": four-digit years not part of a longer number.
    private func standaloneYears(_ tokens: [Token]) -> [Int] {
        tokens.indices.compactMap { index in
            let cursor = DateScanner.Cursor(tokens: tokens, index: index)
            if index > 0, tokens[index - 1].isPunctuation(",") || tokens[index - 1].isPunctuation("."),
                !tokens[index].spaceBefore
            {
                return nil
            }
            return cursor.year(0)
        }
    }

    // MARK: - Outlet

    private func outlet(lines: [ClassifiedLine], bios: [AuthorBio], address: String?) -> String? {
        let host = address.flatMap(WebAddress.host(of:))
        if let host, let name = lexicon.outletsByHost[host] { return name }
        for line in lines where line.role == .furniture(.copyright) {
            if let holder = CopyrightHolder.name(in: line.tokens) { return holder }
        }
        if let fromBio = bios.lazy.compactMap(\.outlet).first { return fromBio }
        for line in lines where line.role == .furniture(.navigation) {
            if let followed = FollowPrompt.name(in: line.tokens) { return followed }
        }
        return host
    }

    // MARK: - Furniture spans

    private func furniture(of lines: [ClassifiedLine]) -> [FurnitureSpan] {
        var spans: [FurnitureSpan] = []
        for line in lines {
            switch line.role {
            case .furniture(let kind):
                spans.append(FurnitureSpan(start: line.line.trimmedStart, end: line.line.trimmedEnd, kind: kind))
            case .dateline:
                spans.append(FurnitureSpan(start: line.line.trimmedStart, end: line.line.trimmedEnd, kind: .dateline))
            case .byline:
                spans.append(FurnitureSpan(start: line.line.trimmedStart, end: line.line.trimmedEnd, kind: .byline))
            case .address:
                spans.append(FurnitureSpan(start: line.line.trimmedStart, end: line.line.trimmedEnd, kind: .url))
            case .body:
                spans += line.creditSpans
            case .blank:
                continue
            }
        }
        return spans
    }
}
