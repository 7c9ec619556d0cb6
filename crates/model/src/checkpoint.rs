//! The checkpoint directory (口岸通关服务): every checkpoint of Shenzhen in one file
//! (`checkpoints.json`): what kind it is (land, sea, air), what crosses there (passengers,
//! vehicles, cargo), its regular daily hours per mode, date-bounded changes to them
//! (holiday extensions, temporary closures) with the notice that announced each, address,
//! coordinates, transport, facilities and related notices. The content tool checks it and
//! derives `derived/checkpoints.json`, the same checkpoints with the titles and addresses of
//! their notices, which `/checkpoints`, its filtered pages and `/checkpoints/<id>` read.
//!
//! Hours are written as editors say them, in Shenzhen time (Asia/Shanghai: UTC+8 all year,
//! no daylight saving since 1991, so a fixed offset is exact and no time-zone database is
//! needed): `"06:30-24:00"`; `"00:00-24:00"` is open around the clock; a range whose end
//! is before its start runs overnight (`"22:00-02:00"` belongs to the day it starts).
//! [`Checkpoint::status`] takes a UTC instant, so the answer to "open now?" is the same
//! whatever zone the visitor's clock is set to. See docs/decisions/0012-checkpoints.md.

use crate::{Date, Text};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Minutes of Shenzhen time ahead of UTC.
pub const SHANGHAI_OFFSET_MINUTES: i64 = 8 * 60;
const DAY: i64 = 24 * 60;

/// Land crossing, sea port or ferry terminal, airport.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckpointType {
    Land,
    Sea,
    Air,
}

impl CheckpointType {
    pub const ALL: [CheckpointType; 3] = [CheckpointType::Land, CheckpointType::Sea, CheckpointType::Air];

    /// The URL segment and form value.
    pub fn id(self) -> &'static str {
        match self {
            CheckpointType::Land => "land",
            CheckpointType::Sea => "sea",
            CheckpointType::Air => "air",
        }
    }

    pub fn from_id(id: &str) -> Option<CheckpointType> {
        CheckpointType::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// What crosses at a checkpoint; each has its own hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// 旅客.
    Passengers,
    /// 车辆 (cross-boundary private cars, coaches).
    Vehicles,
    /// 货物.
    Cargo,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Passengers, Mode::Vehicles, Mode::Cargo];

    pub fn id(self) -> &'static str {
        match self {
            Mode::Passengers => "passengers",
            Mode::Vehicles => "vehicles",
            Mode::Cargo => "cargo",
        }
    }

    pub fn from_id(id: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// A daily opening range, `HH:MM-HH:MM` in Shenzhen time, minutes from midnight.
/// `end` may be 24:00 (1440). `end < start` runs overnight into the next day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Span {
    pub start: u16,
    pub end: u16,
}

