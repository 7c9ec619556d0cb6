//! Annual reports on government information disclosure (政府信息公开工作年度报告),
//! `disclosure/reports/<year>.json`.
//!
//! From 2019 a report follows the national template (国办公开办函〔2021〕30号): six sections
//! and three tables — 二 proactive disclosure, 三 applications, 四 reviews and lawsuits —
//! held here as numbers, not pasted HTML, so that `content check` can verify the template's
//! arithmetic ([`Report::problems`]), the page can render accessible tables and the content
//! tool can write each table as CSV from the same data ([`Report::grids`]). Earlier reports
//! are narrative sections with their key figures as data. Every report carries the
//! [`KeyFigures`] the comparison across years draws.
//!
//! Row and column labels are Fluent message ids (`report-…` in `locales/*/portal.ftl`): the
//! page shows them in the reader's language, the CSV in Chinese.

use crate::{Block, Date, Text};
use serde::{Deserialize, Serialize};

/// The first year of the template with tables.
pub const TABLES_SINCE: i32 = 2019;

/// Table 三's columns: 自然人; 法人或其他组织: 商业企业, 科研机构, 社会公益组织,
/// 法律服务机构, 其他; 总计.
pub type Counts = [i64; 7];
/// Table 四's columns for one group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
pub type Outcomes = [i64; 5];

/// Short names of table 三's columns, for `content check`'s messages.
pub const APPLICANT_COLUMNS: [&str; 7] = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
const OUTCOME_COLUMNS: [&str; 5] = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const REVIEW_GROUPS: [&str; 3] = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub schema: u64,
    /// The year reported on; equal to the file name.
    pub year: i32,
    #[serde(default)]
    pub sample: bool,
    /// When the report was published (by 31 January of the next year).
    pub published: Date,
    pub title: Text,
    pub summary: Text,
    pub key: KeyFigures,
    /// Further counts of a narrative report (before 2019), shown as a list of figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// The report's sections (six from 2019: 一 总体情况 … 六 其他需要报告的事项).
    pub sections: Vec<ReportSection>,
    /// The national tables, required from 2019. Table 二 follows section 二, 三 follows
    /// 三, 四 follows 四.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tables: Option<Tables>,
}

impl Report {
    pub fn file(year: i32) -> String {
        format!("disclosure/reports/{year}.json")
    }
}

/// The figures compared across years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigures {
    /// Government information published proactively (主动公开政府信息, items).
    pub published: i64,
    /// Applications for disclosure received in the year (table 三 row 一, 总计).
    pub applications: i64,
    /// Applications concluded in the year, whatever the result (table 三 row 三（七）总计:
    /// disclosed, partly disclosed, refused, unavailable, not processed or otherwise
    /// handled). The template's one total of results: received + carried over − carried
    /// forward, so it shows the office's answered workload, not only what it granted.
    pub results: i64,
    /// Administrative reviews (table 四, 行政复议 总计).
    pub reviews: i64,
    /// Lawsuits (table 四, both 行政诉讼 groups' 总计).
    pub lawsuits: i64,
    /// Letters and enquiries from citizens answered in the year (主任信箱, 咨询投诉, online
    /// enquiries), where the report gives the figure: it is not part of the national
    /// template, so a report may have none, and none is not zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letters: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub label: Text,
    pub value: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportSection {
    pub heading: Text,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tables {
    pub proactive: Proactive,
    pub applications: Applications,
    pub reviews: Reviews,
}

/// Table 二: 主动公开政府信息情况.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proactive {
    /// 规章: 本年制发件数, 本年废止件数, 现行有效件数.
    pub rules: [i64; 3],
    /// 行政规范性文件: the same three.
    pub normative: [i64; 3],
    /// 行政许可: 本年处理决定数量.
    pub licensing: i64,
    /// 行政处罚.
    pub penalties: i64,
    /// 行政强制.
    pub enforcement: i64,
    /// 行政事业性收费: 本年收费金额（万元）.
    pub fees: f64,
}

/// Table 三: 收到和处理政府信息公开申请情况, every row with the seven columns of [`Counts`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applications {
    /// 一、本年新收政府信息公开申请数量
    pub received: Counts,
    /// 二、上年结转政府信息公开申请数量
    pub carried_over: Counts,
    /// 三（一）予以公开
    pub granted: Counts,
    /// 三（二）部分公开
    pub partly_granted: Counts,
    /// 三（三）不予公开: 8 reasons.
    pub refused: Group,
    /// 三（四）无法提供: 3 reasons.
    pub unavailable: Group,
    /// 三（五）不予处理: 5 reasons.
    pub not_processed: Group,
    /// 三（六）其他处理: 3 reasons.
    pub other: Group,
    /// 三（七）总计
    pub total: Counts,
    /// 四、结转下年度继续办理
    pub carried_forward: Counts,
}

