//! `site.json`: the small file every page needs (office facts, navigation, footer). It is
//! kept small on purpose: the first view downloads it.

use crate::news::Section;
use crate::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub schema: u64,
    /// The public address of the site, without a trailing slash, for canonical links
    /// (e.g. `https://ka.sz.gov.cn`).
    pub origin: String,
    pub office: Office,
    /// Primary navigation, in order. The UI shows only links to routes it has.
    pub navigation: Vec<NavLink>,
    pub footer: Footer,
    /// Sections that list items (news, notices), each with its categories.
    pub sections: Vec<Section>,
    /// The home page's lead paragraph.
    pub home_lead: Text,
    /// Where to report a vulnerability, served as the `Contact:` lines of
    /// `/.well-known/security.txt` (RFC 9116), in order of preference: `mailto:`, `tel:`
    /// (RFC 3966, e.g. `tel:+86-755-83394325`) or `https:` URIs.
    pub security_contact: Vec<String>,
    /// The office's WeChat official account (公众号), shown with its QR code on the home
    /// page and the contact page (`/about`). Optional: a bundle without one shows neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechat: Option<WechatAccount>,
}

/// A WeChat official account: what to scan, and what to type for a person who cannot scan
/// (a screen-reader user, someone reading on the phone that would have to do the scanning).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WechatAccount {
    /// The account's name as WeChat shows it (e.g. 深圳口岸), which its search finds.
    pub name: Text,
    /// The account's WeChat ID (微信号), the exact name to search for: 6 to 20 letters,
    /// digits, `_` or `-`, starting with a letter ([`WechatAccount::check_id`]).
    pub id: String,
    /// The QR code's picture: a site path under `/images/` (`UrlKind::Image`), a file of
    /// the bundle's public directory.
    pub qr: String,
    /// The picture's text alternative: what it is and whose, e.g. "QR code of the WeChat
    /// account 深圳口岸". The name and ID are shown as text beside it as well.
    pub qr_alt: Text,
    /// Written by us to demonstrate the site, not the office's real account: the site
    /// labels it 示例内容.
    #[serde(default)]
    pub sample: bool,
}

impl WechatAccount {
    /// Whether `id` is a WeChat ID as WeChat allows one to be set: 6 to 20 of ASCII letters,
    /// digits, `_` and `-`, the first a letter. Else why not, for the editor.
    pub fn check_id(id: &str) -> Result<(), String> {
        let rule = "a WeChat ID is 6 to 20 letters, digits, _ or -, starting with a letter";
        if !(6..=20).contains(&id.chars().count()) {
            return Err(format!("{:?} is {} characters long; {rule}", id, id.chars().count()));
        }
        if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(format!("{id:?} does not start with a letter; {rule}"));
        }
        if let Some(c) = id.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-')) {
            return Err(format!("{id:?} contains {c:?}; {rule}"));
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub name: Text,
    pub short_name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NavLink {
    pub label: Text,
    /// A language-neutral path inside the portal, e.g. `/about`.
    pub path: String,
    /// An optional one-line description, shown where links are listed as cards.
    #[serde(default)]
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footer {
    /// 主办单位
    pub host: Text,
    pub address: Text,
    pub postcode: String,
    pub phone: String,
    pub fax: String,
    /// 网站标识码
    pub site_code: String,
    /// ICP filing (备案号), with the national lookup address.
    pub icp: FilingNumber,
    /// Public-security filing (公安备案号).
    pub public_security: FilingNumber,
    /// about / copyright / privacy / site map.
    pub links: Vec<NavLink>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilingNumber {
    pub text: Text,
    /// The public register where the number can be checked.
    pub url: String,
}