fn minutes(s: &str, allow_24: bool) -> Option<u16> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
        return None;
    }
    let (h, m): (u16, u16) = (s[..2].parse().ok()?, s[3..].parse().ok()?);
    match (h, m) {
        (24, 0) if allow_24 => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

/// `HH:MM` of minutes from midnight (1440 is `24:00`).
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

impl Span {
    pub fn parse(s: &str) -> Result<Span, String> {
        let bad = || format!("\"{s}\" is not a range of the form HH:MM-HH:MM (24-hour, Shenzhen time; 00:00-24:00 for around the clock)");
        let (a, b) = s.split_once('-').ok_or_else(bad)?;
        let start = minutes(a, false).ok_or_else(bad)?;
        let end = minutes(b, true).ok_or_else(bad)?;
        if start == end {
            return Err(format!("\"{s}\": a range cannot start and end at the same time (write 00:00-24:00 for around the clock)"));
        }
        Ok(Span { start, end })
    }

    /// Open around the clock.
    pub fn all_day(self) -> bool {
        self.start == 0 && self.end == 1440
    }

    /// Runs past midnight into the next day.
    pub fn overnight(self) -> bool {
        self.end < self.start
    }

    /// Start and end in minutes from the start of the day it begins on (end up to 2880).
    fn interval(self) -> (i64, i64) {
        let end = if self.overnight() { i64::from(self.end) + DAY } else { i64::from(self.end) };
        (i64::from(self.start), end)
    }

    /// Whether two daily ranges are ever open at the same time (on the same day, or one
    /// running overnight into the other's day).
    pub fn overlaps(self, other: Span) -> bool {
        let (a0, a1) = self.interval();
        let (b0, b1) = other.interval();
        [-DAY, 0, DAY].into_iter().any(|shift| a0 < b1 + shift && b0 + shift < a1)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", hhmm(self.start), hhmm(self.end))
    }
}

impl TryFrom<String> for Span {
    type Error = String;
    fn try_from(s: String) -> Result<Span, String> {
        Span::parse(&s)
    }
}

impl From<Span> for String {
    fn from(s: Span) -> String {
        s.to_string()
    }
}

/// The regular daily hours of one mode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub mode: Mode,
    /// Every day of the year, in order; empty is not allowed (a mode that never opens does
    /// not cross there).
    pub spans: Vec<Span>,
    /// What the ranges do not say (`以实际通关为准`, the last bus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A date-bounded change to the regular hours: holiday extensions, temporary closures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// First and last day it applies (Shenzhen dates, inclusive). A range that starts on
    /// one of these days follows the change, also past midnight.
    pub from: Date,
    pub to: Date,
    /// The modes whose hours change.
    pub modes: Vec<Mode>,
    /// The hours on those days; empty: closed.
    pub spans: Vec<Span>,
    pub reason: Text,
    /// The id of the news item or notice that announced it.
    pub notice: String,
    #[serde(default)]
    pub sample: bool,
}

impl Change {
    pub fn closed(&self) -> bool {
        self.spans.is_empty()
    }

    pub fn covers(&self, day: Date) -> bool {
        self.from <= day && day <= self.to
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TransportKind {
    Metro,
    Bus,
    Ferry,
    Rail,
    Car,
}

/// One way to get there (`地铁4号线罗湖站 B 出口`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transport {
    pub kind: TransportKind,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FacilityKind {
    /// Step-free route, lifts, accessible toilets, help for those who need it.
    Accessible,
    /// Self-service e-channels (自助查验通道).
    EChannel,
    /// Anything else worth knowing (parking, luggage, baby room).
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facility {
    pub kind: FacilityKind,
    pub text: Text,
}

/// Where it is, WGS 84 degrees (what a phone's map app reads from a `geo:` link).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

impl Location {
    /// The RFC 5870 `geo:` URI that opens a phone's map app, five decimals (about a metre).
    pub fn geo_uri(self) -> String {
        format!("geo:{:.5},{:.5}", self.lat, self.lon)
    }

    /// Roughly Shenzhen and its waters: a checkpoint outside is a typo (swapped or sign).
    pub fn in_shenzhen(self) -> bool {
        (22.3..=22.9).contains(&self.lat) && (113.7..=114.7).contains(&self.lon)
    }
}

/// One checkpoint, as the editor writes it in `checkpoints.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// The URL segment (`/checkpoints/<id>`), `[a-z0-9-]`.
    pub id: String,
    /// Facts not confirmed by the office: the page says so.
    #[serde(default)]
    pub sample: bool,
    pub name: Text,
    #[serde(rename = "type")]
    pub kind: CheckpointType,
    /// Where it leads (`香港`, `香港、澳门及国际`).
    pub to: Text,
    pub summary: Text,
    /// In the order the page shows them.
    pub crosses: Vec<Mode>,
    /// One entry per mode of `crosses`, same order.
    pub hours: Vec<Hours>,
    #[serde(default)]
    pub changes: Vec<Change>,
    pub address: Text,
    pub location: Location,
    #[serde(default)]
    pub transport: Vec<Transport>,
    #[serde(default)]
    pub facilities: Vec<Facility>,
    /// Ids of related news items and notices.
    #[serde(default)]
    pub notices: Vec<String>,
}

/// `checkpoints.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoints {
    pub schema: u64,
    /// In the order the directory shows them.
    pub checkpoints: Vec<Checkpoint>,
}

impl Checkpoints {
    pub const FILE: &'static str = "checkpoints.json";
    pub const BASE: &'static str = "/checkpoints";
}

/// A notice as the checkpoint pages link to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoticeLink {
    pub id: String,
    /// Language-neutral site path (`/notices/20260205-01`).
    pub path: String,
    pub title: Text,
    pub date: Date,
}