/// A group of results with its reasons and its sub-total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub reasons: Vec<Counts>,
    pub subtotal: Counts,
}

/// Table 四: 政府信息公开行政复议、行政诉讼情况.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviews {
    /// 行政复议
    pub review: Outcomes,
    /// 行政诉讼 未经复议直接起诉
    pub direct: Outcomes,
    /// 行政诉讼 复议后起诉
    pub after_review: Outcomes,
}

/// The groups of table 三's results: JSON name, Fluent id, template number, reasons.
pub const GROUPS: [(&str, &str, &str, usize); 4] = [
    ("refused", "report-t3-refused", "（三）", 8),
    ("unavailable", "report-t3-unavailable", "（四）", 3),
    ("not_processed", "report-t3-not-processed", "（五）", 5),
    ("other", "report-t3-other", "（六）", 3),
];

impl Applications {
    pub fn groups(&self) -> [&Group; 4] {
        [&self.refused, &self.unavailable, &self.not_processed, &self.other]
    }
}

/// One problem of a report: JSON path and reason.
pub type ReportProblem = (String, String);

impl Report {
    /// Every way the report breaks the template's rules, each naming the table, row and
    /// column: no negative counts; in table 三 each row's 总计 is the sum of the applicant
    /// columns, each group's 小计 the sum of its reasons, row 三（七） the sum of the results,
    /// and row 一 + row 二 = row 三（七） + row 四 in every column; in table 四 each group's
    /// 总计 is the sum of its results; the key figures agree with the tables.
    pub fn problems(&self) -> Vec<ReportProblem> {
        let mut out = Vec::new();
        let y = self.year;
        let mut push = |at: String, reason: String| out.push((at, format!("report {y}: {reason}")));
        let k = &self.key;
        for (name, v) in [
            ("published", k.published),
            ("applications", k.applications),
            ("results", k.results),
            ("reviews", k.reviews),
            ("lawsuits", k.lawsuits),
            ("letters", k.letters.unwrap_or(0)),
        ] {
            if v < 0 {
                push(format!("$.key.{name}"), format!("key figure {name} is negative ({v})"));
            }
        }
        for (i, f) in self.figures.iter().enumerate() {
            if f.value < 0 {
                push(format!("$.figures[{i}].value"), format!("figure \"{}\" is negative ({})", f.label.in_lang(crate::Lang::ZhCn), f.value));
            }
        }
        if self.year >= TABLES_SINCE {
            if self.sections.len() != 6 {
                push("$.sections".into(), format!("a report from {TABLES_SINCE} has the template's six sections, this one {}", self.sections.len()));
            }
            if self.tables.is_none() {
                push("$.tables".into(), format!("a report from {TABLES_SINCE} needs the tables 二, 三 and 四"));
            }
        }
        let Some(t) = &self.tables else { return out };

        // Table 二.
        let p = &t.proactive;
        let measures = ["本年制发件数", "本年废止件数", "现行有效件数"];
        for (row, name, values) in [("rules", "规章", &p.rules), ("normative", "行政规范性文件", &p.normative)] {
            for (c, v) in values.iter().enumerate() {
                if *v < 0 {
                    push(format!("$.tables.proactive.{row}[{c}]"), format!("table 二, row {name}, column {}: negative count {v}", measures[c]));
                }
            }
        }
        for (row, name, v) in [("licensing", "行政许可", p.licensing), ("penalties", "行政处罚", p.penalties), ("enforcement", "行政强制", p.enforcement)] {
            if v < 0 {
                push(format!("$.tables.proactive.{row}"), format!("table 二, row {name}, column 本年处理决定数量: negative count {v}"));
            }
        }
        if !(p.fees >= 0.0) || !p.fees.is_finite() {
            push("$.tables.proactive.fees".into(), format!("table 二, row 行政事业性收费, column 本年收费金额（万元）: {} is not an amount", p.fees));
        }

        // Table 三.
        let a = &t.applications;
        let mut rows: Vec<(String, String, &Counts)> = vec![
            ("received".into(), "一（本年新收申请）".into(), &a.received),
            ("carried_over".into(), "二（上年结转申请）".into(), &a.carried_over),
            ("granted".into(), "三（一）予以公开".into(), &a.granted),
            ("partly_granted".into(), "三（二）部分公开".into(), &a.partly_granted),
        ];
        for ((json, _, number, reasons), group) in GROUPS.iter().zip(a.groups()) {
            if group.reasons.len() != *reasons {
                push(format!("$.tables.applications.{json}.reasons"), format!("table 三, row 三{number}: the template has {reasons} reasons, this report {}", group.reasons.len()));
            }
            for (i, r) in group.reasons.iter().enumerate() {
                rows.push((format!("{json}.reasons[{i}]"), format!("三{number}{}", i + 1), r));
            }
            rows.push((format!("{json}.subtotal"), format!("三{number}小计"), &group.subtotal));
        }
        rows.push(("total".into(), "三（七）总计".into(), &a.total));
        rows.push(("carried_forward".into(), "四（结转下年度继续办理）".into(), &a.carried_forward));
        for (json, name, counts) in &rows {
            for (c, v) in counts.iter().enumerate() {
                if *v < 0 {
                    push(format!("$.tables.applications.{json}[{c}]"), format!("table 三, row {name}, column {}: negative count {v}", APPLICANT_COLUMNS[c]));
                }
            }
            let parts: i64 = counts[..6].iter().sum();
            if counts[6] != parts {
                push(
                    format!("$.tables.applications.{json}[6]"),
                    format!("table 三, row {name}, column 总计: {} but 自然人 and 法人或其他组织 add up to {parts}", counts[6]),
                );
            }
        }
        for ((json, _, number, _), group) in GROUPS.iter().zip(a.groups()) {
            for c in 0..7 {
                let sum: i64 = group.reasons.iter().map(|r| r[c]).sum();
                if group.subtotal[c] != sum {
                    push(
                        format!("$.tables.applications.{json}.subtotal[{c}]"),
                        format!("table 三, row 三{number}小计, column {}: {} but its reasons add up to {sum}", APPLICANT_COLUMNS[c], group.subtotal[c]),
                    );
                }
            }
        }
        for c in 0..7 {
            let results = a.granted[c] + a.partly_granted[c] + a.groups().iter().map(|g| g.subtotal[c]).sum::<i64>();
            if a.total[c] != results {
                push(
                    format!("$.tables.applications.total[{c}]"),
                    format!("table 三, row 三（七）总计, column {}: {} but rows 三（一） to 三（六） add up to {results}", APPLICANT_COLUMNS[c], a.total[c]),
                );
            }
            let (left, right) = (a.received[c] + a.carried_over[c], a.total[c] + a.carried_forward[c]);
            if left != right {
                push(
                    format!("$.tables.applications.carried_forward[{c}]"),
                    format!("table 三, column {}: row 一 + row 二 = {left} but row 三（七） + row 四 = {right}", APPLICANT_COLUMNS[c]),
                );
            }
        }

        // Table 四.
        let r = &t.reviews;
        for ((json, name), outcomes) in ["review", "direct", "after_review"].into_iter().zip(REVIEW_GROUPS).zip([&r.review, &r.direct, &r.after_review]) {
            for (c, v) in outcomes.iter().enumerate() {
                if *v < 0 {
                    push(format!("$.tables.reviews.{json}[{c}]"), format!("table 四, row {name}, column {}: negative count {v}", OUTCOME_COLUMNS[c]));
                }
            }
            let sum: i64 = outcomes[..4].iter().sum();
            if outcomes[4] != sum {
                push(format!("$.tables.reviews.{json}[4]"), format!("table 四, row {name}, column 总计: {} but its results add up to {sum}", outcomes[4]));
            }
        }

        // The key figures are the tables'.
        for (name, key, table, source) in [
            ("applications", k.applications, a.received[6], "table 三 row 一 总计"),
            ("results", k.results, a.total[6], "table 三 row 三（七） 总计"),
            ("reviews", k.reviews, r.review[4], "table 四 行政复议 总计"),
            ("lawsuits", k.lawsuits, r.direct[4] + r.after_review[4], "table 四 行政诉讼 总计"),
        ] {
            if key != table {
                push(format!("$.key.{name}"), format!("key figure {name} is {key} but {source} is {table}"));
            }
        }
        out
    }

