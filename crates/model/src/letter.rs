//! Letters to the office's mailboxes (主任信箱, 咨询投诉, 网站纠错): what a citizen sends,
//! the rules a letter must meet, and what the server answers.
//!
//! The server validates and stores with these types; the app validates with the same
//! [`LetterForm::validate`] as the citizen submits and reads the server's answers with the
//! same types, so both say the same thing about a letter. Each rule broken is a
//! [`FieldError`]: the field it belongs to and the Fluent id of its message (in
//! `locales/*/portal.ftl`), so the server answers in the request's language and the app's
//! error summary links each message to its field.
//!
//! Limits follow the usual conventions of Chinese government mailboxes
//! (`shared/reference/domain.md` §6): a short title, a body of at most 1,000 characters,
//! a name and a way to reach the writer (anonymous letters are not accepted), the privacy
//! consent, and an optional consent to publish the answered letter.

use crate::Date;
use serde::{Deserialize, Deserializer, Serialize};

/// The three mailboxes; one form and one store serve them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mailbox {
    /// 主任信箱: to the office's director.
    Director,
    /// 咨询投诉: enquiries and complaints about port clearance.
    Enquiries,
    /// 网站纠错: "report an error on this site", linked from every footer.
    Corrections,
}

impl Mailbox {
    pub const ALL: [Mailbox; 3] = [Mailbox::Director, Mailbox::Enquiries, Mailbox::Corrections];

    /// The URL segment and stored value.
    pub fn slug(self) -> &'static str {
        match self {
            Mailbox::Director => "director",
            Mailbox::Enquiries => "enquiries",
            Mailbox::Corrections => "corrections",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Mailbox> {
        Mailbox::ALL.into_iter().find(|m| m.slug() == slug)
    }

    /// Fluent id of its name.
    pub fn label(self) -> &'static str {
        match self {
            Mailbox::Director => "mailbox-director",
            Mailbox::Enquiries => "mailbox-enquiries",
            Mailbox::Corrections => "mailbox-corrections",
        }
    }
}

/// What a letter is (咨询 / 投诉 / 建议 / 求助).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Enquiry,
    Complaint,
    Suggestion,
    Help,
}

impl Category {
    pub const ALL: [Category; 4] = [Category::Enquiry, Category::Complaint, Category::Suggestion, Category::Help];

    pub fn slug(self) -> &'static str {
        match self {
            Category::Enquiry => "enquiry",
            Category::Complaint => "complaint",
            Category::Suggestion => "suggestion",
            Category::Help => "help",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// Fluent id of its name.
    pub fn label(self) -> &'static str {
        match self {
            Category::Enquiry => "letter-category-enquiry",
            Category::Complaint => "letter-category-complaint",
            Category::Suggestion => "letter-category-suggestion",
            Category::Help => "letter-category-help",
        }
    }
}

/// Where a letter is (已受理 / 办理中 / 已答复).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Received,
    InProgress,
    Answered,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Received, Status::InProgress, Status::Answered];

    pub fn slug(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InProgress => "in-progress",
            Status::Answered => "answered",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Fluent id of its name.
    pub fn label(self) -> &'static str {
        match self {
            Status::Received => "letter-status-received",
            Status::InProgress => "letter-status-in-progress",
            Status::Answered => "letter-status-answered",
        }
    }
}

/// Characters (not bytes) allowed in each field.
pub const TITLE_CHARS: std::ops::RangeInclusive<usize> = 4..=40;
pub const BODY_CHARS: std::ops::RangeInclusive<usize> = 10..=1000;
pub const NAME_CHARS: usize = 30;
pub const PHONE_CHARS: usize = 20;
pub const EMAIL_CHARS: usize = 100;
/// The idempotency key the form makes once per letter (a UUID fits).
pub const KEY_CHARS: std::ops::RangeInclusive<usize> = 16..=64;

/// A letter as the form sends it, as JSON or as a plain form post
/// (`application/x-www-form-urlencoded`). Every field is text so that a wrong value is a
/// message on its field, not a refusal of the whole request; a missing field is empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterForm {
    pub mailbox: String,
    pub category: String,
    pub title: String,
    pub body: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    /// Consent to publish the answered letter, personal data hidden (是否同意公开).
    #[serde(deserialize_with = "flag")]
    pub publish: bool,
    /// Consent to the privacy notice; a letter cannot be sent without it.
    #[serde(deserialize_with = "flag")]
    pub privacy: bool,
    /// Made by the form once per letter: a retried or double-clicked submit sends the same
    /// key and stores one letter.
    pub key: String,
}

/// A checkbox: `true`, or what a form posts for a ticked box (`on`, or any value given).
fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flag {
        Bool(bool),
        Text(String),
    }
    Ok(match Flag::deserialize(d)? {
        Flag::Bool(b) => b,
        Flag::Text(s) => matches!(s.as_str(), "on" | "true" | "yes" | "1"),
    })
}