/// `derived/checkpoints.json`: the checkpoints and every notice they refer to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckpointDirectory {
    pub schema: u64,
    pub checkpoints: Vec<Checkpoint>,
    pub notices: Vec<NoticeLink>,
}

impl CheckpointDirectory {
    pub const FILE: &'static str = "derived/checkpoints.json";

    /// `notice` finds a news item's link by id; unknown ids are left out (the content
    /// tool has refused them already).
    pub fn new(file: &Checkpoints, notice: &dyn Fn(&str) -> Option<NoticeLink>) -> CheckpointDirectory {
        let mut ids: Vec<&str> = file
            .checkpoints
            .iter()
            .flat_map(|c| c.notices.iter().map(String::as_str).chain(c.changes.iter().map(|ch| ch.notice.as_str())))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        CheckpointDirectory {
            schema: crate::SCHEMA_VERSION,
            checkpoints: file.checkpoints.clone(),
            notices: ids.into_iter().filter_map(notice).collect(),
        }
    }

    pub fn checkpoint(&self, id: &str) -> Option<&Checkpoint> {
        self.checkpoints.iter().find(|c| c.id == id)
    }

    pub fn notice(&self, id: &str) -> Option<&NoticeLink> {
        self.notices.iter().find(|n| n.id == id)
    }
}

/// The directory's filter: by type, by what crosses, open now. `None` / `false` is "all".
/// In the path, so that each filter is a prerendered page that works without JavaScript
/// (`/checkpoints/list/<type>/<crosses>/<open>`, `all` for no filter); the open-now part is
/// applied only by the running app, which knows the time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CheckpointFilter {
    pub kind: Option<CheckpointType>,
    pub mode: Option<Mode>,
    pub open_now: bool,
}

impl CheckpointFilter {
    pub const ALL: &'static str = "all";
    pub const NOW: &'static str = "now";

    pub fn is_none(&self) -> bool {
        self.kind.is_none() && self.mode.is_none() && !self.open_now
    }

    /// Its language-neutral address; no filter is `/checkpoints`.
    pub fn path(&self) -> String {
        if self.is_none() {
            return Checkpoints::BASE.to_string();
        }
        format!(
            "{}/list/{}/{}/{}",
            Checkpoints::BASE,
            self.kind.map_or(Self::ALL, CheckpointType::id),
            self.mode.map_or(Self::ALL, Mode::id),
            if self.open_now { Self::NOW } else { Self::ALL }
        )
    }

    /// The filter of path segments (or form values); `None` for a value it does not know.
    pub fn parse(kind: &str, mode: &str, open: &str) -> Option<CheckpointFilter> {
        let kind = match kind {
            Self::ALL => None,
            k => Some(CheckpointType::from_id(k)?),
        };
        let mode = match mode {
            Self::ALL => None,
            m => Some(Mode::from_id(m)?),
        };
        let open_now = match open {
            Self::ALL => false,
            Self::NOW => true,
            _ => return None,
        };
        Some(CheckpointFilter { kind, mode, open_now })
    }

    /// Every filter, the unfiltered one first.
    pub fn every() -> Vec<CheckpointFilter> {
        let kinds = std::iter::once(None).chain(CheckpointType::ALL.map(Some));
        let mut out = Vec::new();
        for open_now in [false, true] {
            for kind in kinds.clone() {
                for mode in std::iter::once(None).chain(Mode::ALL.map(Some)) {
                    out.push(CheckpointFilter { kind, mode, open_now });
                }
            }
        }
        out
    }

    /// Whether a checkpoint passes the type and crossing parts (open now is the app's).
    pub fn matches(&self, c: &Checkpoint) -> bool {
        self.kind.is_none_or(|k| k == c.kind) && self.mode.is_none_or(|m| c.crosses.contains(&m))
    }
}