    /// The report's tables as grids, in order (empty before 2019).
    pub fn grids(&self) -> Vec<Grid> {
        let Some(t) = &self.tables else { return Vec::new() };
        let p = &t.proactive;
        let int = |v: &[i64]| v.iter().map(|v| Num::Int(*v)).collect::<Vec<_>>();
        let data = |label: &'static str, group: Option<&'static str>, cells: Vec<Num>| GridRow::Data { label, group, cells };
        let regulations = Grid {
            id: "t2a",
            caption: "report-t2a-caption",
            corner: "report-t2-item",
            columns: vec![
                ColumnGroup::single("report-t2-issued"),
                ColumnGroup::single("report-t2-repealed"),
                ColumnGroup::single("report-t2-in-force"),
            ],
            rows: vec![data("report-t2-rules", None, int(&p.rules)), data("report-t2-normative", None, int(&p.normative))],
        };
        let decisions = Grid {
            id: "t2b",
            caption: "report-t2b-caption",
            corner: "report-t2-item",
            columns: vec![ColumnGroup::single("report-t2-amount")],
            rows: vec![
                data("report-t2-licensing", None, int(&[p.licensing])),
                data("report-t2-penalties", None, int(&[p.penalties])),
                data("report-t2-enforcement", None, int(&[p.enforcement])),
                data("report-t2-fees", None, vec![Num::Money(p.fees)]),
            ],
        };
        let a = &t.applications;
        let mut rows = vec![
            data("report-t3-received", None, int(&a.received)),
            data("report-t3-carried-over", None, int(&a.carried_over)),
            GridRow::Group("report-t3-results"),
            data("report-t3-granted", Some("report-t3-results"), int(&a.granted)),
            data("report-t3-partly-granted", Some("report-t3-results"), int(&a.partly_granted)),
        ];
        for ((_, id, _, _), group) in GROUPS.iter().zip(a.groups()) {
            rows.push(GridRow::Group(id));
            for (i, r) in group.reasons.iter().enumerate() {
                rows.push(data(REASONS.iter().find(|(g, _)| g == id).map_or("", |(_, list)| list.get(i).copied().unwrap_or("")), Some(id), int(r)));
            }
            rows.push(data("report-t3-subtotal", Some(id), int(&group.subtotal)));
        }
        rows.push(data("report-t3-total", Some("report-t3-results"), int(&a.total)));
        rows.push(data("report-t3-carried-forward", None, int(&a.carried_forward)));
        let applications = Grid {
            id: "t3",
            caption: "report-t3-caption",
            corner: "report-t3-corner",
            columns: vec![
                ColumnGroup::single("report-t3-natural"),
                ColumnGroup {
                    label: "report-t3-legal",
                    sub: vec!["report-t3-business", "report-t3-research", "report-t3-charity", "report-t3-legal-services", "report-t3-legal-other"],
                },
                ColumnGroup::single("report-t3-all"),
            ],
            rows,
        };
        let r = &t.reviews;
        let outcomes = ColumnGroup::single;
        let reviews = Grid {
            id: "t4",
            caption: "report-t4-caption",
            corner: "report-t4-corner",
            columns: vec![
                outcomes("report-t4-upheld"),
                outcomes("report-t4-corrected"),
                outcomes("report-t4-other"),
                outcomes("report-t4-pending"),
                outcomes("report-t4-total"),
            ],
            rows: vec![
                data("report-t4-review", None, int(&r.review)),
                GridRow::Group("report-t4-litigation"),
                data("report-t4-direct", Some("report-t4-litigation"), int(&r.direct)),
                data("report-t4-after-review", Some("report-t4-litigation"), int(&r.after_review)),
            ],
        };
        vec![regulations, decisions, applications, reviews]
    }
}

