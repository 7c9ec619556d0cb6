//! The letters' SQLite database: opening it (WAL, `synchronous=FULL`, a busy timeout,
//! foreign keys), its migrations (`crates/server/migrations/*.sql`, applied in order and
//! counted in `PRAGMA user_version`), and every read and write, synchronous. Callers on
//! the async side run these on the blocking pool ([`super::Service`]).
//!
//! Durability: WAL with `synchronous=FULL` syncs the log on every commit, so a letter
//! whose commit returned survives a killed process *and* a power cut; `NORMAL` would
//! survive the first but may lose the last commits in the second, and a 2xx promises the
//! citizen the letter is kept. The cost is one fsync per letter, a few milliseconds.

use super::code;
use portal_model::letter::{Category, Letter, LetterState, Mailbox, PublishedLetter, PublishedPage, Receipt, Status, PUBLISHED_PAGE_SIZE};
use portal_model::letter::{mask_name, mask_personal, working_days, Counts, MonthCounts, Statistics, YearCounts};
use portal_model::Date;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;
use subtle::ConstantTimeEq;
use time::{OffsetDateTime, UtcOffset};

/// The schema, one file per version: version N is the first N files applied.
pub const MIGRATIONS: &[&str] = &[include_str!("../../migrations/0001_letters.sql"), include_str!("../../migrations/0002_indexes.sql")];

/// The database file inside the data directory.
pub const FILE_NAME: &str = "mailbox.sqlite3";

/// Opens a connection with the portal's settings.
pub fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(rusqlite::Error::InvalidParameterName(format!("journal_mode is {mode}, not wal")));
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    Ok(conn)
}

/// Applies the migrations the database has not had yet, up to version `to`, each in its
/// own transaction with its version number.
pub fn migrate(conn: &mut Connection, to: usize) -> rusqlite::Result<usize> {
    let mut version: usize = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as usize;
    if version > MIGRATIONS.len() {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "the database is at schema version {version}, newer than this server's {}",
            MIGRATIONS.len()
        )));
    }
    while version < to.min(MIGRATIONS.len()) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        tx.execute_batch(MIGRATIONS[version])?;
        version += 1;
        tx.pragma_update(None, "user_version", version as i64)?;
        tx.commit()?;
    }
    Ok(version)
}

/// China Standard Time, the office's calendar.
pub fn office_today(now: OffsetDateTime) -> Date {
    let local = now.to_offset(UtcOffset::from_hms(8, 0, 0).expect("valid offset"));
    Date { year: local.year(), month: u8::from(local.month()), day: local.day() }
}

/// What storing a letter came to.
#[derive(Debug)]
pub enum Stored {
    /// Stored now.
    New(Receipt),
    /// Stored before under the same key with the same content: the same receipt.
    Replay(Receipt),
    /// Another letter was stored under this key.
    Conflict,
    /// The client's rate limit: try again after this long. Nothing stored.
    Limited(Duration),
}

/// The letter's content as one hash, to tell a retry from another letter under its key.
fn content_hash(letter: &Letter) -> [u8; 32] {
    let fields = serde_json::json!([
        letter.mailbox.slug(),
        letter.category.slug(),
        letter.title,
        letter.body,
        letter.name,
        letter.phone,
        letter.email,
        letter.publish
    ]);
    Sha256::digest(fields.to_string().as_bytes()).into()
}

/// Everything stored of one letter, for the staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub number: String,
    pub mailbox: Mailbox,
    pub category: Category,
    pub title: String,
    pub body: String,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub publish_consent: bool,
    pub status: Status,
    pub received: Date,
    pub answered: Option<Date>,
    pub reply: Option<String>,
    pub answered_by: Option<String>,
    pub published: bool,
}

const RECORD_COLUMNS: &str =
    "number, mailbox, category, title, body, name, phone, email, publish_consent, status, received, answered, reply, answered_by, published";