/// A moment in Shenzhen time: a date and minutes from its midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Local {
    pub date: Date,
    pub minute: u16,
}

impl Local {
    /// Shenzhen's wall clock at a UTC instant (milliseconds since the Unix epoch, as
    /// `Date.now()` gives it in any browser in any zone).
    pub fn from_utc_millis(utc_ms: i64) -> Local {
        Local::from_minutes(utc_ms.div_euclid(60_000) + SHANGHAI_OFFSET_MINUTES)
    }

    /// From minutes since 1970-01-01 00:00 Shenzhen time.
    fn from_minutes(m: i64) -> Local {
        Local { date: Date::from_days_since_epoch(m.div_euclid(DAY)), minute: m.rem_euclid(DAY) as u16 }
    }

    fn minutes(self) -> i64 {
        self.date.days_since_epoch() * DAY + i64::from(self.minute)
    }

    /// Days from `today` to this moment's date (0 today, 1 tomorrow).
    pub fn days_after(self, today: Date) -> i64 {
        self.date.days_since_epoch() - today.days_since_epoch()
    }
}

/// Whether a mode is open at a moment, and when that changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Open; closes at `until`, or `None`: not within the next week (around the clock).
    Open { until: Option<Local> },
    /// Closed; opens at `opens`, or `None`: not within the next week.
    Closed { opens: Option<Local> },
}

impl Status {
    pub fn is_open(self) -> bool {
        matches!(self, Status::Open { .. })
    }
}

/// How many days ahead a next change is looked for.
const HORIZON_DAYS: i64 = 8;

impl Checkpoint {
    pub fn hours_of(&self, mode: Mode) -> Option<&Hours> {
        self.hours.iter().find(|h| h.mode == mode)
    }

    /// What says when it is open, without its texts.
    pub fn timetable(&self) -> Timetable {
        Timetable {
            crosses: self.crosses.clone(),
            regular: self.hours.iter().map(|h| (h.mode, h.spans.clone())).collect(),
            changes: self.changes.iter().map(|c| (c.from, c.to, c.modes.clone(), c.spans.clone())).collect(),
        }
    }

    /// Whether `mode` is open at the UTC instant `utc_ms`, and its next change.
    pub fn status(&self, mode: Mode, utc_ms: i64) -> Status {
        self.timetable().status(mode, utc_ms)
    }

    /// Whether any of its modes (or the one given) is open at `utc_ms`.
    pub fn open_at(&self, mode: Option<Mode>, utc_ms: i64) -> bool {
        self.timetable().open_at(mode, utc_ms)
    }
}

/// A checkpoint's opening hours and nothing else: what the browser needs to say whether it
/// is open now (the checkpoint pages' islands), so that it reads and carries no texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timetable {
    /// The modes that cross, in the page's order.
    pub crosses: Vec<Mode>,
    /// Each mode's regular daily ranges.
    pub regular: Vec<(Mode, Vec<Span>)>,
    /// The changes: first and last day, the modes, their ranges on those days (none: closed).
    pub changes: Vec<(Date, Date, Vec<Mode>, Vec<Span>)>,
}

impl Timetable {
    /// The ranges a mode opens on a day: those of the change in force (the first listed
    /// wins; the content tool refuses overlapping changes of one mode), else the regular.
    pub fn spans_on(&self, mode: Mode, day: Date) -> &[Span] {
        match self.changes.iter().find(|(from, to, modes, _)| modes.contains(&mode) && *from <= day && day <= *to) {
            Some((_, _, _, spans)) => spans,
            None => self.regular.iter().find(|(m, _)| *m == mode).map_or(&[], |(_, spans)| spans),
        }
    }

