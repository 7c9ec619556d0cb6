//! Online interviews (在线访谈): one file per interview (`interviews/<id>.json`) with its
//! guests, time, summary, pictures and, once it has taken place, its transcript as
//! question/answer exchanges; and the index the content tool derives for `/interviews`
//! (`derived/interviews.json`): upcoming interviews first, soonest first, then past ones,
//! newest first. Lists carry only what lists show.
//!
//! Times are wall-clock times in Shenzhen (Asia/Shanghai, UTC+8, no daylight saving), so a
//! time is written once, as editors say it (`"14:30"`), and rendered with `+08:00`.

use crate::{Date, Text};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Whether an interview is still to come or has taken place. Written by the editor (the
/// site is static: it cannot move an interview to "past" by itself); `content check` keeps
/// it consistent with the transcript.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InterviewStatus {
    /// 即将举行: announced, no transcript yet.
    Upcoming,
    /// 往期: held, with its transcript.
    Past,
}

impl InterviewStatus {
    pub fn id(self) -> &'static str {
        match self {
            InterviewStatus::Upcoming => "upcoming",
            InterviewStatus::Past => "past",
        }
    }
}

/// A time of day in Shenzhen, `HH:MM` (24-hour), checked on parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Clock {
    pub hour: u8,
    pub minute: u8,
}

impl Clock {
    /// The offset of Asia/Shanghai, for machine-readable times (`<time datetime>`).
    pub const OFFSET: &'static str = "+08:00";

    pub fn parse(s: &str) -> Result<Clock, String> {
        let bad = || format!("\"{s}\" is not a time of the form HH:MM (24-hour, Shenzhen time)");
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
            return Err(bad());
        }
        let hour: u8 = s[..2].parse().map_err(|_| bad())?;
        let minute: u8 = s[3..].parse().map_err(|_| bad())?;
        if hour > 23 || minute > 59 {
            return Err(bad());
        }
        Ok(Clock { hour, minute })
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl TryFrom<String> for Clock {
    type Error = String;
    fn try_from(s: String) -> Result<Clock, String> {
        Clock::parse(&s)
    }
}

impl From<Clock> for String {
    fn from(c: Clock) -> String {
        c.to_string()
    }
}

/// A guest of an interview. `id` is how the transcript names who answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guest {
    pub id: String,
    pub name: Text,
    /// Post and unit (`市口岸办副主任`).
    pub role: Text,
}

/// A picture of the interview: a file under `/images/` and what it shows, for those who
/// cannot see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// A site path under `/images/` (`UrlKind::Image`).
    pub src: String,
    pub alt: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<Text>,
}

/// One answer of the transcript: which guest, and what they said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The `id` of one of the interview's guests.
    pub guest: String,
    pub text: Text,
}

/// One question of the transcript and its answers, in the order they were given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// Who asked: the host (主持人) or a member of the public (网友“…”).
    pub asker: Text,
    pub question: Text,
    pub answers: Vec<Answer>,
}

/// `interviews/<id>.json`, as the editor writes it; the interview's page reads it as is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub schema: u64,
    /// The file name and the URL segment (`[a-z0-9-]`).
    pub id: String,
    #[serde(default)]
    pub sample: bool,
    pub title: Text,
    pub status: InterviewStatus,
    /// The day and the time it starts, in Shenzhen.
    pub date: Date,
    pub time: Clock,
    pub guests: Vec<Guest>,
    pub summary: Text,
    #[serde(default)]
    pub images: Vec<Image>,
    /// Empty until the interview has taken place.
    #[serde(default)]
    pub transcript: Vec<Exchange>,
}

impl Interview {
    pub fn file(id: &str) -> String {
        format!("interviews/{id}.json")
    }

    pub fn guest(&self, id: &str) -> Option<&Guest> {
        self.guests.iter().find(|g| g.id == id)
    }

    pub fn summary_entry(&self) -> InterviewSummary {
        InterviewSummary {
            id: self.id.clone(),
            title: self.title.clone(),
            status: self.status,
            date: self.date,
            time: self.time,
            guests: self.guests.clone(),
            summary: self.summary.clone(),
            sample: self.sample,
        }
    }
}

/// What `/interviews` shows of an interview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewSummary {
    pub id: String,
    pub title: Text,
    pub status: InterviewStatus,
    pub date: Date,
    pub time: Clock,
    pub guests: Vec<Guest>,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

/// `derived/interviews.json`: every interview, upcoming first (soonest first), then past
/// (newest first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewIndex {
    pub schema: u64,
    pub interviews: Vec<InterviewSummary>,
}

impl InterviewIndex {
    pub const FILE: &'static str = "derived/interviews.json";

    pub fn new(interviews: &[Interview]) -> InterviewIndex {
        let mut list: Vec<InterviewSummary> = interviews.iter().map(Interview::summary_entry).collect();
        list.sort_by(|a, b| {
            let (ka, kb) = ((a.date, a.time, &a.id), (b.date, b.time, &b.id));
            a.status.cmp(&b.status).then_with(|| match a.status {
                InterviewStatus::Upcoming => ka.cmp(&kb),
                InterviewStatus::Past => kb.cmp(&ka),
            })
        });
        InterviewIndex { schema: crate::SCHEMA_VERSION, interviews: list }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_have_one_form() {
        assert_eq!(Clock::parse("09:30"), Ok(Clock { hour: 9, minute: 30 }));
        assert_eq!(Clock::parse("23:59").unwrap().to_string(), "23:59");
        for bad in ["", "9:30", "24:00", "12:60", "12-30", "1230", "12:3a", "+1:30", "12:30:00"] {
            assert!(Clock::parse(bad).is_err(), "{bad}");
        }
    }

    fn interview(id: &str, status: &str, date: &str, time: &str) -> Interview {
        crate::parse(
            "i.json",
            &format!(
                r#"{{"schema":1,"id":"{id}","title":{{"zh-CN":"访谈"}},"status":"{status}","date":"{date}","time":"{time}",
                   "guests":[{{"id":"a","name":{{"zh-CN":"张三"}},"role":{{"zh-CN":"副主任"}}}}],"summary":{{"zh-CN":"摘要"}}}}"#
            ),
        )
        .unwrap()
    }

    #[test]
    fn upcoming_come_first_soonest_first_then_past_newest_first() {
        let index = InterviewIndex::new(&[
            interview("old", "past", "2025-03-01", "10:00"),
            interview("later", "upcoming", "2027-01-10", "10:00"),
            interview("recent", "past", "2026-10-01", "15:00"),
            interview("soon", "upcoming", "2026-12-20", "09:30"),
            interview("recent-morning", "past", "2026-10-01", "09:00"),
        ]);
        let ids: Vec<&str> = index.interviews.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["soon", "later", "recent", "recent-morning", "old"]);
    }

    #[cfg(feature = "error-paths")] // the path in the error
    #[test]
    fn a_bad_time_names_its_field() {
        let err = crate::parse::<Interview>(
            "interviews/x.json",
            r#"{"schema":1,"id":"x","title":{"zh-CN":"访谈"},"status":"past","date":"2026-01-01","time":"25:00","guests":[],"summary":{"zh-CN":"摘要"}}"#,
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("interviews/x.json: $.time: "), "{err}");
    }
}