fn bad_value(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::InvalidParameterName(format!("stored {what} {value:?} is not valid"))
}

fn date(s: &str) -> rusqlite::Result<Date> {
    Date::parse(s).map_err(|_| bad_value("date", s))
}

fn record(row: &rusqlite::Row) -> rusqlite::Result<Record> {
    record_at(row, 0)
}

/// The record whose [`RECORD_COLUMNS`] start at column `base` of the row.
fn record_at(row: &rusqlite::Row, base: usize) -> rusqlite::Result<Record> {
    let text = |i: usize| row.get::<_, String>(base + i);
    let (mailbox, category, status) = (text(1)?, text(2)?, text(9)?);
    Ok(Record {
        number: text(0)?,
        mailbox: Mailbox::from_slug(&mailbox).ok_or_else(|| bad_value("mailbox", &mailbox))?,
        category: Category::from_slug(&category).ok_or_else(|| bad_value("category", &category))?,
        title: text(3)?,
        body: text(4)?,
        name: text(5)?,
        phone: text(6)?,
        email: text(7)?,
        publish_consent: row.get(base + 8)?,
        status: Status::from_slug(&status).ok_or_else(|| bad_value("status", &status))?,
        received: date(&text(10)?)?,
        answered: row.get::<_, Option<String>>(base + 11)?.map(|s| date(&s)).transpose()?,
        reply: row.get(base + 12)?,
        answered_by: row.get(base + 13)?,
        published: row.get(base + 14)?,
    })
}

/// A published letter as the public sees it: title, letter and reply with personal data
/// masked (phone numbers, e-mail addresses, ID numbers, the writer's name).
fn published_letter(r: Record) -> rusqlite::Result<PublishedLetter> {
    let mask = |text: &str| mask_name(&mask_personal(text), &r.name);
    Ok(PublishedLetter {
        number: r.number.clone(),
        mailbox: r.mailbox,
        category: r.category,
        title: mask(&r.title),
        body: mask(&r.body),
        received: r.received,
        answered: r.answered.ok_or_else(|| bad_value("answered date", ""))?,
        reply: mask(r.reply.as_deref().unwrap_or("")),
    })
}

/// One change to a letter: when (RFC 3339, UTC), by whom, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRow {
    pub at: String,
    pub who: String,
    pub action: String,
    pub detail: Option<String>,
}

/// Letters received, answered, and working days to answer of those answered.
type Tally = (u64, u64, u64);

/// Why a staff change was refused.
#[derive(Debug)]
pub enum AdminError {
    NotFound(String),
    Refused(String),
    Db(rusqlite::Error),
}

impl From<rusqlite::Error> for AdminError {
    fn from(e: rusqlite::Error) -> Self {
        AdminError::Db(e)
    }
}

impl std::fmt::Display for AdminError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AdminError::NotFound(n) => write!(f, "no letter {n}"),
            AdminError::Refused(why) => f.write_str(why),
            AdminError::Db(e) => write!(f, "database: {e}"),
        }
    }
}

/// The database: one connection for writes behind a mutex (SQLite writes one transaction
/// at a time anyway, and a letter's commit is a few milliseconds), and one for reads, so
/// look-ups and the public lists do not wait behind the writers' fsyncs (WAL lets a
/// reader see the last commit while a write is under way).
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
    reader: Mutex<Connection>,
    secret: [u8; 32],
    path: PathBuf,
}