/// The fields of the form, in the order the form shows them (the error summary lists
/// errors in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Mailbox,
    Category,
    Title,
    Body,
    Name,
    Phone,
    Email,
    Privacy,
    Key,
}

impl Field {
    /// The form control's name (and, prefixed with `letter-`, its id).
    pub fn name(self) -> &'static str {
        match self {
            Field::Mailbox => "mailbox",
            Field::Category => "category",
            Field::Title => "title",
            Field::Body => "body",
            Field::Name => "name",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Privacy => "privacy",
            Field::Key => "key",
        }
    }
}

/// One broken rule: its field and the Fluent id of the message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// A letter that passed every rule, trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub mailbox: Mailbox,
    pub category: Category,
    pub title: String,
    pub body: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub publish: bool,
    pub key: String,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Control characters other than line breaks and tabs (and the bidirectional overrides that
/// can disguise text) have no place in a letter.
fn has_bad_chars(s: &str, multiline: bool) -> bool {
    s.chars().any(|c| {
        (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// A phone number as people write them: digits with `+`, spaces, `-` and brackets, 7 to 15
/// digits.
pub fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ' ' | '(' | ')')) && (7..=15).contains(&digits)
}

/// An address of the form `local@domain.tld`, without spaces or a second `@`. (Whether it
/// exists is the office's reply to find out; this catches typing slips.)
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ','))
}

impl LetterForm {
    /// Checks every rule; the letter, or every broken rule in form order.
    pub fn validate(&self) -> Result<Letter, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field: Field, id: &str| errors.push(FieldError { field, message: id.to_string() });
        let mailbox = Mailbox::from_slug(self.mailbox.trim());
        if mailbox.is_none() {
            err(Field::Mailbox, "letter-error-mailbox");
        }
        let category = Category::from_slug(self.category.trim());
        if category.is_none() {
            err(Field::Category, "letter-error-category");
        }
        let (title, body, name) = (self.title.trim(), self.body.trim(), self.name.trim());
        let (phone, email) = (self.phone.trim(), self.email.trim());
        if title.is_empty() {
            err(Field::Title, "letter-error-title-missing");
        } else if has_bad_chars(title, false) {
            err(Field::Title, "letter-error-characters");
        } else if chars(title) < *TITLE_CHARS.start() {
            err(Field::Title, "letter-error-title-short");
        } else if chars(title) > *TITLE_CHARS.end() {
            err(Field::Title, "letter-error-title-long");
        }
        if body.is_empty() {
            err(Field::Body, "letter-error-body-missing");
        } else if has_bad_chars(body, true) {
            err(Field::Body, "letter-error-characters");
        } else if chars(body) < *BODY_CHARS.start() {
            err(Field::Body, "letter-error-body-short");
        } else if chars(body) > *BODY_CHARS.end() {
            err(Field::Body, "letter-error-body-long");
        }
        if name.is_empty() {
            err(Field::Name, "letter-error-name-missing");
        } else if has_bad_chars(name, false) {
            err(Field::Name, "letter-error-characters");
        } else if chars(name) > NAME_CHARS {
            err(Field::Name, "letter-error-name-long");
        }
        if phone.is_empty() && email.is_empty() {
            err(Field::Phone, "letter-error-contact-missing");
        }
        if !phone.is_empty() && (chars(phone) > PHONE_CHARS || !is_phone(phone)) {
            err(Field::Phone, "letter-error-phone");
        }
        if !email.is_empty() && (chars(email) > EMAIL_CHARS || !is_email(email)) {
            err(Field::Email, "letter-error-email");
        }
        if !self.privacy {
            err(Field::Privacy, "letter-error-privacy");
        }
        let key = self.key.trim();
        if !KEY_CHARS.contains(&key.len()) || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            err(Field::Key, "letter-error-key");
        }
        match (mailbox, category) {
            (Some(mailbox), Some(category)) if errors.is_empty() => Ok(Letter {
                mailbox,
                category,
                title: title.to_string(),
                body: body.to_string(),
                name: name.to_string(),
                phone: phone.to_string(),
                email: email.to_string(),
                publish: self.publish,
                key: key.to_string(),
            }),
            _ => Err(errors),
        }
    }
}

/// The server's answer to a stored letter: the number and query code the citizen needs to
/// look it up. A retry with the same key answers the same.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub number: String,
    pub code: String,
    pub mailbox: Mailbox,
    pub received: Date,
}

/// The server's answer to a letter that broke rules (HTTP 422), messages in the request's
/// language, in form order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub errors: Vec<FieldError>,
}

/// Any other refusal (400, 413, 429, 500...): one message in the request's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
}

