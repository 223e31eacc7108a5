import Foundation
import Testing
import TroopWatchCore

/// Page furniture, one test per lexicon list so every entry is exercised (a misspelt entry fails
/// its own case), and a negative corpus of body lines that must stay body.
@Suite struct FurnitureTests {
    static let lexicon = Fixtures.lexicon.furniture

    /// The furniture spans of a page holding `line` between a title and a body paragraph.
    static func furniture(of line: String) -> [(FurnitureKind, String)] {
        let text = "Troops leave the border region\n\n\(line)\n\nThe units returned to their bases, the ministry said."
        let scalars = Array(text.unicodeScalars)
        return Fixtures.read(text).furniture.map { span in
            (span.kind, String(String.UnicodeScalarView(scalars[span.start..<span.end])))
        }
    }

    static func expectWholeLine(
        _ line: String, is kind: FurnitureKind, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let spans = furniture(of: line)
        #expect(spans.map(\.0) == [kind], "\(line)", sourceLocation: sourceLocation)
        #expect(spans.map(\.1) == [line], sourceLocation: sourceLocation)
    }

    @Test(arguments: lexicon.navigationLines)
    func navigationLines(entry: String) {
        Self.expectWholeLine(entry.capitalized, is: .navigation)
    }

    @Test(arguments: lexicon.navigationPhrases)
    func navigationPhrases(entry: String) {
        Self.expectWholeLine("Example News \(entry) now", is: .navigation)
    }

    @Test(arguments: lexicon.readMorePrefixes)
    func readMorePrefixes(entry: String) {
        Self.expectWholeLine("\(entry) Belarus leader slams calls for withdrawal", is: .readMore)
        Self.expectWholeLine("**\(entry) [Belarus leader slams calls](#)**", is: .readMore)
    }

    @Test(arguments: lexicon.donationPhrases)
    func donationPhrases(entry: String) {
        Self.expectWholeLine("If you value our work, \(entry) and keep us going.", is: .donation)
    }

    @Test(arguments: lexicon.copyrightOpenings)
    func copyrightOpenings(entry: String) {
        Self.expectWholeLine("\(entry) 2019 - 2024 Example News", is: .copyright)
    }

    @Test(arguments: lexicon.copyrightPhrases)
    func copyrightPhrases(entry: String) {
        Self.expectWholeLine("Example News 2024. \(entry).", is: .copyright)
    }

    @Test(arguments: lexicon.pictureCreditPhrases)
    func pictureCreditLines(entry: String) {
        Self.expectWholeLine("\(entry) Jane Doe/Reuters", is: .pictureCredit)
    }

    @Test(arguments: lexicon.pictureCreditPhrases)
    func pictureCreditsInsideCaptions(entry: String) {
        let spans = Self.furniture(of: "Soldiers at a checkpoint. (\(entry) Jane Doe/Reuters)")
        #expect(spans.map(\.0) == [.pictureCredit])
        #expect(spans.map(\.1) == ["(\(entry) Jane Doe/Reuters)"])
    }

    @Test(arguments: lexicon.bioRoles)
    func authorBios(role: String) {
        let text =
            "Troops leave the border region\n\nThe units left.\n\nJane Doe\n\nJane Doe is a \(role) for the Example Times, covering defence."
        let reading = Fixtures.read(text)
        #expect(reading.furniture.map(\.kind) == [.authorBio, .authorBio])
        #expect(reading.author == "Jane Doe")
        #expect(reading.outlet == "Example Times")
    }

    @Test(arguments: lexicon.datelineWords + lexicon.updatedWords)
    func datelineWords(word: String) {
        Self.expectWholeLine("\(word.capitalized) September 8, 2023", is: .dateline)
    }

    @Test func trailingCopyrightSignCreditsAPicture() {
        let spans = Self.furniture(of: "Russia withdrew most of its troops. © IMAGO/Bulkin Sergey")
        #expect(spans.map(\.0) == [.pictureCredit])
        #expect(spans.map(\.1) == ["© IMAGO/Bulkin Sergey"])
    }

    @Test func boldAgencyNameAfterACaptionIsACredit() {
        let spans = Self.furniture(of: "Joint military exercises. **Belta**")
        #expect(spans.map(\.1) == ["**Belta**"])
    }

    @Test(arguments: [
        "ukraine demands minsk withdraw troops from border threatens retaliation inside belarus violated",
        "Belarus troops exercises Lukashenka 01000000-0aff-0242-ec8f-08db196d102f_w1023_r1_s border guards Minsk",
    ])
    func tagCloudsAndImageNames(line: String) {
        Self.expectWholeLine(line, is: .tagCloud)
    }

    @Test(arguments: ["Home / News / Belarus", "News » World » Europe", "Home > Politics > Defence"])
    func breadcrumbs(line: String) {
        Self.expectWholeLine(line, is: .navigation)
    }

    @Test(arguments: ["2 min read", "5 minute read", "12 mins read"])
    func readingTimes(line: String) {
        Self.expectWholeLine(line, is: .navigation)
    }

    /// Negative corpus: body sentences that resemble furniture but report news.
    @Test(arguments: [
        "Western countries donate tanks to Ukraine, officials said.",
        "The monitor said it would support us-led efforts to verify the count.",
        "Related talks between Minsk and Moscow ended without a deal.",
        "Copyrighted maps were shown at the briefing.",
        "A photo by the ministry showed columns of trucks leaving.",
        "Reporters were told that 2,000 soldiers remained.",
        "Follow-up reports put the number at 1,500.",
        "On July 13, 2024, Belarus announced the immediate withdrawal of its troops.",
        "In 2023, Russia maintained 12,000 troops in Belarus, which has its own military of about 50,000.",
        "Around 2,500 fighters for the Wagner mercenary outfit still appear to be stationed in Belarus.",
    ])
    func bodySentencesStayBody(line: String) {
        #expect(Self.furniture(of: line).isEmpty)
    }

    /// Headlines listed under "Read more:" or "Related coverage" link elsewhere: their counts are
    /// another article's. The list ends at the first line of prose.
    @Test(arguments: ["Read more:", "Related coverage", "More on this story", "Most popular"])
    func headlinesUnderAListHeadingAreFurniture(heading: String) {
        let text = """
            Troops leave the border region

            The units returned to their bases, the ministry said.

            \(heading)
            Russia to station 12,000 troops in Belarus, Lukashenko says - 2 months ago

            Belarus hosts 5,000 Russian soldiers for drills

            About 1,000 Russian soldiers remain in Belarus, the ministry said.
            """
        let scalars = Array(text.unicodeScalars)
        let lists = Fixtures.read(text).furniture.filter { $0.kind == .readMore }.map { span in
            String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        }
        #expect(lists.suffix(2) == [
            "Russia to station 12,000 troops in Belarus, Lukashenko says - 2 months ago",
            "Belarus hosts 5,000 Russian soldiers for drills",
        ])
        let claims = Extract.claims(text, withTitle: false)
        #expect(claims.map(\.quantity.text) == ["About 1,000"])
    }
}
