//! Calendar dates as guides write them (`"2026-11-21"`), without a date
//! crate: parsing, today's date, the days between two dates, and the way
//! the window shows a date ("21 Nov 2026").

use std::fmt;

/// A day of the (proleptic Gregorian) calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// Reads `YYYY-MM-DD`; `None` for anything else, or a day that does
    /// not exist (2026-02-30).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let month: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let day: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today, by the system clock (UTC).
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((seconds / 86_400) as i64)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The date as the window shows it, short, in the reader's language:
    /// "21 Nov 2026", "21 nov 2026", "21. Nov. 2026".
    pub fn shown(self) -> String {
        crate::tr!(
            text_date_short,
            day = self.day,
            month = self.month,
            year = self.year.to_string()
        )
    }

    /// The date as people read it: "21 Nov 2026".
    pub fn readable(self) -> String {
        let month = MONTHS
            .get((self.month as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("?");
        format!("{} {month} {}", self.day, self.year)
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`, as guides write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_dates_read_as_before_in_english() {
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
        for day in ["2026-01-04", "2026-11-21", "2027-05-31", "2025-12-01"] {
            let date = Date::parse(day).expect("a date");
            assert_eq!(date.shown(), date.readable());
        }
        crate::i18n::set_thread_language(crate::i18n::Lang::De);
        let date = Date::parse("2026-03-04").expect("a date");
        assert_eq!(date.shown(), "4. März 2026");
        crate::i18n::set_thread_language(crate::i18n::Lang::En);
    }

    #[test]
    fn dates_read_write_and_count_days() {
        let date = Date::parse("2026-11-21").expect("a date");
        assert_eq!(date.to_string(), "2026-11-21");
        assert_eq!(date.readable(), "21 Nov 2026");
        assert_eq!(
            Date::parse("1970-01-01").map(Date::days_since_epoch),
            Some(0)
        );
        let leap = Date::parse("2024-02-29").expect("leap day");
        assert_eq!(
            leap.days_until(Date::parse("2025-03-01").expect("date")),
            366
        );
        for days in [-800_000, -1, 0, 1, 19_000, 20_423, 2_000_000] {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days, "{d}");
            assert_eq!(
                Date::parse(&d.to_string()),
                Some(d).filter(|d| d.year >= 1000 && d.year <= 9999)
            );
        }
    }

    #[test]
    fn nonsense_is_not_a_date() {
        for bad in [
            "",
            "2026-13-01",
            "2026-02-30",
            "2025-02-29",
            "21 Nov 2026",
            "2026-1-1",
            "yyyy-mm-dd",
            "2026-11-21x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