/// What a look-up by number and query code shows: the writer's own letter, unmasked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterState {
    pub number: String,
    pub mailbox: Mailbox,
    pub category: Category,
    pub title: String,
    pub status: Status,
    pub received: Date,
    pub answered: Option<Date>,
    pub reply: Option<String>,
}

/// A published reply: an answered letter whose writer agreed, personal data masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedLetter {
    pub number: String,
    pub mailbox: Mailbox,
    pub category: Category,
    pub title: String,
    pub body: String,
    pub received: Date,
    pub answered: Date,
    pub reply: String,
}

/// A published reply that matches a site search (`GET /api/letters/search?q=`): the reply
/// as the published list shows it, and the page of that list (unfiltered, from 1) it is on,
/// so the search page can link to it (`/mailbox/replies?page=N#reply-<number>`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedMatch {
    #[serde(flatten)]
    pub letter: PublishedLetter,
    pub page: usize,
}

/// The published replies matching a search, best first, at most [`SEARCH_MATCHES`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedMatches {
    pub items: Vec<PublishedMatch>,
}

/// The most published replies a search answers with.
pub const SEARCH_MATCHES: usize = 20;

/// The longest query the replies' search takes, in characters (the search page sends at
/// most 100).
pub const SEARCH_QUERY_CHARS: usize = 100;

/// Letters per page of the published replies.
pub const PUBLISHED_PAGE_SIZE: usize = 10;

/// One page of published replies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedPage {
    pub items: Vec<PublishedLetter>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
}

/// Counts of one month or year: letters received, answered, and the average number of
/// working days (Monday to Friday) from receipt to answer of those answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub received: u64,
    pub answered: u64,
    pub average_working_days: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthCounts {
    pub month: u8,
    #[serde(flatten)]
    pub counts: Counts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearCounts {
    pub year: i32,
    #[serde(flatten)]
    pub counts: Counts,
    /// Months with at least one letter, in order.
    pub months: Vec<MonthCounts>,
}

/// The published statistics, newest year first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statistics {
    pub years: Vec<YearCounts>,
}

/// Working days (Monday to Friday) after `from` up to and including `to`: a letter
/// answered the next working day took 1. Public holidays are not known to the portal and
/// count as working days, so the figure errs on the long side.
pub fn working_days(from: Date, to: Date) -> u32 {
    let (a, b) = (from.days_since_epoch(), to.days_since_epoch());
    (a + 1..=b).filter(|d| (d.rem_euclid(7) + 3) % 7 < 5).count() as u32
}