    /// Whether `mode` is open at the UTC instant `utc_ms`, and its next change.
    pub fn status(&self, mode: Mode, utc_ms: i64) -> Status {
        let now = Local::from_utc_millis(utc_ms);
        let now_m = now.minutes();
        let today = now.date.days_since_epoch();
        // Every opening from yesterday (overnight ranges) to the horizon, merged where one
        // ends as the next begins (24:00 then 00:00, an overnight range into the morning).
        let mut intervals: Vec<(i64, i64)> = Vec::new();
        for day in today - 1..=today + HORIZON_DAYS {
            for span in self.spans_on(mode, Date::from_days_since_epoch(day)) {
                let (s, e) = span.interval();
                intervals.push((day * DAY + s, day * DAY + e));
            }
        }
        intervals.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::new();
        for (s, e) in intervals {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        let horizon = (today + HORIZON_DAYS) * DAY;
        if let Some(&(_, end)) = merged.iter().find(|(s, e)| *s <= now_m && now_m < *e) {
            return Status::Open { until: (end < horizon).then(|| Local::from_minutes(end)) };
        }
        let opens = merged.iter().find(|(s, _)| *s > now_m && *s < horizon).map(|&(s, _)| Local::from_minutes(s));
        Status::Closed { opens }
    }

    /// Whether any of its modes (or the one given) is open at `utc_ms`.
    pub fn open_at(&self, mode: Option<Mode>, utc_ms: i64) -> bool {
        self.crosses.iter().filter(|m| mode.is_none_or(|x| x == **m)).any(|m| self.status(*m, utc_ms).is_open())
    }
}

/// The problems of a checkpoints file as (JSON path, reason): ids, modes, hours (one entry
/// per mode that crosses, no overlapping ranges), changes (dates in order, modes that
/// cross, ranges that do not overlap, no two changes of a mode on the same day, a notice
/// that exists), notices that exist, coordinates in Shenzhen.
pub fn check(file: &Checkpoints, notice_exists: &dyn Fn(&str) -> bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut p = |at: String, why: String| out.push((at, why));
    if file.checkpoints.is_empty() {
        p("$.checkpoints".into(), "the directory needs at least one checkpoint".into());
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, c) in file.checkpoints.iter().enumerate() {
        let at = format!("$.checkpoints[{i}]");
        if let Err(e) = crate::check_id(&c.id) {
            p(format!("{at}.id"), e.0);
        } else if c.id == "list" {
            p(format!("{at}.id"), "\"list\" is the address of the filtered lists".into());
        }
        if !ids.insert(c.id.as_str()) {
            p(format!("{at}.id"), format!("\"{}\" is used twice", c.id));
        }
        if c.crosses.is_empty() {
            p(format!("{at}.crosses"), "a checkpoint needs at least one mode (passengers, vehicles, cargo)".into());
        }
        for (j, m) in c.crosses.iter().enumerate() {
            if c.crosses[..j].contains(m) {
                p(format!("{at}.crosses[{j}]"), format!("\"{}\" is listed twice", m.id()));
            }
            if c.hours_of(*m).is_none() {
                p(format!("{at}.hours"), format!("no hours for \"{}\", which crosses here", m.id()));
            }
        }
        for (j, h) in c.hours.iter().enumerate() {
            let hat = format!("{at}.hours[{j}]");
            if !c.crosses.contains(&h.mode) {
                p(format!("{hat}.mode"), format!("\"{}\" is not in $.crosses", h.mode.id()));
            }
            if c.hours[..j].iter().any(|o| o.mode == h.mode) {
                p(format!("{hat}.mode"), format!("\"{}\" has hours twice", h.mode.id()));
            }
            if h.spans.is_empty() {
                p(format!("{hat}.spans"), "regular hours need at least one range (a mode that never opens does not cross here)".into());
            }
            check_spans(&format!("{hat}.spans"), &h.spans, &mut p);
        }
        for (j, ch) in c.changes.iter().enumerate() {
            let cat = format!("{at}.changes[{j}]");
            if ch.to < ch.from {
                p(format!("{cat}.to"), format!("{} is before $.from {}", ch.to, ch.from));
            }
            if ch.modes.is_empty() {
                p(format!("{cat}.modes"), "a change needs the modes it applies to".into());
            }
            for (k, m) in ch.modes.iter().enumerate() {
                if !c.crosses.contains(m) {
                    p(format!("{cat}.modes[{k}]"), format!("\"{}\" does not cross here", m.id()));
                }
                let clash = c.changes[..j].iter().position(|o| o.modes.contains(m) && o.from <= ch.to && ch.from <= o.to);
                if let Some(o) = clash {
                    p(format!("{cat}.from"), format!("overlaps $.changes[{o}] for \"{}\": which hours apply?", m.id()));
                }
            }
            check_spans(&format!("{cat}.spans"), &ch.spans, &mut p);
            if !notice_exists(&ch.notice) {
                p(format!("{cat}.notice"), format!("\"{}\" is not a news item or notice", ch.notice));
            }
        }
        for (j, n) in c.notices.iter().enumerate() {
            if !notice_exists(n) {
                p(format!("{at}.notices[{j}]"), format!("\"{n}\" is not a news item or notice"));
            }
        }
        if !c.location.in_shenzhen() {
            p(format!("{at}.location"), format!("{},{} is not in Shenzhen (latitude 22.3-22.9, longitude 113.7-114.7)", c.location.lat, c.location.lon));
        }
    }
    out
}

fn check_spans(at: &str, spans: &[Span], p: &mut impl FnMut(String, String)) {
    for (i, a) in spans.iter().enumerate() {
        if a.all_day() && spans.len() > 1 {
            p(format!("{at}[{i}]"), "00:00-24:00 is around the clock: it must be the only range".into());
        }
        for (j, b) in spans.iter().enumerate().take(i) {
            if a.overlaps(*b) {
                p(format!("{at}[{i}]"), format!("{a} overlaps {b} ({at}[{j}])"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: &str) -> Span {
        Span::parse(s).unwrap()
    }

    /// The UTC instant at which Shenzhen's clock shows `date` `time`.
    fn at(date: &str, time: &str) -> i64 {
        let d = Date::parse(date).unwrap();
        let m = i64::from(minutes(time, true).unwrap());
        (d.days_since_epoch() * DAY + m - SHANGHAI_OFFSET_MINUTES) * 60_000
    }

    fn local(date: &str, time: &str) -> Local {
        Local { date: Date::parse(date).unwrap(), minute: minutes(time, false).unwrap() }
    }

    fn checkpoint(hours: &[(Mode, &[&str])], changes: Vec<Change>) -> Checkpoint {
        let text = |s: &str| -> Text { serde_json::from_str(&format!("{{\"zh-CN\":\"{s}\"}}")).unwrap() };
        Checkpoint {
            id: "x".into(),
            sample: false,
            name: text("口岸"),
            kind: CheckpointType::Land,
            to: text("香港"),
            summary: text("摘要"),
            crosses: hours.iter().map(|h| h.0).collect(),
            hours: hours.iter().map(|(mode, spans)| Hours { mode: *mode, spans: spans.iter().map(|s| span(s)).collect(), note: None }).collect(),
            changes,
            address: text("地址"),
            location: Location { lat: 22.53, lon: 114.11 },
            transport: vec![],
            facilities: vec![],
            notices: vec![],
        }
    }

    fn change(from: &str, to: &str, spans: &[&str]) -> Change {
        Change {
            from: Date::parse(from).unwrap(),
            to: Date::parse(to).unwrap(),
            modes: vec![Mode::Passengers],
            spans: spans.iter().map(|s| span(s)).collect(),
            reason: serde_json::from_str(r#"{"zh-CN":"春节"}"#).unwrap(),
            notice: "20261126-01".into(),
            sample: false,
        }
    }

    const P: Mode = Mode::Passengers;

    #[test]
    fn ranges_have_one_form() {
        assert_eq!(span("06:30-24:00"), Span { start: 390, end: 1440 });
        assert!(span("00:00-24:00").all_day());
        assert!(span("22:00-02:00").overnight());
        assert_eq!(span("06:30-22:00").to_string(), "06:30-22:00");
        for bad in ["", "6:30-22:00", "06:30-22:00-23:00", "24:00-06:00", "06:30-24:01", "06:30 - 22:00", "07:00-07:00", "25:00-26:00"] {
            assert!(Span::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn overlaps_include_overnight_ranges() {
        assert!(span("06:00-12:00").overlaps(span("11:00-13:00")));
        assert!(!span("06:00-12:00").overlaps(span("12:00-13:00")), "touching is not overlapping");
        assert!(span("22:00-02:00").overlaps(span("01:00-03:00")), "into the next morning");
        assert!(!span("22:00-02:00").overlaps(span("06:00-21:00")));
        assert!(span("00:00-24:00").overlaps(span("06:00-07:00")));
    }

    #[test]
    fn before_at_and_after_opening_and_closing() {
        let c = checkpoint(&[(P, &["06:30-22:00"])], vec![]);
        assert_eq!(c.status(P, at("2026-11-28", "06:29")), Status::Closed { opens: Some(local("2026-11-28", "06:30")) });
        assert_eq!(c.status(P, at("2026-11-28", "06:30")), Status::Open { until: Some(local("2026-11-28", "22:00")) });
        assert_eq!(c.status(P, at("2026-11-28", "21:59")), Status::Open { until: Some(local("2026-11-28", "22:00")) });
        // Closing time is closed; the next opening is tomorrow morning.
        let closed = c.status(P, at("2026-11-28", "22:00"));
        assert_eq!(closed, Status::Closed { opens: Some(local("2026-11-29", "06:30")) });
        let Status::Closed { opens: Some(next) } = closed else { unreachable!() };
        assert_eq!(next.days_after(Date::parse("2026-11-28").unwrap()), 1);
    }

    #[test]
    fn around_the_clock_has_no_next_change() {
        let c = checkpoint(&[(P, &["00:00-24:00"])], vec![]);
        for time in ["00:00", "12:00", "23:59"] {
            assert_eq!(c.status(P, at("2026-12-31", time)), Status::Open { until: None }, "{time}");
        }
    }

    #[test]
    fn overnight_ranges_run_into_the_next_day() {
        let c = checkpoint(&[(P, &["06:30-24:00"]), (Mode::Vehicles, &["09:00-01:00"])], vec![]);
        let v = Mode::Vehicles;
        assert_eq!(c.status(v, at("2026-11-28", "23:30")), Status::Open { until: Some(local("2026-11-29", "01:00")) });
        assert_eq!(c.status(v, at("2026-11-29", "00:30")), Status::Open { until: Some(local("2026-11-29", "01:00")) });
        assert_eq!(c.status(v, at("2026-11-29", "01:00")), Status::Closed { opens: Some(local("2026-11-29", "09:00")) });
        // 24:00 is midnight: closes "at 24:00", i.e. 00:00 of the next day.
        assert_eq!(c.status(P, at("2026-11-28", "23:59")), Status::Open { until: Some(local("2026-11-29", "00:00")) });
        // A morning range and yesterday's overnight one that meet are one opening.
        let joined = checkpoint(&[(P, &["06:00-24:00", "00:00-01:00"])], vec![]);
        assert_eq!(joined.status(P, at("2026-11-28", "23:00")), Status::Open { until: Some(local("2026-11-29", "01:00")) });
    }

    #[test]
    fn a_holiday_extension_applies_on_its_days_only() {
        let c = checkpoint(&[(P, &["06:30-24:00"])], vec![change("2027-02-05", "2027-02-13", &["00:00-24:00"])]);
        assert_eq!(c.status(P, at("2027-02-04", "23:00")), Status::Open { until: None }, "runs into the 24-hour days");
        assert!(c.status(P, at("2027-02-10", "03:00")).is_open());
        assert_eq!(c.status(P, at("2027-02-13", "12:00")), Status::Open { until: Some(local("2027-02-14", "00:00")) });
        assert_eq!(c.status(P, at("2027-02-14", "03:00")), Status::Closed { opens: Some(local("2027-02-14", "06:30")) });
    }

    #[test]
    fn a_temporary_closure_closes_and_says_when_it_reopens() {
        let c = checkpoint(&[(P, &["07:00-22:00"])], vec![change("2026-11-20", "2026-12-02", &[])]);
        assert_eq!(c.status(P, at("2026-11-28", "12:00")), Status::Closed { opens: Some(local("2026-12-03", "07:00")) });
        let long = checkpoint(&[(P, &["07:00-22:00"])], vec![change("2026-11-01", "2027-03-31", &[])]);
        assert_eq!(long.status(P, at("2026-11-28", "12:00")), Status::Closed { opens: None });
        assert!(!long.open_at(None, at("2026-11-28", "12:00")));
        assert_eq!(c.status(P, at("2026-11-19", "21:00")), Status::Open { until: Some(local("2026-11-19", "22:00")) });
    }

    #[test]
    fn the_visitors_zone_does_not_matter_only_the_instant() {
        // 2026-11-28 09:00 in New York (UTC-5) is 22:00 in Shenzhen: closed there, although
        // a New York clock says morning.
        let c = checkpoint(&[(P, &["06:30-22:00"])], vec![]);
        let new_york_nine = at("2026-11-28", "22:00"); // the same instant
        assert_eq!(Local::from_utc_millis(new_york_nine), local("2026-11-28", "22:00"));
        assert!(!c.status(P, new_york_nine).is_open());
        // 23:30 UTC on the 27th is 07:30 on the 28th in Shenzhen.
        let utc = (Date::parse("2026-11-27").unwrap().days_since_epoch() * DAY + 23 * 60 + 30) * 60_000;
        assert_eq!(Local::from_utc_millis(utc), local("2026-11-28", "07:30"));
        assert!(c.status(P, utc).is_open());
    }

    #[test]
    fn filters_have_one_address_each() {
        assert_eq!(CheckpointFilter::default().path(), "/checkpoints");
        let f = CheckpointFilter { kind: Some(CheckpointType::Land), mode: None, open_now: true };
        assert_eq!(f.path(), "/checkpoints/list/land/all/now");
        assert_eq!(CheckpointFilter::parse("land", "all", "now"), Some(f));
        assert_eq!(CheckpointFilter::parse("rail", "all", "all"), None);
        assert_eq!(CheckpointFilter::parse("all", "all", "soon"), None);
        assert_eq!(CheckpointFilter::every().len(), 32);
        assert_eq!(Location { lat: 22.531_23, lon: 114.117_77 }.geo_uri(), "geo:22.53123,114.11777");
    }

    #[test]
    fn the_demo_directory_is_clean() {
        let file: Checkpoints = crate::parse("checkpoints.json", include_str!("../../../public/content/checkpoints.json")).unwrap();
        assert!(file.checkpoints.len() >= 12);
        assert_eq!(check(&file, &|_| true), Vec::<(String, String)>::new());
    }

    #[test]
    fn check_finds_overlaps_missing_hours_and_bad_references() {
        let mut c = checkpoint(&[(P, &["06:00-12:00", "11:00-14:00"])], vec![change("2027-01-02", "2027-01-01", &["00:00-24:00", "06:00-07:00"])]);
        c.crosses.push(Mode::Cargo);
        c.notices.push("20990101-01".into());
        c.location = Location { lat: 114.1, lon: 22.5 };
        let found = check(&Checkpoints { schema: 1, checkpoints: vec![c] }, &|id| id == "20261126-01");
        let found: Vec<String> = found.into_iter().map(|(a, b)| format!("{a}: {b}")).collect();
        for expected in [
            "$.checkpoints[0].hours: no hours for \"cargo\"",
            "$.checkpoints[0].hours[0].spans[1]: 11:00-14:00 overlaps 06:00-12:00",
            "$.checkpoints[0].changes[0].to: 2027-01-01 is before $.from 2027-01-02",
            "$.checkpoints[0].changes[0].spans[0]: 00:00-24:00 is around the clock",
            "$.checkpoints[0].notices[0]: \"20990101-01\" is not a news item",
            "$.checkpoints[0].location: 114.1,22.5 is not in Shenzhen",
        ] {
            assert!(found.iter().any(|f| f.starts_with(expected)), "{expected}\n{found:#?}");
        }
    }
}