/// The Fluent ids of each group's reasons, in the template's order.
pub const REASONS: [(&str, &[&str]); 4] = [
    (
        "report-t3-refused",
        &[
            "report-t3-refused-1",
            "report-t3-refused-2",
            "report-t3-refused-3",
            "report-t3-refused-4",
            "report-t3-refused-5",
            "report-t3-refused-6",
            "report-t3-refused-7",
            "report-t3-refused-8",
        ],
    ),
    ("report-t3-unavailable", &["report-t3-unavailable-1", "report-t3-unavailable-2", "report-t3-unavailable-3"]),
    (
        "report-t3-not-processed",
        &["report-t3-not-processed-1", "report-t3-not-processed-2", "report-t3-not-processed-3", "report-t3-not-processed-4", "report-t3-not-processed-5"],
    ),
    ("report-t3-other", &["report-t3-other-1", "report-t3-other-2", "report-t3-other-3"]),
];

/// A table as rows and columns of labelled numbers: what the page renders and the CSV
/// holds. Labels are Fluent ids.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    /// `t2a`, `t2b`, `t3`, `t4`: element ids and file names.
    pub id: &'static str,
    pub caption: &'static str,
    /// The header of the row-header column.
    pub corner: &'static str,
    pub columns: Vec<ColumnGroup>,
    pub rows: Vec<GridRow>,
}

