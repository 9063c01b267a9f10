//! The rules on when guides were last checked: a `verified` date must be a
//! date, and a guide older than the pack's `recheck_after_days` (or with no
//! date while the pack asks for one) is a warning, never an error: the
//! guide still works, its menus may just have moved.

use super::{Place, Validator, key};
use crate::guide::date::Date;
use crate::guide::problem::Rule;

impl Validator<'_> {
    pub(super) fn freshness(&mut self) {
        let pack = self.pack;
        let limit = pack.manifest.recheck_after_days;
        for loaded in &pack.guides {
            let place = Place {
                file: &loaded.file,
                locations: &loaded.locations,
                node: None,
            };
            let Some(written) = &loaded.guide.verified else {
                if let Some(days) = limit {
                    self.warning(
                        Rule::StaleGuide,
                        place,
                        &[key("id")],
                        format!(
                            "this guide has no `verified` date; the pack asks for a check every {days} days: check it against the real screens and add `verified: \"{}\"`",
                            self.today
                        ),
                    );
                }
                continue;
            };
            let Some(date) = Date::parse(written) else {
                self.error(
                    Rule::BadDate,
                    place,
                    &[key("verified")],
                    format!(
                        "\"{written}\" is not a date: write it as year-month-day, like \"{}\"",
                        self.today
                    ),
                );
                continue;
            };
            let age = date.days_until(self.today);
            if age < -1 {
                self.warning(
                    Rule::BadDate,
                    place,
                    &[key("verified")],
                    format!(
                        "{} is in the future: write the day the guide was checked",
                        date.readable()
                    ),
                );
            } else if let Some(days) = limit
                && age > i64::from(days)
            {
                self.warning(
                    Rule::StaleGuide,
                    place,
                    &[key("verified")],
                    format!(
                        "this guide was last checked on {}, {age} days ago; the pack asks for a check every {days} days: check it against the real screens, then update `verified`",
                        date.readable()
                    ),
                );
            }
        }
    }
}
