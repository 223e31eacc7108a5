import Testing
import TroopWatchCore

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("1970-01-01", 0, 4),  // Thursday
        ("2023-10-31", 19661, 2),  // Tuesday
        ("2024-02-29", 19782, 4),  // leap day, Thursday
        ("2000-03-01", 11017, 3),  // century leap year, Wednesday
        ("1969-12-31", -1, 3),
    ])
    func dayNumbersAndWeekdays(iso: String, days: Int, weekday: Int) {
        let date = CalendarDate(iso)
        #expect(date.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
        #expect(date.weekday == weekday)
        #expect(date.iso == iso)
    }

    @Test(arguments: [
        "2023-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "20230908", "2023-09-08T00:00", "", "abcd-ef-gh",
    ])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func stepsAcrossMonthAndYearEnds() {
        #expect(CalendarDate("2023-12-31").adding(days: 1) == CalendarDate("2024-01-01"))
        #expect(CalendarDate("2024-03-01").adding(days: -1) == CalendarDate("2024-02-29"))
        #expect(CalendarDate("2023-10-16").days(until: CalendarDate("2023-10-31")) == 15)
    }
}