/// A column, or a column with sub-columns (table 三's 法人或其他组织).
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnGroup {
    pub label: &'static str,
    pub sub: Vec<&'static str>,
}

impl ColumnGroup {
    pub fn single(label: &'static str) -> ColumnGroup {
        ColumnGroup { label, sub: Vec::new() }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum GridRow {
    /// A heading row over the rows that name it as their group.
    Group(&'static str),
    Data { label: &'static str, group: Option<&'static str>, cells: Vec<Num> },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    /// An amount in 万元.
    Money(f64),
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::Int(v) => write!(f, "{v}"),
            Num::Money(v) => {
                let s = format!("{v:.4}");
                write!(f, "{}", s.trim_end_matches('0').trim_end_matches('.'))
            }
        }
    }
}

impl Grid {
    /// Whether the columns have two header rows.
    pub fn two_levels(&self) -> bool {
        self.columns.iter().any(|c| !c.sub.is_empty())
    }

    /// Each data column as (its header ids, its leaf label): `t3-c1 t3-c1-0` and 商业企业.
    pub fn leaves(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for (i, c) in self.columns.iter().enumerate() {
            if c.sub.is_empty() {
                out.push((format!("{}-c{i}", self.id), c.label));
            } else {
                for (j, s) in c.sub.iter().enumerate() {
                    out.push((format!("{}-c{i} {}-c{i}-{j}", self.id, self.id), *s));
                }
            }
        }
        out
    }

    /// The grid as CSV, labels through `label` (the content tool passes the Chinese
    /// texts): UTF-8 with a byte-order mark, CRLF line ends, one header row (a sub-column
    /// is `group - sub`), grouped rows as `group - row`, group heading rows left out.
    pub fn csv(&self, label: &dyn Fn(&str) -> String) -> String {
        let field = |s: String| {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s
            }
        };
        let mut out = String::from("\u{feff}");
        let mut head = vec![field(label(self.corner))];
        for c in &self.columns {
            if c.sub.is_empty() {
                head.push(field(label(c.label)));
            } else {
                for s in &c.sub {
                    head.push(field(format!("{} - {}", label(c.label), label(s))));
                }
            }
        }
        out.push_str(&head.join(","));
        out.push_str("\r\n");
        for row in &self.rows {
            if let GridRow::Data { label: l, group, cells } = row {
                let name = match group {
                    Some(g) => format!("{} - {}", label(g), label(l)),
                    None => label(l),
                };
                let mut line = vec![field(name)];
                line.extend(cells.iter().map(|n| n.to_string()));
                out.push_str(&line.join(","));
                out.push_str("\r\n");
            }
        }
        out
    }

    /// Its CSV's address: `/files/reports/<year>-<id>.csv`.
    pub fn href(&self, year: i32) -> String {
        format!("/files/reports/{year}-{}.csv", self.id)
    }
}

/// `derived/reports.json`: every report's year, title and key figures, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportIndex {
    pub schema: u64,
    pub reports: Vec<ReportSummary>,
}

impl ReportIndex {
    pub const FILE: &'static str = "derived/reports.json";

    pub fn new(reports: &[Report]) -> ReportIndex {
        let mut reports: Vec<ReportSummary> = reports
            .iter()
            .map(|r| ReportSummary { year: r.year, title: r.title.clone(), sample: r.sample, published: r.published, key: r.key })
            .collect();
        reports.sort_by(|a, b| b.year.cmp(&a.year));
        ReportIndex { schema: crate::SCHEMA_VERSION, reports }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportSummary {
    pub year: i32,
    pub title: Text,
    #[serde(default)]
    pub sample: bool,
    pub published: Date,
    pub key: KeyFigures,
}

/// `derived/reports/<year>.json`: a report with its CSV downloads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportPage {
    pub schema: u64,
    pub report: Report,
    pub downloads: Vec<Download>,
}

impl ReportPage {
    pub fn file(year: i32) -> String {
        format!("derived/reports/{year}.json")
    }
}

/// A table's CSV: which grid, where, how many bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Download {
    pub table: String,
    pub href: String,
    pub bytes: u64,
}
