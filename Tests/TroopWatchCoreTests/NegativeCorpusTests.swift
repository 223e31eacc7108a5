import Testing
import TroopWatchCore

/// Rule family 7, negatives: numbers that are not force sizes. Each sentence sits in a military
/// paragraph and must yield no claim.
@Suite struct NegativeCorpusTests {
    @Test(arguments: [
        // Casualties, losses and prisoners.
        "At least 2,000 soldiers were killed in the fighting near the border.",
        "The strikes wounded 300 Russian soldiers in Belarus.",
        "Ukraine said it had captured 150 Russian soldiers.",
        "Russia lost 500 tanks in the offensive.",
        "In the exchange, 90 soldiers were released.",
        "The war has displaced 6 million people.",
        "More than 8 million people have fled Ukraine since the invasion.",
        "Russian soldiers held 300 people hostage in the basement.",
        "Around 500 people live in the village occupied by Russian troops.",
        "The losses of 300 troops were confirmed by the army.",
        "Some 1,200 soldiers died in the battle.",
        // Distances, money, shares.
        "The camp is 200 kilometres from the border with Ukraine.",
        "The base lies 50 miles north of Minsk, the military said.",
        "Belarus spent $500 million on new equipment for its army.",
        "The army spent 300 million euros on the drills.",
        "About 40% of the troops have left.",
        "Some 40 percent of the soldiers are conscripts.",
        // Dates, times, years, ages, codes.
        "The exercise began at 04:00 on September 8, the army said.",
        "In 2023 the army budget grew.",
        "The 35-year-old soldier was detained by the military police.",
        "The T-72 tanks were moved by rail.",
        "Su-25 jets flew over the military airfield.",
        "The brigade's 3rd battalion moved north.",
        "Order No. 1234 was signed by the defence ministry.",
        "Call +375 17 123 45 67 for details about the army drills.",
        "2 min read",
        // Plans, not counts.
        "Russia will deploy 10,000 troops to Belarus next year.",
        "Moscow plans to send 5,000 soldiers to Belarus.",
        // Flows into or out of a force, not its size.
        "Russia has recruited about 30,000 contract soldiers since January, Medvedev said.",
        "Ukraine has called up 1,000 reservists each week.",
        "About 150 Russian soldiers surrendered near Bakhmut.",
        "Some 40 Belarusian soldiers defected to Poland.",
        // Increments, not totals.
        "The number of fighters at the camp had grown by around 1,000 in a week.",
        "Moscow moved another 5,000 soldiers to the area.",
        "Moscow had deployed an additional 5,000 soldiers to the area.",
        "Russia sent 3,000 extra troops to Belarus.",
        // Suppositions and modals after the count: not a count either.
        "Lukashenko said in July that about 10,000 Wagner troops could be stationed in Belarus.",
        "If Russia moved 30,000 troops into Belarus, Ukraine would respond.",
        "The Kremlin wants to recruit 400,000 contract soldiers this year.",
        "About 4,000 Russian troops would remain in Belarus after the drills, officials said.",
        "Unless 20,000 soldiers arrive, the line will not hold, the army said.",
        "Belarus is expected to receive 2,000 Russian troops.",
        "Officials announced that Belarus would deploy an additional 1,500 soldiers to the border.",
        "The border is 1,084 kilometre long and guarded by the military.",
        // Not forces.
        "Belarus has a population of 9 million people.",
        "Lukashenko has ruled the country of 9.2 million people for nearly 30 years, the army said.",
        "Over 100 people attended the rally in Minsk.",
        "Some 2,000 students protested in Minsk.",
        "The army trained 2,000 Ukrainian troops in Poland.",
        "Reporters counted 12 journalists at the briefing.",
        "Russia launched 40 missiles at Ukraine overnight.",
        "Ukraine recorded 30 attacks on the front line.",
        "The drills lasted 10 days, the army said.",
        "The war is in its 3rd year.",
        "Russia's 1st Guards Tank Army moved west.",
        "Page 2 of 5",
        "The unit number 12345 was disbanded.",
        "Two of the soldiers spoke to reporters.",
    ])
    func notForceSizes(sentence: String) {
        let claims = Extract.claims(sentence + " The troops stayed in Belarus.")
        #expect(claims.isEmpty, "\(sentence): \(claims.map(\.quantity.text))")
    }

    /// A paragraph with no military words: "people" and "men" do not count personnel there.
    @Test(arguments: [
        "About 2,000 people gathered in the square.",
        "Some 300 men queued at the border crossing.",
    ])
    func weakNounsNeedAMilitaryParagraph(sentence: String) {
        #expect(Extract.claims(sentence).isEmpty)
    }

    @Test func weakNounsCountInAMilitaryParagraph() {
        let claims = Extract.claims("Russian troops are leaving. Our data suggests that fewer than a thousand individuals remain in Belarus.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [ExpectedQuantity(.lessThan, high: 999)])
    }

    /// A modal in a later clause leaves the clause with the count alone.
    @Test func aModalInAnotherClauseKeepsTheCount() {
        let claims = Extract.claims("Russia has about 15,000 troops in Belarus, and could add 10,000 more.")
        #expect(claims.map { ExpectedQuantity($0.quantity) } == [ExpectedQuantity(.approximately, best: 15000)])
    }
}