/// Hides what identifies a person in text to be published: e-mail addresses, ID-card-like
/// numbers (15 or 18 characters of digits, the last may be X), and any run of 7 or more
/// digits (phone numbers, account numbers). Each hidden character becomes `*`; the writer's
/// own name is hidden by [`mask_name`].
pub fn mask_personal(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    // Digit runs (with the separators phone numbers use), and an ID's final X.
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            let mut digits = 0;
            let mut end = i;
            while end < chars.len() && (chars[end].is_ascii_digit() || (digits > 0 && matches!(chars[end], '-' | ' ') && chars.get(end + 1).is_some_and(char::is_ascii_digit))) {
                if chars[end].is_ascii_digit() {
                    digits += 1;
                }
                end += 1;
            }
            if end < chars.len() && matches!(chars[end], 'X' | 'x') && digits == 17 {
                end += 1;
                digits += 1;
            }
            if digits >= 7 {
                for c in &mut out[start..end] {
                    if !matches!(*c, '-' | ' ') {
                        *c = '*';
                    }
                }
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    // E-mail addresses: the word around each `@`.
    let word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '@');
    for (at, _) in chars.iter().enumerate().filter(|(_, c)| **c == '@') {
        let mut start = at;
        while start > 0 && word(chars[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < chars.len() && word(chars[end]) {
            end += 1;
        }
        // A full stop after the address ends the sentence, not the address.
        while end > at + 1 && chars[end - 1] == '.' {
            end -= 1;
        }
        for c in &mut out[start..end] {
            *c = '*';
        }
    }
    out.into_iter().collect()
}

/// Replaces each occurrence of `name` (trimmed, if at least one character) with its first
/// character followed by `*` for the rest (张三 → 张*), the way Chinese portals publish
/// writers' names.
pub fn mask_name(text: &str, name: &str) -> String {
    let name = name.trim();
    let mut it = name.chars();
    let Some(first) = it.next() else { return text.to_string() };
    let hidden: String = std::iter::once(first).chain(it.map(|_| '*')).collect();
    if name.chars().count() == 1 {
        return text.to_string();
    }
    text.replace(name, &hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> LetterForm {
        LetterForm {
            mailbox: "director".into(),
            category: "enquiry".into(),
            title: "皇岗口岸夜间通关时间".into(),
            body: "请问皇岗口岸旅检通道夜间是否开放，几点关闭？".into(),
            name: "张三".into(),
            phone: "138 0000 0000".into(),
            email: String::new(),
            publish: true,
            privacy: true,
            key: "0b6f3c1e-8a7d-4c11-9e43-5f1f6f0b2a10".into(),
        }
    }

    fn fields(form: &LetterForm) -> Vec<(Field, String)> {
        form.validate().unwrap_err().into_iter().map(|e| (e.field, e.message)).collect()
    }

    #[test]
    fn a_good_letter_passes_trimmed() {
        let mut form = good();
        form.title = "  皇岗口岸夜间通关时间 ".into();
        let letter = form.validate().unwrap();
        assert_eq!(letter.title, "皇岗口岸夜间通关时间");
        assert_eq!(letter.mailbox, Mailbox::Director);
    }

    #[test]
    fn every_rule_names_its_field() {
        let empty = LetterForm::default();
        let got = fields(&empty);
        let names: Vec<Field> = got.iter().map(|(f, _)| *f).collect();
        assert_eq!(names, vec![Field::Mailbox, Field::Category, Field::Title, Field::Body, Field::Name, Field::Phone, Field::Privacy, Field::Key]);
        let mut f = good();
        f.title = "太短".into();
        assert_eq!(fields(&f), vec![(Field::Title, "letter-error-title-short".into())]);
        f = good();
        f.title = "长".repeat(41);
        assert_eq!(fields(&f), vec![(Field::Title, "letter-error-title-long".into())]);
        f = good();
        f.body = "字".repeat(1001);
        assert_eq!(fields(&f), vec![(Field::Body, "letter-error-body-long".into())]);
        f = good();
        f.body = "字".repeat(1000);
        assert!(f.validate().is_ok());
        f = good();
        f.phone = "12ab".into();
        assert_eq!(fields(&f), vec![(Field::Phone, "letter-error-phone".into())]);
        f = good();
        f.phone.clear();
        f.email = "a@b".into();
        assert_eq!(fields(&f), vec![(Field::Email, "letter-error-email".into())]);
        f.email = "citizen@example.cn".into();
        assert!(f.validate().is_ok());
        f = good();
        f.privacy = false;
        assert_eq!(fields(&f), vec![(Field::Privacy, "letter-error-privacy".into())]);
        f = good();
        f.title = "标题\u{202e}反转文字".into();
        assert_eq!(fields(&f), vec![(Field::Title, "letter-error-characters".into())]);
        f = good();
        f.mailbox = "../admin".into();
        assert_eq!(fields(&f), vec![(Field::Mailbox, "letter-error-mailbox".into())]);
        f = good();
        f.key = "short".into();
        assert_eq!(fields(&f), vec![(Field::Key, "letter-error-key".into())]);
    }

    #[test]
    fn form_posts_and_json_read_alike() {
        let form: LetterForm = serde_json::from_str(r#"{"privacy": true, "publish": "on", "title": "x"}"#).unwrap();
        assert!(form.privacy && form.publish);
        let form: LetterForm = serde_json::from_str(r#"{"privacy": "no"}"#).unwrap();
        assert!(!form.privacy && !form.publish);
    }

    #[test]
    fn personal_data_is_masked() {
        assert_eq!(mask_personal("电话13800138000。"), "电话***********。");
        assert_eq!(mask_personal("call 138-0013-8000 now"), "call ***-****-**** now");
        assert_eq!(mask_personal("身份证44030119900101123X号"), "身份证******************号");
        assert_eq!(mask_personal("mail me: a.b+c@mail.example.cn."), "mail me: *********************.");
        assert_eq!(mask_personal("2024年3月15日 22:00"), "2024年3月15日 22:00");
        assert_eq!(mask_name("我是张三，张三的车", "张三"), "我是张*，张*的车");
    }

    #[test]
    fn dates_count_days() {
        for s in ["1970-01-01", "2000-02-29", "2026-11-28", "1969-12-31", "2100-03-01"] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d, "{s}");
        }
        assert_eq!(Date::parse("1970-01-02").unwrap().days_since_epoch(), 1);
        assert_eq!(Date::parse("2026-11-28").unwrap().days_since_epoch(), 20_785);
    }

    #[test]
    fn working_days_skip_weekends() {
        let d = |s: &str| Date::parse(s).unwrap();
        // 2026-11-27 is a Friday.
        assert_eq!(working_days(d("2026-11-27"), d("2026-11-27")), 0);
        assert_eq!(working_days(d("2026-11-27"), d("2026-11-30")), 1);
        assert_eq!(working_days(d("2026-11-27"), d("2026-12-04")), 5);
        assert_eq!(working_days(d("2026-11-28"), d("2026-11-29")), 0);
    }
}