impl Store {
    /// Opens (creating if need be) `dir/mailbox.sqlite3`, migrated to the newest schema.
    pub fn open(dir: &Path) -> Result<Store, String> {
        let created = !dir.exists();
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let path = dir.join(FILE_NAME);
        let fail = |e: rusqlite::Error| format!("{}: {e}", path.display());
        // Letters are personal data: a directory the server made is its user's alone, and
        // so is the database file, made empty with mode 0600 before SQLite opens it
        // (SQLite gives its -wal and -shm files the database file's mode).
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            if created {
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            if !path.exists() {
                std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        let mut conn = connect(&path).map_err(fail)?;
        migrate(&mut conn, MIGRATIONS.len()).map_err(fail)?;
        let secret = Self::secret(&conn).map_err(fail)?;
        let reader = connect(&path).map_err(fail)?;
        reader.execute_batch("PRAGMA query_only = ON;").map_err(fail)?;
        Ok(Store { conn: Mutex::new(conn), reader: Mutex::new(reader), secret, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The query codes' HMAC key, made once and kept in the database.
    fn secret(conn: &Connection) -> rusqlite::Result<[u8; 32]> {
        conn.execute("INSERT OR IGNORE INTO secrets (name, value) VALUES ('code-hmac', ?1)", [&code::random::<32>()[..]])?;
        let value: Vec<u8> = conn.query_row("SELECT value FROM secrets WHERE name = 'code-hmac'", [], |r| r.get(0))?;
        value.try_into().map_err(|_| bad_value("secret", "code-hmac"))
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves no half transaction (it rolls back on drop).
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn reader(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.reader.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn receipt(&self, key: &str, number: String, mailbox: Mailbox, received: Date) -> Receipt {
        let code = code::grouped(&code::derive(&self.secret, key, &number));
        Receipt { number, code, mailbox, received }
    }

    /// Stores a letter once per key. `admit` is asked only for a letter not stored yet
    /// (the rate limit): `Err(wait)` refuses it.
    pub fn submit(&self, letter: &Letter, now: OffsetDateTime, admit: impl FnOnce() -> Result<(), Duration>) -> rusqlite::Result<Stored> {
        let hash = content_hash(letter);
        let mut conn = self.conn();
        // IMMEDIATE: the write lock from the start, so the look-up by key and the insert
        // see the same database (two submits of one key cannot both insert).
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing = tx
            .query_row("SELECT number, content_hash, mailbox, received FROM letters WHERE idem_key = ?1", [&letter.key], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?))
            })
            .optional()?;
        if let Some((number, stored_hash, mailbox, received)) = existing {
            if stored_hash != hash {
                return Ok(Stored::Conflict);
            }
            let mailbox = Mailbox::from_slug(&mailbox).ok_or_else(|| bad_value("mailbox", &mailbox))?;
            return Ok(Stored::Replay(self.receipt(&letter.key, number, mailbox, date(&received)?)));
        }
        if let Err(wait) = admit() {
            return Ok(Stored::Limited(wait));
        }
        let received = office_today(now);
        let year = received.year;
        let seq: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM letters WHERE year = ?1", [year], |r| r.get(0))?;
        let number = format!("{year:04}{seq:06}");
        let code = code::derive(&self.secret, &letter.key, &number);
        let salt = code::random::<16>();
        let at = now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        tx.execute(
            "INSERT INTO letters (number, year, seq, idem_key, content_hash, code_salt, code_hash, mailbox, category,
                title, body, name, phone, email, publish_consent, received, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            params![
                number,
                year,
                seq,
                letter.key,
                &hash[..],
                &salt[..],
                &code::hash(&salt, &code)[..],
                letter.mailbox.slug(),
                letter.category.slug(),
                letter.title,
                letter.body,
                letter.name,
                letter.phone,
                letter.email,
                letter.publish,
                received.to_string(),
                at,
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute("INSERT INTO audit (at, who, action, letter_id) VALUES (?1, 'web', 'received', ?2)", params![at, id])?;
        tx.commit()?;
        Ok(Stored::New(self.receipt(&letter.key, number, letter.mailbox, received)))
    }

    /// The letter with this number if `code` is its query code; `None` for an unknown
    /// number and for a wrong code alike, after the same work (one query, one hash, one
    /// constant-time comparison).
    pub fn lookup(&self, number: &str, code: &str) -> rusqlite::Result<Option<LetterState>> {
        let conn = self.reader();
        let row = conn
            .query_row(&format!("SELECT code_salt, code_hash, {RECORD_COLUMNS} FROM letters WHERE number = ?1"), [number], |r| {
                let salt: Vec<u8> = r.get(0)?;
                let hash: Vec<u8> = r.get(1)?;
                Ok((salt, hash, record_at(r, 2)?))
            })
            .optional()?;
        drop(conn);
        let typed = code::normalize(code);
        let (salt, stored) = match &row {
            Some((salt, hash, _)) => (salt.clone(), hash.clone()),
            None => (vec![0u8; 16], vec![0u8; 32]),
        };
        let candidate = code::hash(&salt, typed.as_deref().unwrap_or("000000000000"));
        let matches: bool = candidate.ct_eq(&stored[..]).into();
        Ok(match row {
            Some((_, _, r)) if matches && typed.is_some() => Some(LetterState {
                number: r.number,
                mailbox: r.mailbox,
                category: r.category,
                title: r.title,
                status: r.status,
                received: r.received,
                answered: r.answered,
                reply: r.reply,
            }),
            _ => None,
        })
    }

    /// One page (from 1) of the published replies, newest answered first, masked.
    pub fn published(&self, mailbox: Option<Mailbox>, category: Option<Category>, page: usize) -> rusqlite::Result<PublishedPage> {
        let conn = self.reader();
        let filter = "published = 1 AND status = 'answered' AND publish_consent = 1
            AND (?1 IS NULL OR mailbox = ?1) AND (?2 IS NULL OR category = ?2)";
        let (m, c) = (mailbox.map(Mailbox::slug), category.map(Category::slug));
        let total: i64 = conn.query_row(&format!("SELECT COUNT(*) FROM letters WHERE {filter}"), params![m, c], |r| r.get(0))?;
        let total = total as usize;
        let offset = page.saturating_sub(1).saturating_mul(PUBLISHED_PAGE_SIZE);
        let mut stmt = conn.prepare(&format!(
            "SELECT {RECORD_COLUMNS} FROM letters WHERE {filter} ORDER BY answered DESC, number DESC LIMIT ?3 OFFSET ?4"
        ))?;
        let items = stmt
            .query_map(params![m, c, PUBLISHED_PAGE_SIZE as i64, offset.min(i64::MAX as usize) as i64], record)?
            .map(|r| published_letter(r?))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(PublishedPage { items, total, page, pages: total.div_ceil(PUBLISHED_PAGE_SIZE) })
    }

    /// Every published reply, masked, in the published list's order (newest answered
    /// first), for the replies' search ([`super::search`]); and the database's
    /// `data_version` read in the same transaction, which changes whenever another
    /// connection (the web's writer, the staff's command line) has committed since.
    pub fn published_all(&self) -> rusqlite::Result<(i64, Vec<PublishedLetter>)> {
        let mut conn = self.reader();
        let tx = conn.transaction()?;
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let items = {
            let mut stmt = tx.prepare(&format!(
                "SELECT {RECORD_COLUMNS} FROM letters WHERE published = 1 AND status = 'answered' AND publish_consent = 1
                 ORDER BY answered DESC, number DESC"
            ))?;
            let rows = stmt.query_map([], record)?.map(|r| published_letter(r?)).collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        tx.finish()?;
        Ok((version, items))
    }

    /// The database's `data_version` on the reading connection (see [`Store::published_all`]).
    pub fn data_version(&self) -> rusqlite::Result<i64> {
        self.reader().query_row("PRAGMA data_version", [], |r| r.get(0))
    }

    /// Received per month of receipt; answered and the average working days to answer per
    /// month of answer (a month's figures are the work done in that month). Years newest
    /// first, months in order; averages to one decimal.
    pub fn statistics(&self) -> rusqlite::Result<Statistics> {
        let conn = self.reader();
        let mut stmt = conn.prepare("SELECT received, answered FROM letters")?;
        // (year, month) -> (received, answered, working days of those answered)
        let mut months: BTreeMap<(i32, u8), Tally> = BTreeMap::new();
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
        for row in rows {
            let (received, answered) = row?;
            let received = date(&received)?;
            months.entry((received.year, received.month)).or_default().0 += 1;
            if let Some(answered) = answered {
                let answered = date(&answered)?;
                let m = months.entry((answered.year, answered.month)).or_default();
                m.1 += 1;
                m.2 += u64::from(working_days(received, answered));
            }
        }
        let counts = |(received, answered, days): Tally| Counts {
            received,
            answered,
            average_working_days: (answered > 0).then(|| (days as f64 / answered as f64 * 10.0).round() / 10.0),
        };
        let mut years: BTreeMap<i32, (Tally, Vec<MonthCounts>)> = BTreeMap::new();
        for ((year, month), c) in months {
            let y = years.entry(year).or_default();
            y.0 = (y.0 .0 + c.0, y.0 .1 + c.1, y.0 .2 + c.2);
            y.1.push(MonthCounts { month, counts: counts(c) });
        }
        Ok(Statistics {
            years: years.into_iter().rev().map(|(year, (c, months))| YearCounts { year, counts: counts(c), months }).collect(),
        })
    }

    // --- The staff's side (`portal-server admin`) ---

    /// Letters by number, optionally of one status and mailbox.
    pub fn list(&self, status: Option<Status>, mailbox: Option<Mailbox>) -> rusqlite::Result<Vec<Record>> {
        let conn = self.reader();
        let mut stmt = conn.prepare(&format!(
            "SELECT {RECORD_COLUMNS} FROM letters WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR mailbox = ?2) ORDER BY year, seq"
        ))?;
        let rows = stmt.query_map(params![status.map(Status::slug), mailbox.map(Mailbox::slug)], record)?;
        rows.collect()
    }

    pub fn show(&self, number: &str) -> rusqlite::Result<Option<Record>> {
        let conn = self.reader();
        conn.query_row(&format!("SELECT {RECORD_COLUMNS} FROM letters WHERE number = ?1"), [number], record).optional()
    }

    /// The audit trail of one letter.
    pub fn audit(&self, number: &str) -> rusqlite::Result<Vec<AuditRow>> {
        let conn = self.reader();
        let mut stmt = conn.prepare(
            "SELECT a.at, a.who, a.action, a.detail FROM audit a JOIN letters l ON l.id = a.letter_id WHERE l.number = ?1 ORDER BY a.id",
        )?;
        let rows = stmt.query_map([number], |r| Ok(AuditRow { at: r.get(0)?, who: r.get(1)?, action: r.get(2)?, detail: r.get(3)? }))?;
        rows.collect()
    }

    /// One staff change to one letter and its audit row, in one transaction. `change`
    /// sees the letter and returns the UPDATE's SET clause with its parameters and the
    /// audit detail, or a refusal.
    fn change(
        &self,
        number: &str,
        who: &str,
        action: &str,
        now: OffsetDateTime,
        change: impl FnOnce(&Record) -> Result<(String, Vec<Box<dyn rusqlite::ToSql>>, Option<String>), AdminError>,
    ) -> Result<Record, AdminError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found = tx
            .query_row(&format!("SELECT id, {RECORD_COLUMNS} FROM letters WHERE number = ?1"), [number], |r| {
                Ok((r.get::<_, i64>(0)?, record_at(r, 1)?))
            })
            .optional()?;
        let Some((id, before)) = found else { return Err(AdminError::NotFound(number.to_string())) };
        let (set, mut values, detail) = change(&before)?;
        values.push(Box::new(id));
        let n = values.len();
        tx.execute(&format!("UPDATE letters SET {set} WHERE id = ?{n}"), rusqlite::params_from_iter(values.iter()))?;
        let at = now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        tx.execute("INSERT INTO audit (at, who, action, letter_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)", params![at, who, action, id, detail])?;
        let after = tx.query_row(&format!("SELECT {RECORD_COLUMNS} FROM letters WHERE id = ?1"), [id], record)?;
        tx.commit()?;
        Ok(after)
    }

    /// Answers a letter (status answered, the answer date `today`, the reply).
    pub fn answer(&self, number: &str, reply: &str, who: &str, today: Date, now: OffsetDateTime) -> Result<Record, AdminError> {
        let reply = reply.trim().to_string();
        if reply.is_empty() {
            return Err(AdminError::Refused("the reply is empty".into()));
        }
        self.change(number, who, "answered", now, |r| {
            if today < r.received {
                return Err(AdminError::Refused(format!("{today} is before the letter was received ({})", r.received)));
            }
            let detail = if r.status == Status::Answered { "reply replaced" } else { "reply" };
            Ok((
                "status = 'answered', answered = ?1, reply = ?2, answered_by = ?3".into(),
                vec![Box::new(today.to_string()), Box::new(reply), Box::new(who.to_string())],
                Some(format!("{detail}, answered {today}")),
            ))
        })
    }

    /// Marks a letter in progress.
    pub fn progress(&self, number: &str, who: &str, now: OffsetDateTime) -> Result<Record, AdminError> {
        self.change(number, who, "in-progress", now, |r| match r.status {
            Status::Answered => Err(AdminError::Refused(format!("{} is already answered", r.number))),
            _ => Ok(("status = 'in-progress'".into(), vec![], None)),
        })
    }

    /// Publishes (or withdraws) an answered letter whose writer consented.
    pub fn publish(&self, number: &str, publish: bool, who: &str, now: OffsetDateTime) -> Result<Record, AdminError> {
        let action = if publish { "published" } else { "unpublished" };
        self.change(number, who, action, now, |r| {
            if publish && r.status != Status::Answered {
                return Err(AdminError::Refused(format!("{} is not answered yet", r.number)));
            }
            if publish && !r.publish_consent {
                return Err(AdminError::Refused(format!("the writer of {} did not consent to publishing", r.number)));
            }
            Ok(("published = ?1".into(), vec![Box::new(publish)], None))
        })
    }

    /// Writes every letter as CSV (UTF-8 with a byte-order mark, so spreadsheet programs
    /// read the Chinese right), and records the export in the audit table.
    pub fn export_csv(&self, file: &Path, who: &str, now: OffsetDateTime) -> Result<usize, String> {
        let records = self.list(None, None).map_err(|e| e.to_string())?;
        let mut out = Vec::from("\u{feff}".as_bytes());
        {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "number", "mailbox", "category", "status", "received", "answered", "title", "body", "name", "phone", "email",
                "publish_consent", "published", "reply", "answered_by",
            ])
            .map_err(|e| e.to_string())?;
            for r in &records {
                w.write_record([
                    r.number.as_str(),
                    r.mailbox.slug(),
                    r.category.slug(),
                    r.status.slug(),
                    &r.received.to_string(),
                    &r.answered.map(|d| d.to_string()).unwrap_or_default(),
                    &r.title,
                    &r.body,
                    &r.name,
                    &r.phone,
                    &r.email,
                    if r.publish_consent { "yes" } else { "no" },
                    if r.published { "yes" } else { "no" },
                    r.reply.as_deref().unwrap_or(""),
                    r.answered_by.as_deref().unwrap_or(""),
                ])
                .map_err(|e| e.to_string())?;
            }
            w.flush().map_err(|e| e.to_string())?;
        }
        std::fs::write(file, out).map_err(|e| format!("{}: {e}", file.display()))?;
        let at = now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        self.conn()
            .execute(
                "INSERT INTO audit (at, who, action, letter_id, detail) VALUES (?1, ?2, 'exported', NULL, ?3)",
                params![at, who, format!("{} letters to {}", records.len(), file.display())],
            )
            .map_err(|e| e.to_string())?;
        Ok(records.len())
    }
}
